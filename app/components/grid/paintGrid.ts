/**
 * Paints a grid of cells on a canvas in a number of calls that does not grow with the cells:
 * fills go through a one-pixel-per-cell image scaled up without smoothing; outlines are merged
 * into runs of equal style along each grid line; only the few emphasised cells, hatched cells
 * and printed values are drawn one by one.
 */

import type { CellMemory, CellRange } from './cellMemory';
import { shade } from './palette';

/** How one cell is drawn. */
export interface CellPaint {
  /** Fill, `#rrggbb` (or `#rrggbbaa`). */
  fill: string;
  /** Under the window's see-through shadow: the fill darkened, its hue kept. */
  shaded?: boolean;
  /** Outline colour; omitted: no outline. */
  stroke?: string;
  /** Dashed outline (padding). */
  dashed?: boolean;
  /** Thick outline (linked or current cells). */
  strong?: boolean;
  /** Diagonal hatching in this colour (cells the floor drops). */
  hatch?: string;
  /** Main text (a value). */
  text?: string;
  textColor?: string;
  /** Small text in the top-left corner (a kernel weight or tap label). */
  badge?: string;
}

/**
 * Resets a cell description for reuse. `paintGrid` reads each returned description before it
 * asks for the next, so a painter may return the same object every time (see `WindowStage`):
 * a 96 × 96 grid then allocates nothing per cell.
 */
export function resetCell(
  cell: CellPaint,
  fill: string,
  stroke?: string,
  dashed = false,
): CellPaint {
  cell.fill = fill;
  cell.shaded = false;
  cell.stroke = stroke;
  cell.dashed = dashed;
  cell.strong = false;
  cell.hatch = undefined;
  cell.text = undefined;
  cell.textColor = undefined;
  cell.badge = undefined;
  return cell;
}

export interface GridPicture {
  rows: number;
  cols: number;
  /** Cell edge in CSS pixels. */
  size: number;
  /** How cell (r, c) looks; the object is read at once and may be reused for the next cell. */
  paint: (r: number, c: number) => CellPaint | null;
  overlay?: (ctx: CanvasRenderingContext2D, size: number) => void;
  /** Colour of badges. */
  badgeColor: string;
  /** Default text colour. */
  textColor: string;
  /**
   * CSS pixels a new backing store is given past the cells on the right and at the bottom, so
   * that it is kept when the grid grows by a cell or two (default none).
   */
  room?: number;
}

const TEXT_MIN_CELL = 15;

/**
 * Whether cells this large print their text: painters may leave out text (and the work of
 * writing it) when they do not.
 */
export const showsText = (size: number) => size >= TEXT_MIN_CELL;
/** Dashed outlines: this long a dash, then as long a gap. */
const DASH = 3;
const DASH_PERIOD = 2 * DASH;
/** Corner labels need room beside the value: at least 10 px type in a cell this large. */
const BADGE_MIN_CELL = 30;
/** Corner labels start inside the window's 3 px frame, so the frame never cuts them. */
const BADGE_INSET = 4;

const rgbCache = new Map<string, [number, number, number, number]>();

/** `#rgb`, `#rrggbb` or `#rrggbbaa` as bytes (other notations are drawn black). */
function rgba(color: string): [number, number, number, number] {
  let value = rgbCache.get(color);
  if (!value) {
    let hex = color.startsWith('#') ? color.slice(1) : '000';
    if (hex.length === 3) hex = [...hex].map((h) => h + h).join('');
    const n = (i: number) => parseInt(hex.slice(i, i + 2), 16);
    value = [n(0), n(2), n(4), hex.length === 8 ? n(6) : 255];
    rgbCache.set(color, value);
  }
  return value;
}

const tiles = new Map<string, HTMLCanvasElement>();

/**
 * One period of a dashed line as an image: `DASH` pixels of the colour, then `DASH` clear,
 * across (a row) or down (a column), repeated by a pattern to dash a whole run at once.
 */
