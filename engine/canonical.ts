/**
 * The numeric kernels work on three spatial axes; 1-D and 2-D problems are lifted to 3-D by
 * prepending axes of size 1 (kernel 1, stride 1, dilation 1, no padding), which changes nothing.
 */
export const CANONICAL_RANK = 3;

/** Prepends `fill` until the list has three entries. */
export function lift3(values: readonly number[], fill: number): [number, number, number] {
  const lifted = new Array<number>(CANONICAL_RANK - values.length).fill(fill).concat(values);
  return [lifted[0], lifted[1], lifted[2]];
}

/** Throws unless the spatial rank can be lifted (1, 2 or 3 axes). */
export function supportedRank(rank: number): boolean {
  return rank >= 1 && rank <= CANONICAL_RANK;
}

/** First index in [0, count) whose position `index·step + offset` is ≥ 0. */
export function firstInside(offset: number, step: number): number {
  return offset >= 0 ? 0 : Math.ceil(-offset / step);
}

/** Last index in [0, count) whose position `index·step + offset` is < size (may be < first). */
export function lastInside(offset: number, step: number, size: number, count: number): number {
  return Math.min(count - 1, Math.floor((size - 1 - offset) / step));
}
