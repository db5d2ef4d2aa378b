/**
 * Paints a grid of cells on a canvas in a number of calls that does not grow with the cells:
 * fills go through a one-pixel-per-cell image scaled up without smoothing; outlines are merged
 * into runs of equal style along each grid line; only the few emphasised cells, hatched cells
 * and printed values are drawn one by one.
 */

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
}

const TEXT_MIN_CELL = 15;
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

let scratch: HTMLCanvasElement | null = null;

/** Backing-store sizes are rounded up to this many device pixels. */
const BUCKET = 256;
const roundUp = (n: number) => Math.ceil(n / BUCKET) * BUCKET;

/**
 * Makes the canvas large enough for the picture. Resizing a canvas makes the browser allocate
 * a new backing store (about 10 ms for a large one), so the store grows in steps and is reused
 * while the grid changes size inside it; the element around the canvas clips the slack.
 */
function prepare(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
): CanvasRenderingContext2D | null {
  const ratio = window.devicePixelRatio || 1;
  const w = Math.ceil(width * ratio);
  const h = Math.ceil(height * ratio);
  if (
    canvas.width < w ||
    canvas.height < h ||
    canvas.width > 2 * w + BUCKET ||
    canvas.height > 2 * h + BUCKET
  ) {
    canvas.width = roundUp(w);
    canvas.height = roundUp(h);
    canvas.style.width = `${canvas.width / ratio}px`;
    canvas.style.height = `${canvas.height / ratio}px`;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, canvas.width / ratio, canvas.height / ratio);
  ctx.translate(1, 1);
  return ctx;
}

export function paintGrid(canvas: HTMLCanvasElement, picture: GridPicture): void {
  const { rows, cols, size } = picture;
  const ctx = prepare(canvas, cols * size + 2, rows * size + 2);
  if (!ctx) return;

  scratch ??= document.createElement('canvas');
  scratch.width = cols;
  scratch.height = rows;
  const sctx = scratch.getContext('2d');
  if (!sctx) return;
  const image = sctx.createImageData(cols, rows);
  // Outline styles seen so far: index 0 is "none"; `s…`/`d…` are solid/dashed colours.
  const styles: string[] = [''];
  const solidIds = new Map<string, number>();
  const dashedIds = new Map<string, number>();
  const edge = new Int32Array(rows * cols);
  const strong: [number, number, string][] = [];
  const hatched = new Map<string, [number, number][]>();
  const texts: [number, number, string, string][] = [];
  const badges: [number, number, string][] = [];
  const showText = size >= TEXT_MIN_CELL;
  const showBadge = size >= BADGE_MIN_CELL;

  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const cell = picture.paint(r, c);
      const at = r * cols + c;
      if (!cell) continue;
      const [red, green, blue, alpha] = rgba(cell.shaded ? shade(cell.fill) : cell.fill);
      const px = at * 4;
      image.data[px] = red;
      image.data[px + 1] = green;
      image.data[px + 2] = blue;
      image.data[px + 3] = alpha;
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
      if (showText && cell.text !== undefined)
        texts.push([r, c, cell.text, cell.textColor ?? picture.textColor]);
      if (showBadge && cell.badge !== undefined) badges.push([r, c, cell.badge]);
    }
  }
  sctx.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(scratch, 0, 0, cols * size, rows * size);

  // Outlines: along every grid line, runs of equal style become one segment. Between two cells
  // of different styles the solid one wins over the dashed one, and a styled one over none.
  const paths = styles.map(() => new Path2D());
  const pick = (a: number, b: number) => {
    if (!a) return b;
    if (!b) return a;
    return styles[a][0] === 's' || styles[b][0] !== 's' ? a : b;
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
        const p = paths[current];
        if (horizontal) {
          p.moveTo(start * size, fixed * size + 0.5);
          p.lineTo(k * size, fixed * size + 0.5);
        } else {
          p.moveTo(fixed * size + 0.5, start * size);
          p.lineTo(fixed * size + 0.5, k * size);
        }
      }
      start = k;
      current = next;
    }
  };
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
  ctx.lineWidth = 1;
  styles.forEach((key, id) => {
    if (!id) return;
    ctx.setLineDash(key[0] === 'd' ? [3, 3] : []);
    ctx.strokeStyle = key.slice(1);
    ctx.stroke(paths[id]);
  });
  ctx.setLineDash([]);

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
    for (const [r, c, text, color] of texts) {
      ctx.fillStyle = color;
      ctx.fillText(text, c * size + size / 2, r * size + size / 2 + 1);
    }
  }
  picture.overlay?.(ctx, size);
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
