/**
 * The mask lab's figure as a picture: the matrix `a` with the selected elements marked, the
 * mask beside it (True filled and checked, as on screen), and `a[mask]` under them, always
 * one row; its heading and captions in the page's language (built on the page, where the
 * catalogues are). Loaded only when a picture is asked for.
 */
import type { CellPaint } from '../../components/grid/paintGrid';
import { captionWidth, SCENE, type Scene, type SceneGrid } from '../../components/export/scene';
import { t } from '../../i18n/i18n';
import type { MaskModel } from './maskModel';

/** The page's colours (global.css): accent, its soft fill, borders, muted text. */
const COLOURS = {
  accent: '#005a8e',
  accentSoft: '#e3eff8',
  border: '#c9cfd6',
  white: '#ffffff',
  muted: '#4f5965',
} as const;

const plain: CellPaint = { fill: COLOURS.white, stroke: COLOURS.border };
const selected: CellPaint = { fill: COLOURS.accentSoft, stroke: COLOURS.accent, strong: true };
const isTrue: CellPaint = {
  fill: COLOURS.accent,
  stroke: COLOURS.white,
  text: '✓',
  textColor: COLOURS.white,
};

/** A cell wide enough for the longest value at the scene's 16 px: `-99.5` needs 56 px. */
const cellFor = (longest: number) => (longest <= 3 ? 40 : longest === 4 ? 48 : 56);

/** `(3, 4)`, `(5,)`: a shape as Python prints it. */
const shapeText = (shape: readonly number[]) =>
  `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;

/**
 * The picture, or null when the condition gives no mask of at most two axes.
 *
 * @param condition the condition as typed, for the heading
 */
export function maskScene(model: MaskModel, condition: string): Scene | null {
  const mask = model.analysis.mask;
  if (!mask || mask.shape.length > 2 || mask.data.length !== model.matrix.data.length) return null;
  const values = model.cells.flat();
  const [rows, cols] = mask.shape.length === 2 ? mask.shape : [1, mask.shape[0] ?? 1];
  const picked = values.filter((_, k) => mask.data[k]);
  const cell = cellFor(Math.max(1, ...values.map((v) => v.length)));
  const pickedCell = Math.max(28, Math.min(cell, Math.floor(1200 / Math.max(1, picked.length))));
  const dtype = model.matrix.dtype === 'float' ? 'float64' : 'int64';

  const top = SCENE.margin + 20;
  const y = top + 16 + SCENE.caption;
  const grid = (
    id: string,
    caption: string,
    x: number,
    gy: number,
    size: number,
    n: [number, number],
    cells: CellPaint[],
  ): SceneGrid => ({
    id,
    caption,
    x,
    y: gy,
    rows: n[0],
    cols: n[1],
    cell: size,
    cells,
  });
  const matrix = grid(
    'a',
    `a ${shapeText(model.matrix.shape)}, ${dtype}`,
    SCENE.margin,
    y,
    cell,
    [rows, cols],
    values.map((text, k) => ({ ...(mask.data[k] ? selected : plain), text })),
  );
  const maskX = SCENE.margin + cols * cell + SCENE.gap;
  const trues = picked.length;
  const maskGrid = grid(
    'mask',
    t('mask.export.mask', { name: 'mask', shape: shapeText(mask.shape), count: trues }),
    maskX,
    y,
    cell,
    [rows, cols],
    mask.data.map((on) => (on ? isTrue : plain)),
  );
  const outY = y + rows * cell + SCENE.gap + SCENE.caption / 2;
  const output = grid(
    'output',
    t(trues ? 'mask.export.picked' : 'mask.export.empty', {
      name: 'a[mask]',
      shape: shapeText([trues]),
    }),
    SCENE.margin,
    outY,
    pickedCell,
    [1, trues],
    picked.map((text) => ({ fill: COLOURS.accentSoft, stroke: COLOURS.accent, text })),
  );
  const width = Math.max(
    maskX + cols * cell + SCENE.margin,
    SCENE.margin * 2 + trues * pickedCell,
    SCENE.margin * 2 + captionWidth(output.caption),
    maskX + captionWidth(maskGrid.caption) + SCENE.margin,
    SCENE.margin * 2 + (condition.length + 7) * 10,
  );
  return {
    title: t('mask.export.title', { condition }),
    width,
    height: outY + (trues ? pickedCell : 0) + SCENE.margin,
    grids: [matrix, maskGrid, output],
    lines: [],
    texts: [
      { x: SCENE.margin, y: top, text: `mask = ${condition}`, size: 16, bold: true, mono: true },
    ],
  };
}
