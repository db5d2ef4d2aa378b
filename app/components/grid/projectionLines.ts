/** A point in CSS pixels, x then y. */
export type Point = [number, number];

/** A block of cells of one grid: top-left cell and size in cells. */
export interface CellBox {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * The smallest block holding the given cells (flat, row-major, `cols` wide), or null for none:
 * the inputs whose stamps reach one output form such a block.
 *
 * @example boundingBox(new Set([4, 5, 8, 9]), 4) // { row: 1, col: 0, rows: 2, cols: 2 }
 */
export function boundingBox(cells: Iterable<number>, cols: number): CellBox | null {
  let [r0, c0, r1, c1] = [Infinity, Infinity, -1, -1];
  for (const n of cells) {
    const [r, c] = [Math.floor(n / cols), n % cols];
    [r0, c0, r1, c1] = [Math.min(r0, r), Math.min(c0, c), Math.max(r1, r), Math.max(c1, c)];
  }
  return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/**
 * The two lines of a projection from box a to box b (each given by its top-left and
 * bottom-right corners), as the paper draws a window's shadow reaching its output cell: the
 * corners of the edges that face each other across the wider gap, joined. Null when the
 * boxes overlap.
 *
 * @example projectionLines([[0, 0], [3, 3]], [[5, 1], [6, 2]])
 * // [[3, 0], [5, 1], [3, 3], [5, 2]]
 */
export function projectionLines(
  a: [Point, Point],
  b: [Point, Point],
): [Point, Point, Point, Point] | null {
  const [[ax0, ay0], [ax1, ay1]] = a;
  const [[bx0, by0], [bx1, by1]] = b;
  // The gaps between the boxes across and down; the wider one says where b lies.
  const dx = Math.max(bx0 - ax1, ax0 - bx1);
  const dy = Math.max(by0 - ay1, ay0 - by1);
  if (dx <= 0 && dy <= 0) return null;
  if (dx >= dy) {
    // Beside: the vertical edges that face each other, top to top and bottom to bottom.
    const [ax, bx] = bx0 >= ax1 ? [ax1, bx0] : [ax0, bx1];
    return [
      [ax, ay0],
      [bx, by0],
      [ax, ay1],
      [bx, by1],
    ];
  }
  // Above or below: the horizontal edges that face each other, left to left, right to right.
  const [ay, by] = by0 >= ay1 ? [ay1, by0] : [ay0, by1];
  return [
    [ax0, ay],
    [bx0, by],
    [ax1, ay],
    [bx1, by],
  ];
}