function dashTile(color: string, across: boolean): HTMLCanvasElement {
  const key = `${across ? 'a' : 'd'}${color}`;
  let tile = tiles.get(key);
  if (!tile) {
    tile = document.createElement('canvas');
    tile.width = across ? DASH_PERIOD : 1;
    tile.height = across ? 1 : DASH_PERIOD;
    const tctx = tile.getContext('2d');
    if (tctx) {
      tctx.fillStyle = color;
      tctx.fillRect(0, 0, across ? DASH : 1, across ? 1 : DASH);
    }
    tiles.set(key, tile);
  }
  return tile;
}

let scratch: HTMLCanvasElement | null = null;
let scratchImage: ImageData | null = null;

/**
 * An image with room for a rows × cols block of one pixel per cell, rows `width` pixels apart:
 * one image is kept and grows to the largest block painted, so that a paint allocates none.
 */
function cellImage(rows: number, cols: number): ImageData | null {
  scratch ??= document.createElement('canvas');
  if (scratch.width < cols || scratch.height < rows) {
    scratch.width = Math.max(scratch.width, cols);
    scratch.height = Math.max(scratch.height, rows);
  }
  const sctx = scratch.getContext('2d');
  if (!sctx) return null;
  if (!scratchImage || scratchImage.width < cols || scratchImage.height < rows) {
    scratchImage = sctx.createImageData(
      Math.max(cols, scratchImage?.width ?? 0),
      Math.max(rows, scratchImage?.height ?? 0),
    );
  }
  return scratchImage;
}

/** Outline style of each cell of the block painted (0: none), kept from one paint to the next. */
let edges = new Int32Array(0);
/** The printed values of the block painted: cell index, text and colour, in the order met. */
const texts = { at: [] as number[], text: [] as string[], color: [] as string[], length: 0 };

/**
 * Sizes the canvas to the displayed pixels of the cells in `view` (a canvas larger than it is
 * shown costs its whole backing store at every paint), places it over them, and returns its
 * context in CSS pixels with the origin at the grid's top-left cell inside a one-pixel border,
 * and whether the backing store is new (blank).
 */
function prepare(
  canvas: HTMLCanvasElement,
  picture: GridPicture,
  view: CellRange,
  whole: boolean,
): { ctx: CanvasRenderingContext2D; fresh: boolean } | null {
  const { size } = picture;
  // From the pixel before the block's first cell to the line after its last one.
  const x0 = view.c0 * size;
  const y0 = view.r0 * size;
  const width = view.c1 * size + 2 - x0;
  const height = view.r1 * size + 2 - y0;
  const ratio = window.devicePixelRatio || 1;
  const w = Math.ceil(width * ratio);
  const h = Math.ceil(height * ratio);
  // A new backing store costs more than the paint: one a little larger than needed is kept
  // (its grid clips the rest), so that a figure growing and shrinking by a cell keeps one.
  const room = Math.ceil((picture.room ?? 0) * ratio);
  const kept =
    canvas.width >= w &&
    canvas.height >= h &&
    canvas.width * canvas.height <= 2 * (w + room) * (h + room);
  if (!kept) {
    canvas.width = w + room;
    canvas.height = h + room;
  }
  const cssWidth = `${canvas.width / ratio}px`;
  const cssHeight = `${canvas.height / ratio}px`;
  if (canvas.style.width !== cssWidth) canvas.style.width = cssWidth;
  if (canvas.style.height !== cssHeight) canvas.style.height = cssHeight;
  const at = x0 || y0 ? `translate(${x0}px, ${y0}px)` : '';
  if (canvas.style.transform !== at) canvas.style.transform = at;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  // A whole painting starts from a clear canvas, past the block too.
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  if (kept && whole) ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.translate(1 - x0, 1 - y0);
  return { ctx, fresh: !kept };
}

