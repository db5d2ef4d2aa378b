/**
 * The one clock of the transposed figure: step t is output position t (row-major), computed by
 * the equivalent convolution's window and, in the scatter, by the stamps that land on it. What
 * each cell of the scatter's full result shows at a step comes from here.
 */
import { colLinks, rowLinks } from '../../../engine';
import type { TransposedModel } from './transposedModel';

/** How a cell of the scatter's full result stands at a step of the clock. */
export type ScatterCellState = 'done' | 'current' | 'pending' | 'cropped';

/**
 * The output cell (flat index) a cell of the scatter canvas becomes, or −1 when the padding
 * crops it or it lies past the full result.
 */
export function scatterOutputIndex(model: TransposedModel, r: number, c: number): number {
  const v = model.valid;
  if (!v) return -1;
  const [sh, sw] = v.scatter;
  const [or, oc] = [r - sh.cropBefore, c - sw.cropBefore];
  return or >= 0 && oc >= 0 && or < v.output[0] && oc < v.output[1] ? or * v.output[1] + oc : -1;
}

/** The state of scatter cell (r, c) when the clock shows output `step`. */
export function scatterCellState(
  model: TransposedModel,
  r: number,
  c: number,
  step: number,
): ScatterCellState {
  const j = scatterOutputIndex(model, r, c);
  if (j < 0) return 'cropped';
  return j < step ? 'done' : j === step ? 'current' : 'pending';
}

/**
 * Whether a scatter cell in `state` shows its stamps and their sum: once the clock has computed
 * it; cropped cells, which no output needs, once the clock has finished (`last`).
 */
export function scatterCellShown(state: ScatterCellState, last: boolean): boolean {
  return state === 'done' || state === 'current' || (state === 'cropped' && last);
}

/**
 * How many scatter cells show at `step` (see `scatterCellShown`), without visiting them: every
 * output up to the step's, one cell each, and the cropped cells once the clock has finished.
 */
export function scatterShownCount(model: TransposedModel, step: number, last: boolean): number {
  const v = model.valid;
  if (!v) return 0;
  const outputs = v.output[0] * v.output[1];
  const cells = v.scatter[0].canvas * v.scatter[1].canvas;
  return Math.min(step + 1, outputs) + (last ? cells - outputs : 0);
}

/** The input cells whose stamps add into output `j` (its overlap count is their number). */
export function stampsInto(model: TransposedModel, j: number): number[] {
  const v = model.valid;
  return v ? colLinks(v.geometry, j).map((link) => link.row) : [];
}

/**
 * Where input cell n's stamp lands on the full result: the first and last row and column it
 * covers (a dilated kernel leaves gaps inside).
 */
export function stampBox(
  model: TransposedModel,
  n: number,
): { top: number; left: number; bottom: number; right: number } | null {
  const v = model.valid;
  if (!v) return null;
  const cells = rowLinks(v.fullGeometry, n).map((link) => link.col);
  if (!cells.length) return null;
  const rows = cells.map((cell) => cell[0]);
  const cols = cells.map((cell) => cell[1]);
  return {
    top: Math.min(...rows),
    left: Math.min(...cols),
    bottom: Math.max(...rows),
    right: Math.max(...cols),
  };
}
