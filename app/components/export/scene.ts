/**
 * The figure as plain data, drawn alike as SVG, PNG and GIF frames: grids of cells described
 * by the same {@link CellPaint} the screen's canvases are painted from, their captions, the
 * kernel's window frame and the lines from the window to the output cell it makes.
 */
import type { CellPaint } from '../grid/paintGrid';
import { projectionLines, type Point } from '../grid/projectionLines';

/** A block of cells of one grid: top-left cell and size in cells. */
export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * A rectangle drawn over a block of a grid's cells: a dropped pooling window (dashed), the
 * part of a scatter the padding keeps, a stamp.
 */
export interface SceneMark {
  box: Box;
  stroke: string;
  width: number;
  /** Dash and gap lengths; omitted: solid. */
  dash?: readonly number[];
  /** Pixels inside the block's edge the line is centred on (default: half its width). */
  inset?: number;
}

/**
 * A vector shape drawn behind the grids (group bands and wires of a channel picture):
 * colours are opaque `#rrggbb`, so a GIF's palette holds them exactly.
 */
export type SceneShape =
  | {
      kind: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      fill: string;
      stroke?: string;
      radius?: number;
    }
  | {
      kind: 'path';
      /** SVG path data with M, L, H and C commands only. */
      d: string;
      stroke: string;
      width: number;
    };

/** One grid as drawn: where it sits, its cells row by row, and an optional frame. */
export interface SceneGrid {
  /** `input`, `kernel`, `output`: names the SVG group (`data-grid`). */
  id: string;
  /** Written above the grid; empty: none. */
  caption: string;
  /** Top-left corner of the first cell in picture pixels. */
  x: number;
  y: number;
  rows: number;
  cols: number;
  /** Cell edge in picture pixels. */
  cell: number;
  cells: readonly CellPaint[];
  /** The kernel's window (a thick frame), if any. */
  frame?: Box;
  /** Other rectangles over its cells, drawn after them. */
  marks?: readonly SceneMark[];
}

/** A line of text placed on its own: a heading, a slice's index, a note about cells left out. */
export interface SceneText {
  x: number;
  /** The text's baseline. */
  y: number;
  text: string;
  /** Font size in picture pixels (default 14). */
  size?: number;
  /** `#rrggbb` (default the grids' text colour). */
  color?: string;
  bold?: boolean;
  mono?: boolean;
  /** Horizontal alignment at `x` (default start). */
  anchor?: 'start' | 'middle' | 'end';
}

export interface Scene {
  /** Accessible title (SVG `<title>`). */
  title: string;
  width: number;
  height: number;
  grids: SceneGrid[];
  /** Thin lines from the window to its output cell. */
  lines: [Point, Point][];
  /** Text beside the grids (their captions are their own). */
  texts?: SceneText[];
  /** Shapes behind the grids. */
  shapes?: readonly SceneShape[];
}

/** A grid of a figure before layout: its base look, row by row. */
export interface FigureGrid {
  id: string;
  caption: string;
  rows: number;
  cols: number;
  cells: CellPaint[];
  marks?: readonly SceneMark[];
}

/** One output position of a sliding-window animation: what changes from the base look. */
export interface AnimationStep {
  /** The window on the input grid. */
  window: Box;
  /** Input cells under the window, as drawn at this step. */
  input: [number, CellPaint][];
  /** The output cell made at this step, as drawn then. */
  output: CellPaint;
}

/**
 * A sliding-window figure as the paper animates it, one step per output position: input,
 * kernel and output grids with their base looks (outputs computed, and `pending` before they
 * are), and per step the cells that change. Plain data: it crosses to the GIF worker as is.
 */
export interface WindowAnimation {
  title: string;
  input: FigureGrid;
  kernel: FigureGrid | null;
  output: FigureGrid & { pending: CellPaint[] };
  steps: AnimationStep[];
}

/** Layout of exported figures, in picture pixels at 1×. */
export const SCENE = {
  margin: 16,
  caption: 24,
  gap: 40,
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  mono: 'ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace',
  background: '#ffffff',
} as const;

/**
 * A cell size that keeps the picture at most about 960 pixels wide: 40 px cells for small
 * grids, down to 6 px for 64 × 64 ones; at least 24 px with values printed when that fits.
 *
 * @example exportCell(11, false) // 40
 */
