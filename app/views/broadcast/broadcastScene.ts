/**
 * The broadcasting picture as scenes, one per step of the stretch (the GIF's frames): operands
 * side by side in the result's frame, a 3-D frame as a column of slices, then the result,
 * painted as on screen with nothing hovered. Loaded only when a picture is asked for.
 */
import { formatTuple } from '../../../engine';
import { t } from '../../i18n/i18n';
import { SCENE, type Scene, type SceneGrid, type SceneText } from '../../components/export/scene';
import type { CellPaint } from '../../components/grid/paintGrid';
import { PALETTE } from '../../components/grid/palette';
import type { BroadcastModel } from './broadcastModel';
import { asSlices, frameCoord, gapText, stretchStatus } from './picture';
import {
  cellSizeFor,
  gapPaint,
  operandPainter,
  resultPainter,
  stretchedAxes,
} from './picturePaint';

/** A cell the stretch has not reached: nothing drawn, as on screen. */
const BLANK: CellPaint = { fill: SCENE.background };
/** Room for a slice's index `[3, :, :]` left of its grid. */
const SLICE_LABEL = 64;
const SLICE_GAP = 8;
/**
 * Roughly how wide a line of text is drawn at a font size, for the columns' widths: Latin
 * letters and digits about 0.6 em, Chinese characters and full-width punctuation a whole em.
 */
const textWidth = (text: string, size: number) =>
  [...text].reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? size : 0.6 * size), 0);

type Painter = (coord: number[]) => CellPaint | null;

/** One tensor's column: its caption, then its slices (or why none are drawn). */
function column(
  model: BroadcastModel,
  id: string,
  caption: string,
  paint: Painter | null,
  x: number,
  top: number,
) {
  const { frame } = model;
  const display = model.display ?? [];
  const cell = cellSizeFor(display, model.op.kind);
  const [slices, rows, cols] = asSlices(display);
  const label = frame.length === 3 ? SLICE_LABEL : 0;
  const grids: SceneGrid[] = [];
  const texts: SceneText[] = [{ x, y: top, text: caption, bold: true }];
  let y = top + 12;
  let width = Math.max(textWidth(caption, 14), label + cols.length * cell);
  const note = (text: string) => {
    texts.push({ x, y: y + 14, text, size: 13, color: PALETTE.mutedText });
    width = Math.max(width, textWidth(text, 13));
    y += 24;
  };
  if (!paint) note(t('broadcast.ex.noResult'));
  else if (frame.some((size) => size === 0)) note(t('broadcast.tg.empty'));
  else {
    slices.forEach((d, k) => {
      if (d === null) {
        return note(
          `⋮ ${t('broadcast.tg.notDrawn', { what: gapText(slices, k, t('broadcast.tg.slices')) })}`,
        );
      }
      const cells: CellPaint[] = [];
      for (let r = 0; r < rows.length; r++) {
        for (let c = 0; c < cols.length; c++) {
          const row = rows[r];
          const col = cols[c];
          cells.push(
            row === null || col === null
              ? gapPaint(row === null, col === null)
              : (paint(frameCoord(frame, d, row, col)) ?? BLANK),
          );
        }
      }
      if (label) {
        texts.push({
          x,
          y: y + 14,
          text: `[${d}, :, :]`,
          size: 11,
          mono: true,
          color: PALETTE.mutedText,
        });
      }
      grids.push({
        id: frame.length === 3 ? `${id}[${d}]` : id,
        caption: '',
        x: x + label,
        y,
        rows: rows.length,
        cols: cols.length,
        cell,
        cells,
      });
      y += rows.length * cell + SLICE_GAP;
    });
  }
  return { grids, texts, width, bottom: y };
}

/** The picture after `stage` steps of the stretch. */
function broadcastScene(model: BroadcastModel, stage: number): Scene {
  const { operands, shape, op } = model;
  const stretched = stretchedAxes(model, stage);
  const shapes = operands.map((o) => `${o.name} ${formatTuple(o.shape)}`).join(', ');
  const heading = t('broadcast.ex.heading', {
    op: t(`broadcast.op.${op.id}`),
    shapes,
    result: shape ? formatTuple(shape) : t('broadcast.st.none'),
  });
  const top = SCENE.margin + 18 + SCENE.caption;
  const columns = [
    ...operands.map((o) => ({
      id: o.name,
      caption: `${o.name} ${formatTuple(o.shape)}`,
      paint: operandPainter(model, o, stretched, null) as Painter | null,
    })),
    {
      id: 'result',
      caption: shape
        ? `${t('broadcast.pic.resultTitle', { shape: formatTuple(shape) })}${op.numpyDtype}`
        : t('broadcast.st.result'),
      paint: shape ? resultPainter(model, null) : null,
    },
  ];
  const grids: SceneGrid[] = [];
  const texts: SceneText[] = [
    { x: SCENE.margin, y: SCENE.margin + 16, text: heading, size: 16, bold: true },
  ];
  let x = SCENE.margin;
  let bottom = top;
  for (const c of columns) {
    const placed = column(model, c.id, c.caption, c.paint, x, top);
    grids.push(...placed.grids);
    texts.push(...placed.texts);
    x += placed.width + SCENE.gap;
    bottom = Math.max(bottom, placed.bottom);
  }
  const notes = [
    ...(shape && model.stretchOrder.length ? [stretchStatus(model.stretchOrder, stage)] : []),
    t('broadcast.ex.legend'),
    ...(op.kind === 'bool' ? ['T = True, F = False'] : []),
  ];
  let y = bottom + 8;
  for (const text of notes) {
    texts.push({ x: SCENE.margin, y: y + 14, text, size: 13, color: PALETTE.mutedText });
    y += 22;
  }
  const width = Math.max(
    x - SCENE.gap + SCENE.margin,
    ...notes.map((note) => SCENE.margin * 2 + textWidth(note, 13)),
    SCENE.margin * 2 + textWidth(heading, 16),
  );
  return {
    title: t('broadcast.ex.title', { heading }),
    width: Math.ceil(width),
    height: Math.ceil(y + SCENE.margin),
    grids,
    lines: [],
    texts,
  };
}

/** One scene per step of the stretch, from the operands as stored to every axis stretched. */
export function broadcastScenes(model: BroadcastModel): Scene[] {
  const stages = model.shape ? model.stretchOrder.length + 1 : 1;
  return Array.from({ length: stages }, (_, stage) => broadcastScene(model, stage));
}
