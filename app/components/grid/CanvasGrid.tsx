import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { postTask } from '../../shell/afterPaint';
import { CellMemory, NO_CELLS, type CellRange } from './cellMemory';
import { paintGrid, type CellPaint } from './paintGrid';
import { PALETTE } from './palette';
import type { CellBox } from './projectionLines';
import { clipBoxes, clippers, holds, sameCells, visibleCells, type Clipper } from './visibleCells';

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
  /**
   * Repaints the whole grid when it changes (what the overlay draws besides `overlayArea`, or a
   * change that reaches nearly every cell, which a comparison cell by cell would only delay).
   */
  overlayKey?: unknown;
  /**
   * Where the picture can change while the rest stays (a hover lighting up a window): as long
   * as `look` is the same value, only the cells in `cells` now and at the last paint can look
   * different, and only they are compared with what the canvas shows.
   */
  marks?: Marks;
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
  marks,
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

  const gridRef = useRef<HTMLDivElement>(null);
  const painted = useRef<Painted | null>(null);
  // A grid too large to paint whole paints the cells that can be seen (see `visibleCells`).
  const windowed =
    rows * cols > REMEMBERED_CELLS || rows * cellSize * (cols * cellSize) > WINDOWED_AREA;
  const clipping = useRef<Clipper[] | null>(null);
  // On paper every cell shows: printing paints the whole grid, the screen goes back to its block.
  const printing = useRef(false);
  /** Paints what changed; `moved`: only the grid's place on the screen may have. */
  const draw = (moved: boolean) => {
    const canvas = canvasRef.current;
    const element = gridRef.current;
    if (!canvas || !element) return;
    const last = painted.current;
    // A grid painted whole keeps its canvas when it grows or shrinks by a few cells (a kernel
    // one larger makes the output one smaller): only the cells that differ are painted again.
    const scale = `${cellSize} ${window.devicePixelRatio || 1}`;
    const shape = windowed ? `${rows} ${cols} ${scale}` : scale;
    const kept = last?.shape === shape ? last.view : null;
    let view: CellRange = { r0: 0, c0: 0, r1: rows, c1: cols };
    if (windowed && !printing.current && !laidOut(element)) {
      // Folded away: no cell of it can be seen until it is shown (its observer tells when).
      if (moved) return;
      view = NO_CELLS;
    } else if (windowed && !printing.current) {
      clipping.current ??= clippers(element);
      const place = { ...element.getBoundingClientRect().toJSON(), rows, cols, size: cellSize };
      const boxes = clipBoxes(element, clipping.current);
      const seen = visibleCells(place, boxes, false);
      if (kept && holds(kept, seen)) {
        if (moved) return;
        view = kept;
      } else view = visibleCells(place, boxes, true);
    } else if (moved) return;
    const memory = last?.memory ?? new CellMemory();
    painted.current = { memory, key: overlayKey, area: overlayArea ?? null, shape, view, marks };
    const cells = (view.r1 - view.r0) * (view.c1 - view.c0);
    if (!cells) {
      // Nothing of it on the screen: no backing store until there is.
      memory.clear(NO_CELLS);
      if (canvas.width || canvas.height) canvas.width = canvas.height = 0;
      return;
    }
    const picture = {
      rows,
      cols,
      size: cellSize,
      paint,
      overlay,
      badgeColor: PALETTE.badge,
      textColor: PALETTE.text,
      room: windowed ? 0 : 2 * cellSize,
    };
    if (cells > REMEMBERED_CELLS) {
      // Too many cells to keep a copy of: painted whole.
      memory.clear(NO_CELLS);
      paintGrid(canvas, picture, undefined, undefined, view);
      return;
    }
    if (
      !last ||
      !kept ||
      !sameCells(kept, view) ||
      last.key !== overlayKey ||
      (overlay !== undefined && overlayArea === undefined)
    ) {
      // Painted whole, each cell noted on the way for the next comparison. A grid that grew or
      // shrank (a kernel one larger makes the output one smaller) keeps its canvas but is painted
      // whole too: its last row and column carry its outer edge, and the block holding them is
      // the whole grid, so comparing its cells first would only paint each of them twice. A grid
      // whose overlay follows its model is painted whole again when the model changes, so its
      // cells are not noted: a hover's or a step's comparison finds them unknown and paints them.
      memory.clear(view);
      paintGrid(canvas, picture, undefined, overlayKey === undefined ? memory : undefined, view);
      return;
    }
    // Marks of the same look: the cells marked then and now are all that can differ.
    const before = last.marks;
    const within =
      marks && before && before.look === marks.look
        ? extend(extend(null, before.cells), marks.cells)
        : view;
    const updated = within && memory.update(view, paint, within);
    const changed = extend(extend(updated, last.area), overlayArea ?? null);
    if (changed) paintGrid(canvas, picture, changed, undefined, view);
  };
  const drawRef = useRef(draw);
  // A grid wholly off the screen when last seen is painted after the frame that shows what
  // changed, or as soon as it comes near the screen, not in the render that changed it.
  const away = useRef(false);
  const later = useRef<(() => void) | null>(null);
  const paintNow = () => {
    later.current?.();
    later.current = null;
    drawRef.current(false);
  };
  useLayoutEffect(() => {
    drawRef.current = draw;
    if (away.current && !windowed && !printing.current) {
      later.current ??= whenPainted(gridRef.current, paintNow);
      return;
    }
    paintNow();
  });

  // Where a grid painted whole stands: near the screen or not (printing paints it at once).
  useEffect(() => {
    const element = gridRef.current;
    if (windowed || !element) return;
    const seen = new IntersectionObserver(
      ([entry]) => {
        away.current = !entry.isIntersecting;
        if (!away.current && later.current) paintNow();
      },
      { rootMargin: NEAR },
    );
    seen.observe(element);
    const beforePrint = () => later.current && paintNow();
    addEventListener('beforeprint', beforePrint);
    return () => {
      seen.disconnect();
      removeEventListener('beforeprint', beforePrint);
      later.current?.();
      later.current = null;
      away.current = false;
    };
  }, [windowed]);

  // A windowed grid paints the cells that come into view as the page or a box scrolls, the
  // window resizes or the grid moves.
  useEffect(() => {
    const element = gridRef.current;
    if (!windowed || !element) return;
    const moved = () => drawRef.current(true);
    const resized = () => {
      clipping.current = null;
      moved();
    };
    const print = matchMedia('print');
    const printed = () => {
      printing.current = print.matches;
      clipping.current = null;
      // Back on the screen the whole grid's canvas is let go for the block in view.
      if (!print.matches) painted.current = null;
      drawRef.current(false);
    };
    const beforePrint = () => {
      printing.current = true;
      drawRef.current(false);
    };
    addEventListener('scroll', moved, { capture: true, passive: true });
    addEventListener('resize', resized);
    addEventListener('beforeprint', beforePrint);
    addEventListener('afterprint', printed);
    print.addEventListener('change', printed);
    const sizes = new ResizeObserver(moved);
    sizes.observe(element);
    const seen = new IntersectionObserver(moved, { threshold: THRESHOLDS });
    seen.observe(element);
    return () => {
      removeEventListener('scroll', moved, { capture: true });
      removeEventListener('resize', resized);
      removeEventListener('beforeprint', beforePrint);
      removeEventListener('afterprint', printed);
      print.removeEventListener('change', printed);
      sizes.disconnect();
      seen.disconnect();
    };
  }, [windowed]);

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
      ref={gridRef}
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

