import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { CellMemory, type CellRange } from './cellMemory';
import { paintGrid, type CellPaint } from './paintGrid';
import { PALETTE } from './palette';
import type { CellBox } from './projectionLines';

export type { CellPaint } from './paintGrid';

interface Props {
  /** Accessible name of the grid, e.g. "Input, 5 × 5, padded by 1". */
  label: string;
  rows: number;
  cols: number;
  /** Cell edge in CSS pixels. */
  cellSize: number;
  /** The colorizer: how cell (r, c) looks. Null leaves the cell empty. */
  paint: (r: number, c: number) => CellPaint | null;
  /** Extra marks drawn over the cells (window outlines, arrows). */
  overlay?: (ctx: CanvasRenderingContext2D, cellSize: number) => void;
  /**
   * The cells under the overlay's marks that move (a window's frame), when the grid is painted
   * again only where it changed; with an overlay and no `overlayArea` it is painted whole.
   */
  overlayArea?: CellBox | null;
  /** Repaints the whole grid when it changes (what the overlay draws besides `overlayArea`). */
  overlayKey?: unknown;
  /** Accessible description of cell (r, c), read when it has keyboard focus. */
  describe: (r: number, c: number) => string;
  /** Pointer or keyboard focus entered (cell) or left (null) the grid. */
  onHover?: (cell: [number, number] | null) => void;
  /** Click, tap or Enter on a cell. */
  onActivate?: (cell: [number, number]) => void;
  testId?: string;
}

/**
 * A dense grid painted on a canvas, with one keyboard-focusable cell that moves with the arrow
 * keys (a roving focus over a virtual grid: only the focused cell exists in the DOM, so a 96 × 96
 * grid costs one element). Pointer hover and keyboard focus both report the cell under them.
 */
export function CanvasGrid({
  label,
  rows,
  cols,
  cellSize,
  paint,
  overlay,
  overlayArea,
  overlayKey,
  describe,
  onHover,
  onActivate,
  testId,
}: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const [focused, setFocused] = useState(false);
  const r = Math.min(active[0], rows - 1);
  const c = Math.min(active[1], cols - 1);

  const painted = useRef<{
    memory: CellMemory;
    key: unknown;
    area: CellBox | null;
    shape: string;
  } | null>(null);
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const last = painted.current;
    const shape = `${rows} ${cols} ${cellSize} ${window.devicePixelRatio || 1}`;
    const memory = last?.memory ?? new CellMemory();
    const picture = {
      rows,
      cols,
      size: cellSize,
      paint,
      overlay,
      badgeColor: PALETTE.badge,
      textColor: PALETTE.text,
    };
    painted.current = { memory, key: overlayKey, area: overlayArea ?? null, shape };
    if (rows * cols > REMEMBERED_CELLS) {
      // Too many cells to keep a copy of: painted whole.
      memory.clear(0);
      paintGrid(canvas, picture);
      return;
    }
    if (
      !last ||
      last.shape !== shape ||
      last.key !== overlayKey ||
      (overlay !== undefined && overlayArea === undefined)
    ) {
      // Painted whole, each cell noted on the way for the next comparison.
      memory.clear(rows * cols);
      paintGrid(canvas, picture, undefined, memory);
      return;
    }
    const changed = extend(
      extend(memory.update(rows, cols, paint), last.area),
      overlayArea ?? null,
    );
    if (changed) paintGrid(canvas, picture, changed);
  });

  // Keep the focused cell reported while the grid changes under it.
  useEffect(() => {
    if (focused) onHover?.([r, c]);
  }, [focused, r, c, onHover]);

  const cellAt = (event: MouseEvent<HTMLElement>): [number, number] | null => {
    const rect = event.currentTarget.getBoundingClientRect();
    const col = Math.floor((event.clientX - rect.left - 1) / cellSize);
    const row = Math.floor((event.clientY - rect.top - 1) / cellSize);
    return row >= 0 && row < rows && col >= 0 && col < cols ? [row, col] : null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    let next: [number, number] | null = null;
    if (moves[event.key]) next = [r + moves[event.key][0], c + moves[event.key][1]];
    else if (event.key === 'Home') next = [event.ctrlKey ? 0 : r, 0];
    else if (event.key === 'End') next = [event.ctrlKey ? rows - 1 : r, cols - 1];
    else if (event.key === 'PageUp') next = [0, c];
    else if (event.key === 'PageDown') next = [rows - 1, c];
    if (!next) return;
    event.preventDefault();
    event.stopPropagation();
    setActive([Math.min(rows - 1, Math.max(0, next[0])), Math.min(cols - 1, Math.max(0, next[1]))]);
  };

  return (
    <div
      className="canvas-grid"
      role="group"
      aria-label={label}
      data-testid={testId}
      data-rows={rows}
      data-cols={cols}
      style={{ width: cols * cellSize + 2, height: rows * cellSize + 2 }}
      onPointerMove={(event) => {
        if (event.pointerType === 'mouse') onHover?.(cellAt(event));
      }}
      onPointerLeave={() => {
        if (!focused) onHover?.(null);
      }}
      onClick={(event) => {
        const cell = cellAt(event);
        if (cell) {
          setActive(cell);
          onActivate?.(cell);
        }
      }}
    >
      <div className="canvas-clip">
        <canvas ref={canvasRef} aria-hidden="true" />
      </div>
      <button
        ref={buttonRef}
        type="button"
        className="grid-focus"
        style={{ left: c * cellSize + 1, top: r * cellSize + 1, width: cellSize, height: cellSize }}
        aria-label={describe(r, c)}
        aria-keyshortcuts="ArrowUp ArrowDown ArrowLeft ArrowRight Home End Enter"
        data-row={r}
        data-col={c}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          onHover?.(null);
        }}
        onKeyDown={onKeyDown}
        onClick={(event) => {
          event.stopPropagation();
          onActivate?.([r, c]);
        }}
      />
    </div>
  );
}

/**
 * Grids up to this many cells keep a copy of each cell's look and repaint only what changed;
 * larger ones (a stretched input of hundreds of cells a side) are painted whole.
 */
const REMEMBERED_CELLS = 1 << 16;

/** The block holding `range` and `box`. */
function extend(range: CellRange | null, box: CellBox | null): CellRange | null {
  if (!box) return range;
  const r1 = box.row + box.rows;
  const c1 = box.col + box.cols;
  if (!range) return { r0: box.row, c0: box.col, r1, c1 };
  return {
    r0: Math.min(range.r0, box.row),
    c0: Math.min(range.c0, box.col),
    r1: Math.max(range.r1, r1),
    c1: Math.max(range.c1, c1),
  };
}
