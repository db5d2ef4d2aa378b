import type { WindowAnimation } from '../../components/export/scene';
import type { CellPaint } from '../../components/grid/CanvasGrid';
import { paintedCells as cells } from '../../components/export/stageAnimation';
import { equivalentPainters } from './equivalentPaint';
import { emptyHighlight, transposedHighlight } from './highlight';
import type { TransposedModel } from './transposedModel';

/** A transposed convolution's parameters in words, for the titles of its pictures. */
export function describeTransposed(model: TransposedModel): string {
  const [h, w] = model.axes;
  const pair = (a: number, b: number) => (a === b ? `${a}` : `${a} × ${b}`);
  return `input ${pair(h.input, w.input)}, kernel ${pair(h.kernel, w.kernel)}, stride ${pair(h.stride, w.stride)}, padding ${pair(h.padBefore, w.padBefore)}, output padding ${pair(h.outputPadding, w.outputPadding)}`;
}

/**
 * The paper's transposed animations (figures 4.1–4.7): the equivalent direct convolution, its
 * stride-1 window over the stretched and padded input, one step per output position, drawn
 * with the panel's own painters at each step with nothing hovered.
 */
export function equivalentAnimation(model: TransposedModel, numbers: boolean): WindowAnimation {
  const v = model.valid;
  const [lh, lw] = model.layouts;
  const output = v ? v.output : [0, 0];
  const steps = output[0] * output[1];
  // Nothing lit: the base look of every cell, before the first step and after the last.
  const none = emptyHighlight(null);
  const still = equivalentPainters(model, none, numbers, -1);
  const done = equivalentPainters(model, none, numbers, steps);
  const k = model.kernel;
  const animationSteps = [];
  for (let t = 0; t < steps; t++) {
    const hl = transposedHighlight(model, null, t);
    const paint = equivalentPainters(model, hl, numbers, t);
    if (!paint.from) break;
    animationSteps.push({
      window: paint.from,
      input: [...hl.eqCells].map(
        (index) =>
          [index, { ...paint.eq(Math.floor(index / lw.drawn), index % lw.drawn) }] as [
            number,
            CellPaint,
          ],
      ),
      output: { ...paint.out(Math.floor(t / output[1]), t % output[1]) },
    });
  }
  return {
    title: `Transposed convolution as a direct one: ${describeTransposed(model)}`,
    input: {
      id: 'input',
      caption: `Stretched and padded input, ${lh.drawn} × ${lw.drawn}`,
      rows: lh.drawn,
      cols: lw.drawn,
      cells: cells(lh.drawn, lw.drawn, still.eq),
    },
    kernel: {
      id: 'kernel',
      caption: 'Kernel rotated 180°',
      rows: k[0],
      cols: k[1],
      cells: cells(k[0], k[1], still.kernel),
    },
    output: {
      id: 'output',
      caption: `Output ${output[0]} × ${output[1]}`,
      rows: output[0],
      cols: output[1],
      cells: cells(output[0], output[1], done.out),
      pending: cells(output[0], output[1], still.out),
    },
    steps: animationSteps,
  };
}
