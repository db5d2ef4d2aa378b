import type { StageModel } from './stageModel';

/** Cell sizes for the figure, fitted to the available width. */
export interface StageLayout {
  /** Edge of an input/output cell in CSS pixels. */
  cell: number;
  /** Edge of a kernel cell (kept large enough to read its weight). */
  kernelCell: number;
  /** Grids stacked instead of side by side. */
  stacked: boolean;
  /** Cells too small for printed values. */
  textHidden: boolean;
}

const GAP = 28;
const MAX_CELL = 44;
const MIN_CELL = 4;
const READABLE = 15;

/**
 * Side by side when the cells stay readable there, else stacked (input above kernel and
 * output) with cells as large as the width allows.
 */
export function stageLayout(model: StageModel, width: number, numbers: boolean): StageLayout {
  const outCols = model.output?.[1] ?? 0;
  const kernelCols = model.values.kernel ? model.kernel[1] : 0;
  const grids = 1 + (kernelCols ? 1 : 0) + (outCols ? 1 : 0);
  const sideBySide = Math.floor(
    (width - GAP * (grids - 1)) / (model.padded[1] + kernelCols + outCols),
  );
  const stackedCell = Math.floor(width / Math.max(model.padded[1], outCols + kernelCols + 2));
  const stacked = sideBySide < READABLE && stackedCell > sideBySide;
  const cell = Math.max(MIN_CELL, Math.min(MAX_CELL, stacked ? stackedCell : sideBySide));
  const kernelFit = kernelCols ? Math.floor((width - 2) / kernelCols) : MAX_CELL;
  const kernelCell = Math.min(kernelFit, Math.max(numbers ? 22 : 12, Math.min(MAX_CELL, cell)));
  return { cell, kernelCell, stacked, textHidden: cell < READABLE };
}
