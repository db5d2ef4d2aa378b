/**
 * The worked example's batch as the URL describes it: the built-in anchors with the user's
 * edits (`pred=1dx:0.5`, `tgt=…`) and positives (`pos=1,2`), ready for the engine's boxLoss.
 */
import {
  BOX_COORDS,
  EXAMPLE_ANCHORS,
  type BoxAnchor,
  type BoxCoord,
  type BoxDeltas,
} from '../../../engine';
import type { TableEdits } from '../../url/fields';

export type DeltaSide = 'pred' | 'target';

/** The URL key holding each side's edits. */
export const EDIT_KEYS = { pred: 'pred', target: 'tgt' } as const;

function withEdits(base: BoxDeltas, edits: TableEdits, row: number): BoxDeltas {
  const [dx, dy, dw, dh] = BOX_COORDS.map((coord, c) => edits[`${row}${coord}`] ?? base[c]);
  return [dx, dy, dw, dh];
}

/**
 * The batch: built-in deltas overridden by the edits; anchors counted from 1 in `positives`.
 *
 * @example buildBatch({ '1dx': 0.5 }, {}, [1])[0].pred[0] // 0.5
 */
export function buildBatch(
  predEdits: TableEdits,
  targetEdits: TableEdits,
  positives: readonly number[],
): BoxAnchor[] {
  return EXAMPLE_ANCHORS.map((anchor, i) => ({
    pred: withEdits(anchor.pred, predEdits, i + 1),
    target: withEdits(anchor.target, targetEdits, i + 1),
    positive: positives.includes(i + 1),
  }));
}

/**
 * The edits after setting one cell: a value equal to the built-in one removes the edit, so the
 * link only lists real changes.
 */
export function setDelta(
  edits: TableEdits,
  side: DeltaSide,
  row: number,
  coord: BoxCoord,
  value: number,
): TableEdits {
  const key = `${row}${coord}`;
  const next = { ...edits };
  const builtIn = EXAMPLE_ANCHORS[row - 1][side][BOX_COORDS.indexOf(coord)];
  if (value === builtIn) delete next[key];
  else next[key] = value;
  return next;
}

/** The positives after ticking or unticking one anchor, sorted as the URL writes them. */
export function togglePositive(positives: readonly number[], row: number): number[] {
  const next = positives.includes(row) ? positives.filter((r) => r !== row) : [...positives, row];
  return next.sort((a, b) => a - b);
}
