/**
 * Cell sizes of the linked panels' figures, fitted to the panel's width. The scatter's output
 * cells are never larger than the equivalent convolution's: one output, one size in both.
 */
import { READABLE, stageLayout, type StageLayout } from '../../components/grid/stageLayout';
import { FIGURE_HEIGHT, type TransposedModel } from './transposedModel';

/** Panel 1: the stretched and padded input, the rotated kernel, the output. */
export function equivalentLayout(
  model: TransposedModel,
  width: number,
  numbers: boolean,
): StageLayout {
  const [lh, lw] = model.layouts;
  const output = model.valid?.output ?? [0, 0];
  return stageLayout(
    { input: lw.drawn, kernel: model.kernel[1], output: output[1] },
    width,
    numbers,
    { rows: { input: lh.drawn, other: output[0] }, max: FIGURE_HEIGHT },
  );
}

/** Panel 2: the input, the kernel and the full result of the scatter (null when invalid). */
export function scatterLayout(
  model: TransposedModel,
  width: number,
  numbers: boolean,
): StageLayout | null {
  const v = model.valid;
  if (!v) return null;
  const [sh, sw] = v.scatter;
  const own = stageLayout(
    { input: sw.canvas, kernel: model.kernel[1], output: model.input[1] },
    width,
    numbers,
    { rows: { input: sh.canvas, other: model.input[0] }, max: FIGURE_HEIGHT },
  );
  const cell = Math.min(own.cell, equivalentLayout(model, width, numbers).cell);
  return { ...own, cell, textHidden: cell < READABLE };
}