/**
 * Grids larger than this many square CSS pixels (a 1400 px square) paint only the cells that
 * can be seen: the canvas is the size of that block, wherever the grid is.
 */
const WINDOWED_AREA = 1400 * 1400;

/**
 * How near the screen a grid counts as seen: a grid farther away is painted after the frame
 * (see {@link whenPainted}).
 */
const NEAR_PX = 100;
const NEAR = `${NEAR_PX}px`;

/**
 * Paints a grid that was off the screen: in the next frame, before it is drawn, if the grid is
 * near the screen by then (the change may have moved it: reading its place costs no layout of
 * its own there, the frame lays out the page anyway), otherwise in a task after that frame.
 * Returns a function that cancels it.
 */
function whenPainted(element: HTMLElement | null, paint: () => void): () => void {
  let cancelTask: (() => void) | null = null;
  const frame = requestAnimationFrame(() => {
    const box = element && laidOut(element) ? element.getBoundingClientRect() : undefined;
    const near =
      box &&
      box.bottom > -NEAR_PX &&
      box.top < innerHeight + NEAR_PX &&
      box.right > -NEAR_PX &&
      box.left < innerWidth + NEAR_PX;
    if (near) paint();
    else cancelTask = postTask(paint);
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelTask?.();
  };
}

/**
 * Whether the browser lays the grid out at all: one in a closed `<details>` (the transposed
 * view's folded matrix) is skipped, and reading its box would make the browser lay it out for
 * that read, and the page with it, in the next frame. A browser without `checkVisibility`
 * (Safari before 17.4) reads the box as before.
 */
function laidOut(element: Element): boolean {
  return typeof element.checkVisibility !== 'function' || element.checkVisibility();
}

/** Steps of visibility at which a windowed grid checks what it shows. */
const THRESHOLDS = Array.from({ length: 11 }, (_, k) => k / 10);

/** See `marks` of {@link CanvasGrid}. */
export interface Marks {
  look: unknown;
  cells: CellBox | null;
}

/** What a grid's canvas holds. */
interface Painted {
  memory: CellMemory;
  key: unknown;
  area: CellBox | null;
  shape: string;
  /** The block of cells on the canvas. */
  view: CellRange;
  marks: Marks | undefined;
}

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
