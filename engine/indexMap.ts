import {
  resolvedConvOutputShape,
  resolvedConvTransposeOutputShape,
  resolvedPoolOutputShape,
} from './shape';
import {
  resolveConvSpec,
  resolveConvTransposeSpec,
  resolvePoolSpec,
  type ConvSpec,
  type ConvTransposeSpec,
  type PoolSpec,
} from './spec';
import { flatIndex, numel, unflatIndex } from './tensor';

/**
 * How the cells of two grids are linked by a kernel. A direct convolution and a transposed one
 * share the same links: the "row" grid (conv output, transposed input) meets the "column" grid
 * (conv input, transposed output) at position r·s − offset + t·d on each axis, through kernel
 * tap t. The conv gathers along the links (y = Cx), the transposed conv scatters (y = Cᵀx).
 */
export interface LinkGeometry {
  /** Conv: output shape. Transposed: input shape. */
  rowShape: number[];
  /** Conv: input shape. Transposed: output shape. */
  colShape: number[];
  kernel: number[];
  stride: number[];
  dilation: number[];
  /** Conv: padding before. Transposed: padding (the crop at the start). */
  offset: number[];
}

/** A link seen from a row cell: the tap and where it lands (possibly outside the column grid). */
export interface RowLink {
  /** Flat kernel index. */
  tap: number;
  /** Column-grid coordinate; outside [0, size) means padding (conv) or cropped (transposed). */
  col: number[];
  /** Flat column index, or −1 when the coordinate is outside the grid. */
  colIndex: number;
}

/** A link seen from a column cell or a tap: the row cell and the tap. */
export interface ColLink {
  row: number;
  tap: number;
  /** Flat column index (for {@link tapLinks}; equals the queried cell for {@link colLinks}). */
  colIndex: number;
}

/**
 * The links of a single-channel direct convolution: rows are output cells, columns input cells.
 * Validates the spec like {@link convOutputShape}.
 *
 * @param inputSpatial input size per spatial axis (no channel axis)
 * @example convLinks([4, 4], { kernel: [3, 3] }).rowShape // [2, 2]
 */
export function convLinks(inputSpatial: readonly number[], spec: ConvSpec): LinkGeometry {
  const resolved = resolveConvSpec(spec);
  return {
    rowShape: resolvedConvOutputShape(inputSpatial, resolved),
    colShape: inputSpatial.slice(),
    kernel: resolved.kernel,
    stride: resolved.stride,
    dilation: resolved.dilation,
    offset: resolved.padBefore,
  };
}

/**
 * The links of a single-channel transposed convolution: rows are input cells, columns output
 * cells. Validates the spec like {@link convTransposeOutputShape}.
 *
 * @param inputSpatial input size per spatial axis (no channel axis)
 * @example transposedLinks([2, 2], { kernel: [3, 3] }).colShape // [4, 4]
 */
export function transposedLinks(
  inputSpatial: readonly number[],
  spec: ConvTransposeSpec,
): LinkGeometry {
  const resolved = resolveConvTransposeSpec(spec);
  return {
    rowShape: inputSpatial.slice(),
    colShape: resolvedConvTransposeOutputShape(inputSpatial, resolved),
    kernel: resolved.kernel,
    stride: resolved.stride,
    dilation: resolved.dilation,
    offset: resolved.padding,
  };
}

/**
 * The links of a single-channel pooling: rows are output cells (windows), columns input cells.
 * In ceil mode the last window may reach past the padding; those taps have colIndex −1.
 *
 * @param inputSpatial input size per spatial axis (no channel axis)
 * @example poolLinks([5], { mode: 'max', kernel: [2], stride: [2], ceilMode: true }).rowShape // [3]
 */
export function poolLinks(inputSpatial: readonly number[], spec: PoolSpec): LinkGeometry {
  const resolved = resolvePoolSpec(spec);
  return {
    rowShape: resolvedPoolOutputShape(inputSpatial, resolved),
    colShape: inputSpatial.slice(),
    kernel: resolved.kernel,
    stride: resolved.stride,
    dilation: resolved.dilation,
    offset: resolved.padding,
  };
}

function cartesian<T>(perAxis: T[][]): T[][] {
  return perAxis.reduce<T[][]>(
    (acc, options) => acc.flatMap((prefix) => options.map((option) => [...prefix, option])),
    [[]],
  );
}

function inside(coord: readonly number[], shape: readonly number[]): boolean {
  return coord.every((c, axis) => c >= 0 && c < shape[axis]);
}

