import { ConfigError } from './errors';

/**
 * The numeric kernels work on three spatial axes; 1-D and 2-D problems are lifted to 3-D by
 * prepending axes of size 1 (kernel 1, stride 1, dilation 1, no padding), which changes nothing.
 */
export const CANONICAL_RANK = 3;

/**
 * Prepends `fill` until the list has three entries.
 *
 * @param fill the neutral value for the added axes (1 for sizes, 0 for padding)
 * @example lift3([5, 4], 1) // [1, 5, 4]
 */
export function lift3(values: readonly number[], fill: number): [number, number, number] {
  const lifted = new Array<number>(CANONICAL_RANK - values.length).fill(fill).concat(values);
  return [lifted[0], lifted[1], lifted[2]];
}

/**
 * Checks that an input `[C, ...spatial]` has the rank of a layer with `rank` spatial axes, and
 * that the rank can be lifted.
 *
 * @throws {ConfigError} `'rank'` or `'input-rank'`
 * @example checkSpatialInput([1, 5, 5], 2) // passes
 */
export function checkSpatialInput(shape: readonly number[], rank: number): void {
  if (!supportedRank(rank)) {
    throw new ConfigError('rank', `1, 2 or 3 spatial axes are supported, got ${rank}`);
  }
  if (shape.length !== rank + 1) {
    throw new ConfigError(
      'input-rank',
      `input must be [channels, ${rank} spatial sizes] (rank ${rank + 1}), got shape [${shape.join(', ')}]`,
    );
  }
}

/**
 * Whether the spatial rank can be lifted (1, 2 or 3 axes).
 *
 * @example supportedRank(4) // false
 */
export function supportedRank(rank: number): boolean {
  return rank >= 1 && rank <= CANONICAL_RANK;
}

/**
 * First index in [0, count) whose position `index·step + offset` is ≥ 0:
 * ⌈−offset/step⌉ when offset < 0, else 0.
 *
 * @param offset position of index 0 (negative inside the leading padding)
 * @param step distance between neighbouring positions (stride or dilation)
 * @example firstInside(-3, 2) // 2: positions −3, −1, 1, …
 */
export function firstInside(offset: number, step: number): number {
  return offset >= 0 ? 0 : Math.ceil(-offset / step);
}

/**
 * Last index in [0, count) whose position `index·step + offset` is < size (may be < first):
 * min(count − 1, ⌊(size − 1 − offset)/step⌋).
 *
 * @param offset position of index 0
 * @param step distance between neighbouring positions (stride or dilation)
 * @param size extent of the axis the positions must fall inside
 * @param count number of indices
 * @example lastInside(-1, 2, 5, 4) // 2: positions −1, 1, 3, 5
 */
export function lastInside(offset: number, step: number, size: number, count: number): number {
  return Math.min(count - 1, Math.floor((size - 1 - offset) / step));
}
