import { PALETTE, shade } from '../grid/palette';
import type { CellPaint } from '../grid/paintGrid';
import {
  SCENE,
  type Scene,
  type SceneGrid,
  type SceneMark,
  type SceneShape,
  type SceneText,
} from './scene';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Text made safe for SVG markup (content and attribute values). */
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);

/** Font sizes of values and corner labels, as the screen draws them. */
export const textSize = (cell: number) => Math.round(Math.min(cell * 0.42, 16));
export const badgeSize = (cell: number) => Math.round(Math.min(Math.max(cell * 0.28, 10), 12));
/** Values need this many pixels per cell to be printed (as on screen). */
export const TEXT_MIN_CELL = 15;
export const BADGE_MIN_CELL = 30;

/** The hatching of a cell (cells the floor drops) as line segments. */
export function hatchLines(x: number, y: number, size: number): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (let k = 4; k < 2 * size; k += 6) {
    out.push([
      x + Math.max(0, k - size),
      y + Math.min(k, size),
      x + Math.min(k, size),
      y + Math.max(0, k - size),
    ]);
  }
  return out;
}

const n = (v: number) => String(Math.round(v * 100) / 100);

function cellSvg(paint: CellPaint, x: number, y: number, size: number): string {
  const fill = paint.shaded ? shade(paint.fill) : paint.fill;
  const parts: string[] = [];
  const stroke = paint.stroke
    ? ` stroke="${paint.stroke}" stroke-width="${paint.strong ? 2.5 : 1}"${paint.dashed && !paint.strong ? ' stroke-dasharray="3 3"' : ''}`
    : '';
  const inset = paint.strong ? 1.25 : 0.5;
  parts.push(
    `<rect class="cell" x="${n(x + inset)}" y="${n(y + inset)}" width="${n(size - 2 * inset)}" height="${n(size - 2 * inset)}" fill="${fill}"${stroke}/>`,
  );
  if (paint.hatch) {
    const d = hatchLines(x, y, size)
      .map(([x1, y1, x2, y2]) => `M${n(x1)} ${n(y1)}L${n(x2)} ${n(y2)}`)
      .join('');
    parts.push(`<path d="${d}" stroke="${paint.hatch}" fill="none"/>`);
  }
  if (paint.text !== undefined && size >= TEXT_MIN_CELL) {
    parts.push(
      `<text x="${n(x + size / 2)}" y="${n(y + size / 2 + 1)}" font-size="${textSize(size)}" fill="${paint.textColor ?? PALETTE.text}" text-anchor="middle" dominant-baseline="central">${escapeXml(paint.text)}</text>`,
    );
  }
  return parts.join('');
}

function badgesSvg(grid: SceneGrid): string {
  if (grid.cell < BADGE_MIN_CELL) return '';
  return grid.cells
    .map((paint, index) => {
      if (paint.badge === undefined) return '';
      const x = grid.x + (index % grid.cols) * grid.cell + 4;
      const y = grid.y + Math.floor(index / grid.cols) * grid.cell + 3;
      return `<text x="${n(x)}" y="${n(y)}" font-size="${badgeSize(grid.cell)}" fill="${PALETTE.badge}" dominant-baseline="hanging">${escapeXml(paint.badge)}</text>`;
    })
    .join('');
}

function gridSvg(grid: SceneGrid): string {
  const cells = grid.cells
    .map((paint, index) =>
      cellSvg(
        paint,
        grid.x + (index % grid.cols) * grid.cell,
        grid.y + Math.floor(index / grid.cols) * grid.cell,
        grid.cell,
      ),
    )
    .join('');
  const f = grid.frame;
  const frame = f
    ? `<rect class="window" x="${n(grid.x + f.col * grid.cell + 1.5)}" y="${n(grid.y + f.row * grid.cell + 1.5)}" width="${n(f.cols * grid.cell - 3)}" height="${n(f.rows * grid.cell - 3)}" fill="none" stroke="${PALETTE.windowStroke}" stroke-width="3"/>`
    : '';
  const caption = grid.caption
    ? `<text class="caption" x="${n(grid.x)}" y="${n(grid.y - 8)}" font-size="14" fill="${PALETTE.text}">${escapeXml(grid.caption)}</text>`
    : '';
  const marks = (grid.marks ?? []).map((mark) => markSvg(grid, mark)).join('');
  return `<g data-grid="${escapeXml(grid.id)}">${caption}${cells}${frame}${marks}${badgesSvg(grid)}</g>`;
}

function markSvg(grid: SceneGrid, mark: SceneMark): string {
  const { box } = mark;
  const inset = mark.inset ?? mark.width / 2;
  const dash = mark.dash ? ` stroke-dasharray="${mark.dash.join(' ')}"` : '';
  return `<rect class="mark" x="${n(grid.x + box.col * grid.cell + inset)}" y="${n(grid.y + box.row * grid.cell + inset)}" width="${n(box.cols * grid.cell - 2 * inset)}" height="${n(box.rows * grid.cell - 2 * inset)}" fill="none" stroke="${mark.stroke}" stroke-width="${mark.width}"${dash}/>`;
}

function shapeSvg(shape: SceneShape): string {
  if (shape.kind === 'rect') {
    const stroke = shape.stroke ? ` stroke="${shape.stroke}"` : '';
    return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" rx="${shape.radius ?? 0}" fill="${shape.fill}"${stroke}/>`;
  }
  return `<path d="${escapeXml(shape.d)}" stroke="${shape.stroke}" stroke-width="${shape.width}" fill="none"/>`;
}

/** A free line of text: a heading, a slice's index, a note. */
function textSvg(t: SceneText): string {
  const font = t.mono ? ` font-family='${SCENE.mono}'` : '';
  const weight = t.bold ? ' font-weight="700"' : '';
  const anchor = t.anchor && t.anchor !== 'start' ? ` text-anchor="${t.anchor}"` : '';
  return `<text class="label" x="${n(t.x)}" y="${n(t.y)}" font-size="${t.size ?? 14}" fill="${t.color ?? PALETTE.text}"${font}${weight}${anchor}>${escapeXml(t.text)}</text>`;
}

/**
 * The scene as a standalone SVG document: every cell a `<rect>`, every value and caption a
 * `<text>`, the padding's dashes as `stroke-dasharray`, the same colours as the screen.
 */
export function sceneSvg(scene: Scene): string {
  const lines = scene.lines
    .map(([a, b]) => `M${n(a[0])} ${n(a[1])}L${n(b[0])} ${n(b[1])}`)
    .join('');
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" font-family='${SCENE.font}'>`,
    `<title>${escapeXml(scene.title)}</title>`,
    `<rect width="100%" height="100%" fill="${SCENE.background}"/>`,
    ...(scene.shapes ?? []).map(shapeSvg),
    lines
      ? `<path class="window-link" d="${lines}" stroke="${PALETTE.windowStroke}" fill="none"/>`
      : '',
    ...scene.grids.map(gridSvg),
    ...(scene.texts ?? []).map(textSvg),
    `</svg>`,
    '',
  ].join('\n');
}