/**
 * Every tap of the kernel placed at row cell `row`, in kernel order, with the column cell it
 * lands on. For a conv: the receptive field of an output cell (taps on padding have
 * colIndex −1). For a transposed conv: where an input cell stamps the kernel (−1: cropped).
 *
 * @example rowLinks(convLinks([4, 4], { kernel: [3, 3] }), 0).map((l) => l.colIndex) // [0, 1, 2, 4, 5, 6, 8, 9, 10]
 */
export function rowLinks(geo: LinkGeometry, row: number): RowLink[] {
  const r = unflatIndex(row, geo.rowShape);
  const links: RowLink[] = [];
  const taps = numel(geo.kernel);
  for (let tap = 0; tap < taps; tap++) {
    const t = unflatIndex(tap, geo.kernel);
    const col = t.map(
      (ta, axis) => r[axis] * geo.stride[axis] - geo.offset[axis] + ta * geo.dilation[axis],
    );
    links.push({
      tap,
      col,
      colIndex: inside(col, geo.colShape) ? flatIndex(col, geo.colShape) : -1,
    });
  }
  return links;
}

/**
 * Every (row cell, tap) whose link lands on column cell `col`. For a conv: the output cells an
 * input cell feeds. For a transposed conv: the input cells that add into an output cell (their
 * count is the overlap count). Per axis, row r reaches column c through tap t when
 * r·s − offset + t·d = c.
 *
 * @param col flat row-major index into the column grid
 * @example colLinks(convLinks([4], { kernel: [3] }), 2) // [{ row: 1, tap: 1, colIndex: 2 }, { row: 0, tap: 2, colIndex: 2 }]
 */
export function colLinks(geo: LinkGeometry, col: number): ColLink[] {
  return colLinksAt(geo, unflatIndex(col, geo.colShape));
}

/**
 * Like {@link colLinks} for any coordinate, also outside the column grid: which row cells
 * reach a padding position of a conv (colIndex −1 there).
 *
 * @param coord column-grid coordinate, one entry per axis (may be negative or ≥ size)
 * @example colLinksAt(convLinks([4], { kernel: [3], padding: [1] }), [-1]) // [{ row: 0, tap: 0, colIndex: -1 }]
 */
export function colLinksAt(geo: LinkGeometry, coord: readonly number[]): ColLink[] {
  const colIndex = inside(coord, geo.colShape) ? flatIndex(coord, geo.colShape) : -1;
  const perAxis = coord.map((ca, axis) => {
    const options: { r: number; t: number }[] = [];
    for (let t = 0; t < geo.kernel[axis]; t++) {
      const num = ca + geo.offset[axis] - t * geo.dilation[axis];
      if (num % geo.stride[axis] !== 0) continue;
      const r = num / geo.stride[axis];
      if (r >= 0 && r < geo.rowShape[axis]) options.push({ r, t });
    }
    return options;
  });
  return cartesian(perAxis).map((combo) => ({
    row: flatIndex(
      combo.map((o) => o.r),
      geo.rowShape,
    ),
    tap: flatIndex(
      combo.map((o) => o.t),
      geo.kernel,
    ),
    colIndex,
  }));
}

/**
 * Every link that goes through kernel tap `tap` and lands inside the column grid: for a conv,
 * the input cells that tap touches (one per output cell that does not hit padding).
 *
 * @param tap flat row-major kernel index
 * @example tapLinks(convLinks([4], { kernel: [3] }), 2).map((l) => l.colIndex) // [2, 3]
 */
export function tapLinks(geo: LinkGeometry, tap: number): ColLink[] {
  const t = unflatIndex(tap, geo.kernel);
  const links: ColLink[] = [];
  const rows = numel(geo.rowShape);
  for (let row = 0; row < rows; row++) {
    const r = unflatIndex(row, geo.rowShape);
    const col = r.map(
      (ra, axis) => ra * geo.stride[axis] - geo.offset[axis] + t[axis] * geo.dilation[axis],
    );
    if (inside(col, geo.colShape)) links.push({ row, tap, colIndex: flatIndex(col, geo.colShape) });
  }
  return links;
}

/**
 * Links per column cell. For a transposed conv this is the overlap count of each output cell
 * (the checkerboard when k is not a multiple of s); for a conv, how many outputs each input feeds.
 *
 * @example linkCounts(transposedLinks([3], { kernel: [3], stride: [2] })) // Int32Array [1, 1, 2, 1, 2, 1, 1]
 */
export function linkCounts(geo: LinkGeometry): Int32Array {
  const counts = new Int32Array(numel(geo.colShape));
  const matrix = linkMatrix(geo);
  for (const col of matrix.col) counts[col] += 1;
  return counts;
}