export function exportCell(columns: number, numbers: boolean): number {
  const fit = Math.floor(900 / Math.max(1, columns));
  return Math.max(numbers && fit >= 24 ? 24 : 6, Math.min(40, fit));
}

/**
 * The picture of step `step` (clamped; −1: before the first) of an animation: grids side by
 * side, input, kernel, output, captions above, the window framed and linked to its output.
 */
export function animationScene(anim: WindowAnimation, step: number): Scene {
  const grids = [anim.input, anim.kernel, anim.output].filter((g): g is FigureGrid => g !== null);
  const columns = grids.reduce((n, g) => n + g.cols, 0);
  const hasValues = grids.some((g) =>
    g.cells.some((c) => c.text !== undefined && /\d/.test(c.text)),
  );
  const cell = exportCell(columns, hasValues);
  const kernelCell = Math.max(cell, hasValues ? 28 : 16);
  const t = Math.min(step, anim.steps.length - 1);
  const current = t >= 0 ? anim.steps[t] : null;

  let x = SCENE.margin;
  const y = SCENE.margin + SCENE.caption;
  const placed: SceneGrid[] = [];
  for (const grid of grids) {
    const size = grid === anim.kernel ? kernelCell : cell;
    let cells: CellPaint[] = grid.cells;
    if (grid === anim.input && current) {
      cells = grid.cells.slice();
      for (const [index, paint] of current.input) cells[index] = paint;
    }
    if (grid === anim.output) {
      cells = grid.cells.map((done, index) =>
        index < t ? done : index === t && current ? current.output : anim.output.pending[index],
      );
    }
    placed.push({
      id: grid.id,
      caption: grid.caption,
      x,
      y,
      rows: grid.rows,
      cols: grid.cols,
      cell: size,
      cells,
      frame: grid === anim.input && current ? current.window : undefined,
      marks: grid.marks,
    });
    x += grid.cols * size + SCENE.gap;
  }
  const height = y + Math.max(...placed.map((g) => g.rows * g.cell)) + SCENE.margin;
  const lines: [Point, Point][] = [];
  const input = placed[0];
  const output = placed[placed.length - 1];
  if (current && output.id === anim.output.id) {
    const corners = (g: SceneGrid, b: Box): [Point, Point] => [
      [g.x + b.col * g.cell, g.y + b.row * g.cell],
      [g.x + (b.col + b.cols) * g.cell, g.y + (b.row + b.rows) * g.cell],
    ];
    const cols = anim.output.cols;
    const p = projectionLines(
      corners(input, current.window),
      corners(output, { row: Math.floor(t / cols), col: t % cols, rows: 1, cols: 1 }),
    );
    if (p) lines.push([p[0], p[1]], [p[2], p[3]]);
  }
  return { title: anim.title, width: x - SCENE.gap + SCENE.margin, height, grids: placed, lines };
}

/** A grid of a figure with the cell edge it is drawn at. */
export interface SizedGrid extends FigureGrid {
  cell: number;
}

/**
 * Width a caption of 14 px type takes, roughly (captions must not run into the next grid):
 * Latin letters and digits about 7.2 px, Chinese characters and full-width punctuation 14.
 */
export const captionWidth = (text: string) =>
  Math.ceil([...text].reduce((width, ch) => width + (/[\u2e80-\uffef]/.test(ch) ? 14 : 7.2), 0));

/**
 * Grids laid out left to right like words, a new row when the next does not fit `maxWidth`,
 * each with its caption above it, as the layer stack's maps are on screen.
 */
export function flowScene(title: string, grids: readonly SizedGrid[], maxWidth = 960): Scene {
  const gap = 24;
  const placed: SceneGrid[] = [];
  let x = SCENE.margin;
  let y = SCENE.margin + SCENE.caption;
  let rowHeight = 0;
  let width = 0;
  for (const grid of grids) {
    const w = Math.max(grid.cols * grid.cell, captionWidth(grid.caption));
    if (x > SCENE.margin && x + w > maxWidth - SCENE.margin) {
      x = SCENE.margin;
      y += rowHeight + gap + SCENE.caption;
      rowHeight = 0;
    }
    placed.push({ ...grid, x, y });
    width = Math.max(width, x + w);
    rowHeight = Math.max(rowHeight, grid.rows * grid.cell);
    x += w + gap;
  }
  return {
    title,
    width: Math.ceil(width + SCENE.margin),
    height: Math.ceil(y + rowHeight + SCENE.margin),
    grids: placed,
    lines: [],
  };
}
