import { memo, useMemo } from 'react';
import { CanvasGrid } from '../../components/grid/CanvasGrid';
import type { CellBox } from '../../components/grid/projectionLines';
import type { CellPaint } from '../../components/grid/paintGrid';
import { useCellHandlers } from '../../components/grid/useCellHandlers';
import { formatSize } from '../../components/format';
import { mapPainter } from './mapPaint';
import { blockFactor, blockMax } from './mapScale';
import type { MapCell, StackMap } from './stackModel';
import { t } from '../../i18n/i18n';

interface Props {
  map: StackMap;
  /** Cell edge in CSS pixels (below 1: cells are drawn in blocks of a pixel or more). */
  size: number;
  /** Drawn smaller than the common scale. */
  scaled: boolean;
  /** Path counts per row and per column (a cell's is their product; 0: not linked). */
  rowPaths: Float64Array;
  colPaths: Float64Array;
  /** Largest count of a cell. */
  max: number;
  /** Linked cells. */
  linked: number;
  /** The cell whose links are drawn. */
  focus: MapCell;
}

const cell: CellPaint = { fill: '' };

/** Per block of rows or columns, its largest value: the values themselves when a block is a cell. */
const blocks = (values: ArrayLike<number>, factor: number) =>
  factor === 1 ? values : blockMax(values, factor);

/** Per block of rows or columns: 1 when the next layer reads some of them, 0 when none. */
const readBlocks = (read: number[] | undefined, factor: number) =>
  read ? blocks(read, factor) : null;

/**
 * One feature map: its cells in the paper's colours (blue input, green outputs), the linked
 * cells shaded by path count, the cells the next layer never reads hatched, the focused cell
 * outlined. A map drawn below a pixel per cell is painted in blocks, each showing its most
 * linked cell; pointer and keyboard then move by blocks.
 */
export const MapGrid = memo(function MapGrid({
  map,
  size,
  scaled,
  rowPaths,
  colPaths,
  max,
  linked,
  focus,
}: Props) {
  const [rows, cols] = map.shape;
  const factor = blockFactor(size);
  const handlers = useCellHandlers(`map${map.index}`, cols);
  const isInput = map.index === 0;
  const drawn = size * factor;
  const own = focus.map === map.index;
  const rowCounts = useMemo(() => blocks(rowPaths, factor), [rowPaths, factor]);
  const colCounts = useMemo(() => blocks(colPaths, factor), [colPaths, factor]);
  const readRows = useMemo(() => readBlocks(map.readBy?.[0], factor), [map.readBy, factor]);
  const readCols = useMemo(() => readBlocks(map.readBy?.[1], factor), [map.readBy, factor]);

  // The focused block, when the focus is in this map.
  const focusRow = own ? Math.floor(focus.cell[0] / factor) : -1;
  const focusCol = own ? Math.floor(focus.cell[1] / factor) : -1;
  const paint = useMemo(
    () =>
      mapPainter(
        {
          isInput,
          drawn,
          rowCounts,
          colCounts,
          readRows,
          readCols,
          max,
          focus: own ? [focusRow, focusCol] : null,
        },
        cell,
      ),
    [isInput, drawn, rowCounts, colCounts, readRows, readCols, max, own, focusRow, focusCol],
  );

  // A hover changes the linked cells and the focused one, nothing else: while the rest of the
  // look holds, the grid compares only the cells linked before and now with what it shows.
  const look = useMemo(
    () => ({ map, drawn, readRows, readCols }),
    [map, drawn, readRows, readCols],
  );
  const marks = useMemo(
    () => ({ look, cells: linkedBlock(rowCounts, colCounts, own ? [focusRow, focusCol] : null) }),
    [look, rowCounts, colCounts, own, focusRow, focusCol],
  );

  const span = (block: number, size: number) => [
    block * factor,
    Math.min(size, (block + 1) * factor) - 1,
  ];
  const describe = (r: number, c: number) => {
    const [r0, r1] = span(r, rows);
    const [c0, c1] = span(c, cols);
    const count = rowCounts[r] * colCounts[c];
    const paths = count > 0 ? t('stack.map.paths', { count }) : '';
    const where =
      factor === 1
        ? t('stack.map.cell', { r: r0, c: c0 })
        : t('stack.map.block', { rows: `${r0}–${r1}`, cols: `${c0}–${c1}` });
    return `${map.title}, ${where}${paths}`;
  };
  // Kept while the map's size holds: a grid given new handlers runs its effects again.
  const { onHover, onActivate } = useMemo(() => {
    const toCell = (block: [number, number]): [number, number] => [
      Math.min(rows - 1, block[0] * factor),
      Math.min(cols - 1, block[1] * factor),
    ];
    return {
      onHover: (block: [number, number] | null) => handlers.onHover(block ? toCell(block) : null),
      onActivate: (block: [number, number]) => handlers.onActivate(toCell(block)),
    };
  }, [handlers, rows, cols, factor]);

  return (
    <figure
      className="grid-figure stack-map"
      data-testid={`stack-map-${map.index}`}
      data-linked={linked}
      data-max-paths={max}
    >
      <figcaption>
        {map.title} <span className="map-size">{formatSize(map.shape)}</span>
        {scaled && <span className="muted">{t('stack.map.scaled')}</span>}
      </figcaption>
      <CanvasGrid
        label={`${map.title}, ${formatSize(map.shape)}${factor > 1 ? t('stack.map.blocks', { factor }) : ''}`}
        rows={Math.ceil(rows / factor)}
        cols={Math.ceil(cols / factor)}
        cellSize={drawn}
        paint={paint}
        overlayKey={resizeKey(rows, cols)}
        marks={marks}
        describe={describe}
        onHover={onHover}
        onActivate={onActivate}
        testId={`grid-map-${map.index}`}
      />
    </figure>
  );
});

/**
 * Changes with the map's size: a map that grows or shrinks changes nearly every cell (its
 * linked cells move, the rows and columns the next layer reads change), so it is painted whole
 * instead of being compared cell by cell with what its canvas shows first.
 */
const resizeKey = (rows: number, cols: number) => `${rows} ${cols}`;

/** The block of a map's linked cells (rows and columns with a count) and the focused one. */
function linkedBlock(
  rowCounts: ArrayLike<number>,
  colCounts: ArrayLike<number>,
  focus: [number, number] | null,
): CellBox | null {
  const [r0, r1] = counted(rowCounts, focus?.[0]);
  const [c0, c1] = counted(colCounts, focus?.[1]);
  return r1 < r0 || c1 < c0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/** First and last index with a count, the focused one included: [0, -1] when none. */
function counted(counts: ArrayLike<number>, focus: number | undefined): [number, number] {
  let first = focus ?? counts.length;
  let last = focus ?? -1;
  for (let k = 0; k < counts.length; k++) {
    if (counts[k] > 0) {
      first = Math.min(first, k);
      last = Math.max(last, k);
    }
  }
  return last < 0 ? [0, -1] : [first, last];
}