/**
 * The sparse matrix C of section 4.1 in CSR form: one row per row cell (conv output), one
 * column per column cell (conv input, row-major), entry = the kernel tap linking them. With the
 * kernel's weights w, Cx is the convolution and Cᵀy the transposed convolution.
 */
export interface LinkMatrix {
  rows: number;
  cols: number;
  /** Row r's entries are `col[rowStart[r] … rowStart[r + 1] − 1]`. */
  rowStart: Int32Array;
  col: Int32Array;
  tap: Int32Array;
}

/**
 * Builds C (section 4.1, "Convolution as a matrix operation"): for the paper's i = 4, k = 3
 * example it is 4 × 16 with each row holding the 3 × 3 kernel spread over the unrolled input.
 *
 * @example linkMatrix(convLinks([4, 4], { kernel: [3, 3] })).rows // 4
 */
export function linkMatrix(geo: LinkGeometry): LinkMatrix {
  const rank = geo.rowShape.length;
  const rows = numel(geo.rowShape);
  const taps = numel(geo.kernel);
  // Per axis, the column coordinate of (row coordinate, tap), or −1 outside the column grid.
  const colOf = geo.rowShape.map((size, axis) => {
    const k = geo.kernel[axis];
    const table = new Int32Array(size * k);
    for (let r = 0; r < size; r++) {
      for (let t = 0; t < k; t++) {
        const c = r * geo.stride[axis] - geo.offset[axis] + t * geo.dilation[axis];
        table[r * k + t] = c >= 0 && c < geo.colShape[axis] ? c : -1;
      }
    }
    return table;
  });
  const rowStart = new Int32Array(rows + 1);
  const col = new Int32Array(rows * taps);
  const tap = new Int32Array(rows * taps);
  const r = new Array<number>(rank).fill(0);
  const t = new Array<number>(rank).fill(0);
  let count = 0;
  for (let row = 0; row < rows; row++) {
    t.fill(0);
    for (let flatTap = 0; flatTap < taps; flatTap++) {
      let index = 0;
      for (let axis = 0; axis < rank; axis++) {
        const c = colOf[axis][r[axis] * geo.kernel[axis] + t[axis]];
        if (c < 0) {
          index = -1;
          break;
        }
        index = index * geo.colShape[axis] + c;
      }
      if (index >= 0) {
        col[count] = index;
        tap[count] = flatTap;
        count++;
      }
      for (let axis = rank - 1; axis >= 0 && ++t[axis] === geo.kernel[axis]; axis--) t[axis] = 0;
    }
    rowStart[row + 1] = count;
    for (let axis = rank - 1; axis >= 0 && ++r[axis] === geo.rowShape[axis]; axis--) r[axis] = 0;
  }
  return {
    rows,
    cols: numel(geo.colShape),
    rowStart,
    col: col.slice(0, count),
    tap: tap.slice(0, count),
  };
}

/**
 * y = C·x: the convolution of `x` (flattened) with kernel weights `w` (flattened).
 *
 * @param m C from {@link linkMatrix}
 * @param w kernel weights, indexed by flat tap
 * @param x column-grid values (conv input), row-major
 * @example matVec(linkMatrix(convLinks([4], { kernel: [3] })), [1, 0, -1], [1, 2, 4, 8]) // Float64Array [-3, -6]
 */
export function matVec(m: LinkMatrix, w: ArrayLike<number>, x: ArrayLike<number>): Float64Array {
  const y = new Float64Array(m.rows);
  for (let r = 0; r < m.rows; r++) {
    let sum = 0;
    for (let e = m.rowStart[r]; e < m.rowStart[r + 1]; e++) sum += w[m.tap[e]] * x[m.col[e]];
    y[r] = sum;
  }
  return y;
}

/**
 * x = Cᵀ·y: the transposed convolution of `y` (flattened) with kernel weights `w`.
 *
 * @param m C from {@link linkMatrix}
 * @param w kernel weights, indexed by flat tap
 * @param y row-grid values (conv output, transposed input), row-major
 * @example matTVec(linkMatrix(convLinks([4], { kernel: [3] })), [1, 0, -1], [1, 2]) // Float64Array [1, 2, -1, -2]
 */
export function matTVec(m: LinkMatrix, w: ArrayLike<number>, y: ArrayLike<number>): Float64Array {
  const x = new Float64Array(m.cols);
  for (let r = 0; r < m.rows; r++) {
    for (let e = m.rowStart[r]; e < m.rowStart[r + 1]; e++) x[m.col[e]] += w[m.tap[e]] * y[r];
  }
  return x;
}
