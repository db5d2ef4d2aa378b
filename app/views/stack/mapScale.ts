/** Cell edges (CSS pixels) of the maps in a row of the picture. */
export interface MapScale {
  /** The common cell edge: what every map that fits is drawn at. */
  common: number;
  /** Per map, its cell edge: the common one, or smaller for a map that does not fit. */
  sizes: number[];
}

/** The largest and smallest common cell edges. */
export const CELL_MAX = 18;
export const CELL_MIN = 4;

/**
 * One scale for all maps where it fits, smaller for a map that does not: the common edge is
 * the one at which the largest map fits `width` × `height` (between {@link CELL_MIN} and
 * {@link CELL_MAX}); a map that is still too large is scaled down to fit on its own. Edges of
 * a pixel or more are whole pixels, so cells stay crisp.
 *
 * @example mapScale([[32, 32], [8, 8]], 320, 400) // { common: 10, sizes: [10, 10] }
 */
export function mapScale(
  shapes: readonly (readonly number[])[],
  width: number,
  height: number,
): MapScale {
  const fit = (shape: readonly number[]) => Math.min(width / shape[1], height / shape[0]);
  const crisp = (edge: number) => (edge >= 1 ? Math.floor(edge) : edge);
  const smallest = Math.min(...shapes.map(fit));
  const common = crisp(Math.min(CELL_MAX, Math.max(CELL_MIN, smallest)));
  return { common, sizes: shapes.map((shape) => crisp(Math.min(common, fit(shape)))) };
}

/**
 * The largest value of each block of `factor` neighbours: a map drawn at less than a pixel per
 * cell is painted one block per pixel, and a block shows its most linked cell (the product of
 * its row's and its column's largest counts), so no linked cell disappears.
 *
 * @example blockMax([0, 2, 1, 0, 3], 2) // Float64Array [2, 1, 3]
 */
export function blockMax(values: ArrayLike<number>, factor: number): Float64Array {
  const out = new Float64Array(Math.ceil(values.length / factor));
  for (let n = 0; n < values.length; n++) {
    const block = Math.floor(n / factor);
    if (values[n] > out[block]) out[block] = values[n];
  }
  return out;
}

/**
 * How many cells per axis one drawn block holds: 1 at a pixel or more per cell, else enough
 * that a block is at least a pixel.
 *
 * @example blockFactor(0.4) // 3
 */
export function blockFactor(size: number): number {
  return size >= 1 ? 1 : Math.ceil(1 / size);
}
