/** Cell sizes for a figure of an input grid, a kernel and an output, fitted to a width. */
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

/** The columns of the grids of a figure, left to right. */
export interface FigureColumns {
  input: number;
  /** 0 when the figure has no kernel grid. */
  kernel: number;
  /** 0 when there is no output grid. */
  output: number;
}

/** Rows of the input grid and of the tallest grid beside it (kernel or output). */
export interface FigureRows {
  input: number;
  other: number;
}

/**
 * The least width of each grid's column, in CSS pixels: its caption, when that is wider than
 * the grid (a 3 × 3 kernel with printed values is 68 px wide, "Kernel 3 × 3" about 90 px).
 */
export interface FigureCaptions {
  input: number;
  kernel: number;
  output: number;
}

const GAP = 28;
const MAX_CELL = 44;
const MIN_CELL = 4;
/** Smallest cell that prints a value. */
export const READABLE = 15;

/**
 * Side by side when that gives the larger cells, else stacked: the input on its own row,
 * kernel and output on the next. With `height`, cells are also kept small enough for the
 * grids to fit that many pixels tall; with `captions`, a column is as wide as its caption at
 * least, and cells shrink until the row of columns fits.
 */
export function stageLayout(
  columns: FigureColumns,
  width: number,
  numbers: boolean,
  height?: { rows: FigureRows; max: number },
  captions?: FigureCaptions,
): StageLayout {
  const { input, kernel, output } = columns;
  const grids = 1 + (kernel ? 1 : 0) + (output ? 1 : 0);
  // The kernel's cells are never smaller than this, however small the others get.
  const kernelMin = numbers ? 22 : 12;
  /** The largest cell for `columns` beside a kernel in `room` px, the kernel at least kernelMin. */
  const cellIn = (room: number, columns: number) => {
    const even = Math.floor(room / (columns + kernel));
    if (even >= kernelMin || !kernel || !columns) return even;
    return Math.floor((room - kernel * kernelMin) / columns);
  };
  // Each grid has a one-pixel border on either side.
  let sideBySide = cellIn(width - GAP * (grids - 1) - 2 * grids, input + output);
  let stackedCell = Math.min(
    Math.floor((width - 2) / input),
    cellIn(width - GAP - 2 * (grids - 1), output),
  );
  if (height) {
    const { rows, max } = height;
    sideBySide = Math.min(sideBySide, Math.floor(max / Math.max(rows.input, rows.other)));
    stackedCell = Math.min(stackedCell, Math.floor((max - GAP) / (rows.input + rows.other)));
  }
  const fit = (size: number) => Math.max(MIN_CELL, Math.min(MAX_CELL, size));
  const kernelFit = kernel ? Math.floor((width - 2) / kernel) : MAX_CELL;
  const kernelCellFor = (cell: number) =>
    Math.min(kernelFit, Math.max(kernelMin, Math.min(MAX_CELL, cell)));
  if (captions) {
    // Each column is its grid (and borders) or its caption, whichever is wider.
    const column = (cells: number, cell: number, caption: number) =>
      cells ? Math.max(cells * cell + 2, caption) : 0;
    const kernelColumn = (cell: number) => column(kernel, kernelCellFor(cell), captions.kernel);
    const outputColumn = (cell: number) => column(output, cell, captions.output);
    const gaps = (n: number) => GAP * Math.max(0, n - 1);
    const sideRow = (cell: number) =>
      column(input, cell, captions.input) + kernelColumn(cell) + outputColumn(cell) + gaps(grids);
    const lowerRow = (cell: number) => kernelColumn(cell) + outputColumn(cell) + gaps(grids - 1);
    const stackRows = (cell: number) =>
      Math.max(column(input, cell, captions.input), lowerRow(cell));
    const shrink = (cell: number, row: (cell: number) => number) => {
      let size = fit(cell);
      while (size > MIN_CELL && row(size) > width) size--;
      return size;
    };
    sideBySide = shrink(sideBySide, sideRow);
    stackedCell = shrink(stackedCell, stackRows);
  }
  const stacked = fit(stackedCell) > fit(sideBySide);
  const cell = fit(stacked ? stackedCell : sideBySide);
  const kernelCell = kernelCellFor(cell);
  return { cell, kernelCell, stacked, textHidden: cell < READABLE };
}