/**
 * Paints the picture on the canvas: all of it, or with `changed` only that block of cells
 * (and the lines around it), the rest of the canvas kept as it is. The block is painted with
 * a margin of one cell and clipped, so that outlines shared with the cells around it come out
 * as in a whole painting. With `view`, the canvas holds only that block of the grid (the part
 * on screen of a grid too large to paint whole) and nothing outside it is painted.
 */
export function paintGrid(
  canvas: HTMLCanvasElement,
  picture: GridPicture,
  changed?: CellRange,
  memory?: CellMemory,
  view: CellRange = { r0: 0, c0: 0, r1: picture.rows, c1: picture.cols },
): void {
  const { size } = picture;
  const prepared = prepare(canvas, picture, view, changed === undefined);
  if (!prepared) return;
  const { ctx } = prepared;
  // A new backing store is blank: all of it is painted.
  if (prepared.fresh) changed = undefined;
  ctx.save();
  const area = {
    r0: Math.max(view.r0, changed?.r0 ?? 0),
    c0: Math.max(view.c0, changed?.c0 ?? 0),
    r1: Math.min(view.r1, changed?.r1 ?? picture.rows),
    c1: Math.min(view.c1, changed?.c1 ?? picture.cols),
  };
  if (area.r1 <= area.r0 || area.c1 <= area.c0) return ctx.restore();
  const clip = {
    x: area.c0 ? area.c0 * size - 1 : -1,
    y: area.r0 ? area.r0 * size - 1 : -1,
    x1: area.c1 < picture.cols ? area.c1 * size + 1 : picture.cols * size + 1,
    y1: area.r1 < picture.rows ? area.r1 * size + 1 : picture.rows * size + 1,
  };
  ctx.beginPath();
  ctx.rect(clip.x, clip.y, clip.x1 - clip.x, clip.y1 - clip.y);
  ctx.clip();
  ctx.clearRect(clip.x, clip.y, clip.x1 - clip.x, clip.y1 - clip.y);
  // The block painted: the changed cells and one more all round.
  const top = Math.max(0, area.r0 - 1);
  const left = Math.max(0, area.c0 - 1);
  const rows = Math.min(picture.rows, area.r1 + 1) - top;
  const cols = Math.min(picture.cols, area.c1 + 1) - left;
  ctx.translate(left * size, top * size);
  paintBlock(ctx, picture, top, left, rows, cols, memory);
  ctx.restore();
}

/** The outline style the first `cells` cells all have, or 0 when they differ or have none. */
function sharedStyle(edge: Int32Array, cells: number): number {
  const first = edge[0];
  for (let k = 1; k < cells; k++) if (edge[k] !== first) return 0;
  return first;
}

/**
 * Paints cells [top, top + rows) × [left, left + cols) with the context's origin at the first,
 * noting each in `memory` when given.
 */
function paintBlock(
  ctx: CanvasRenderingContext2D,
  picture: GridPicture,
  top: number,
  left: number,
  rows: number,
  cols: number,
  memory?: CellMemory,
): void {
  const { size } = picture;
  const image = cellImage(rows, cols);
  if (!image || !scratch) return;
  const data = image.data;
  const stride = image.width;
  // Outline styles seen so far: index 0 is "none"; `s…`/`d…` are solid/dashed colours.
  const styles: string[] = [''];
  const solidIds = new Map<string, number>();
  const dashedIds = new Map<string, number>();
  if (edges.length < rows * cols) edges = new Int32Array(rows * cols);
  const edge = edges;
  texts.length = 0;
  const strong: [number, number, string][] = [];
  const hatched = new Map<string, [number, number][]>();
  const badges: [number, number, string][] = [];
  const showText = size >= TEXT_MIN_CELL;
  const showBadge = size >= BADGE_MIN_CELL;

  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const cell = picture.paint(top + r, left + c);
      const at = r * cols + c;
      const px = (r * stride + c) * 4;
      memory?.record(top + r, left + c, cell);
      edge[at] = 0;
      if (!cell) {
        data[px] = data[px + 1] = data[px + 2] = data[px + 3] = 0;
        continue;
      }
      // Read by index: destructuring would make an iterator and its results for every cell.
      const color = rgba(cell.shaded ? shade(cell.fill) : cell.fill);
      data[px] = color[0];
      data[px + 1] = color[1];
      data[px + 2] = color[2];
      data[px + 3] = color[3];
      if (cell.stroke && !cell.strong) {
        const ids = cell.dashed ? dashedIds : solidIds;
        let id = ids.get(cell.stroke);
        if (id === undefined) {
          id = styles.push(`${cell.dashed ? 'd' : 's'}${cell.stroke}`) - 1;
          ids.set(cell.stroke, id);
        }
        edge[at] = id;
      }
      if (cell.strong && cell.stroke) strong.push([r, c, cell.stroke]);
      if (cell.hatch) {
        const list = hatched.get(cell.hatch) ?? [];
        list.push([r, c]);
        hatched.set(cell.hatch, list);
      }
      if (showText && cell.text !== undefined) {
        const k = texts.length++;
        texts.at[k] = at;
        texts.text[k] = cell.text;
        texts.color[k] = cell.textColor ?? picture.textColor;
      }
      if (showBadge && cell.badge !== undefined) badges.push([r, c, cell.badge]);
    }
  }
  const sctx = scratch.getContext('2d');
  if (!sctx) return;
  sctx.putImageData(image, 0, 0, 0, 0, cols, rows);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(scratch, 0, 0, cols, rows, 0, 0, cols * size, rows * size);

  // Outlines: along every grid line, runs of equal style become one segment. Between two cells
  // of different styles the solid one wins over the dashed one, and a styled one over none.
  const paths = styles.map(() => new Path2D());
  const pick = (a: number, b: number) => {
    if (!a) return b;
    if (!b) return a;
    return styles[a][0] === 's' || styles[b][0] !== 's' ? a : b;
  };
  // Dashed runs of whole-pixel cells: one rectangle per run, filled with the style's dashes.
  const dashRuns: { across?: Path2D; down?: Path2D }[] = styles.map(() => ({}));
  const dashFill = Number.isInteger(size);
  // A segment of a grid line; dashed ones as their dashes, placed from the grid's own origin
  // (not the segment's start), so that a block painted alone matches the whole painting.
  const segment = (
    id: number,
    dashed: boolean,
    horizontal: boolean,
    at: number,
    from: number,
    to: number,
  ) => {
    if (dashed && dashFill) {
      const runs = dashRuns[id];
      if (horizontal) (runs.across ??= new Path2D()).rect(from, at - 0.5, to - from, 1);
      else (runs.down ??= new Path2D()).rect(at - 0.5, from, 1, to - from);
      return;
    }
    const p = paths[id];
    const origin = horizontal ? left * size : top * size;
    const line = (a: number, b: number) => {
      if (horizontal) {
        p.moveTo(a, at);
        p.lineTo(b, at);
      } else {
        p.moveTo(at, a);
        p.lineTo(at, b);
      }
    };
    if (!dashed) return line(from, to);
    const first = Math.floor((from + origin) / DASH_PERIOD) * DASH_PERIOD - origin;
    for (let a = first; a < to; a += DASH_PERIOD) {
      const b = Math.min(to, a + DASH);
      if (b > from) line(Math.max(from, a), b);
    }
  };
  const run = (
    fixed: number,
    length: number,
    styleAt: (k: number) => number,
    horizontal: boolean,
  ) => {
    let start = 0;
    let current = styleAt(0);
    for (let k = 1; k <= length; k++) {
      const next = k < length ? styleAt(k) : -1;
      if (next === current) continue;
      if (current > 0) {
        const dashed = styles[current][0] === 'd';
        segment(current, dashed, horizontal, fixed * size + 0.5, start * size, k * size);
      }
      start = k;
      current = next;
    }
  };
  const shared = sharedStyle(edge, rows * cols);
  if (shared) {
    // Every cell outlined alike (a map without its focused cell): each grid line is one run.
    const dashed = styles[shared][0] === 'd';
    for (let y = 0; y <= rows; y++) segment(shared, dashed, true, y * size + 0.5, 0, cols * size);
    for (let x = 0; x <= cols; x++) segment(shared, dashed, false, x * size + 0.5, 0, rows * size);
  } else {
    for (let y = 0; y <= rows; y++) {
      run(
        y,
        cols,
        (c) => pick(y > 0 ? edge[(y - 1) * cols + c] : 0, y < rows ? edge[y * cols + c] : 0),
        true,
      );
    }
    for (let x = 0; x <= cols; x++) {
      run(
        x,
        rows,
        (r) => pick(x > 0 ? edge[r * cols + x - 1] : 0, x < cols ? edge[r * cols + x] : 0),
        false,
      );
    }
  }
  ctx.lineWidth = 1;
  ctx.setLineDash([]);
  styles.forEach((key, id) => {
    if (!id) return;
    ctx.strokeStyle = key.slice(1);
    ctx.stroke(paths[id]);
  });
  // Horizontal runs take the dashes across, vertical ones down: a pattern of each, its first
  // dash at the grid's own origin.
  const across = new DOMMatrix([1, 0, 0, 1, -left * size, 0]);
  const down = new DOMMatrix([1, 0, 0, 1, 0, -top * size]);
  dashRuns.forEach((runs, id) => {
    const color = styles[id].slice(1);
    for (const [horizontal, place, path] of [
      [true, across, runs.across],
      [false, down, runs.down],
    ] as const) {
      if (!path) continue;
      const pattern = ctx.createPattern(dashTile(color, horizontal), 'repeat');
      if (!pattern) continue;
      pattern.setTransform(place);
      ctx.fillStyle = pattern;
      ctx.fill(path);
    }
  });

  hatched.forEach((cells, color) => {
    const p = new Path2D();
    for (const [r, c] of cells) {
      const x = c * size;
      const y = r * size;
      for (let k = 4; k < 2 * size; k += 6) {
        p.moveTo(x + Math.max(0, k - size), y + Math.min(k, size));
        p.lineTo(x + Math.min(k, size), y + Math.max(0, k - size));
      }
    }
    ctx.strokeStyle = color;
    ctx.stroke(p);
  });

  ctx.lineWidth = 2.5;
  for (const [r, c, color] of strong) {
    ctx.strokeStyle = color;
    ctx.strokeRect(c * size + 1.25, r * size + 1.25, size - 2.5, size - 2.5);
  }
  ctx.lineWidth = 1;

  if (texts.length) {
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.font = `${Math.round(Math.min(size * 0.42, 16))}px system-ui, sans-serif`;
    // Most values share a colour: the context parses a colour only when it changes.
    let color = '';
    for (let k = 0; k < texts.length; k++) {
      if (texts.color[k] !== color) ctx.fillStyle = color = texts.color[k];
      const at = texts.at[k];
      const r = Math.floor(at / cols);
      const c = at - r * cols;
      ctx.fillText(texts.text[k], c * size + size / 2, r * size + size / 2 + 1);
    }
  }
  if (picture.overlay) {
    ctx.translate(-left * size, -top * size);
    picture.overlay(ctx, size);
    ctx.translate(left * size, top * size);
  }
  // Corner labels go over the overlay's frames, inside them.
  if (badges.length) {
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.font = `${Math.round(Math.min(Math.max(size * 0.28, 10), 12))}px system-ui, sans-serif`;
    ctx.fillStyle = picture.badgeColor;
    for (const [r, c, text] of badges)
      ctx.fillText(text, c * size + BADGE_INSET, r * size + BADGE_INSET - 1);
  }
}
