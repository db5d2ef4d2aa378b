/**
 * Which cells light up when one is hovered, focused or pinned (or, with none, at the
 * animation step): the engine's index maps turned into sets over the drawn grids.
 */
import { colLinksAt, rowLinks, tapLinks } from '../../../engine';
import type { CellRef } from '../../store/viewSlice';
import type { StageModel } from './stageModel';
import { t } from '../../i18n/i18n';

export interface Highlight {
  /** Padded-input cell → kernel tap that reads it (−1: the hovered cell itself). */
  input: Map<number, number>;
  output: Set<number>;
  taps: Set<number>;
  /** The output cell whose window is drawn (hovered output, or the animation step). */
  window: number | null;
  /** Where the highlight comes from. */
  source: CellRef | null;
  /** One sentence describing the links, for sighted and screen-reader users alike. */
  summary: string;
}

const rc = (index: number, cols: number) => `(${Math.floor(index / cols)}, ${index % cols})`;

/** Padded-grid index of an input coordinate (possibly in the padding). */
function paddedIndex(model: StageModel, coord: readonly number[]): number {
  const [h, w] = model.axes;
  return (coord[0] + h.padBefore) * model.padded[1] + coord[1] + w.padBefore;
}

/**
 * The cells linked to `focus` (an output: its window; an input or padding cell: the outputs it
 * feeds; a kernel tap: the inputs it touches), or with no focus to the output at `step`.
 */
export function highlightFor(model: StageModel, focus: CellRef | null, step: number): Highlight {
  const empty: Highlight = {
    input: new Map(),
    output: new Set(),
    taps: new Set(),
    window: null,
    source: focus,
    summary: '',
  };
  const geo = model.geometry;
  if (!geo || !model.output) return empty;
  const outCols = model.output[1];
  const outputs = model.output[0] * model.output[1];

  if (!focus || focus.grid === 'output') {
    const index = focus ? focus.index : Math.min(step, outputs - 1);
    if (index < 0 || index >= outputs) return empty;
    const links = rowLinks(geo, index);
    const input = new Map(links.map((l) => [paddedIndex(model, l.col), l.tap]));
    const onPadding = links.filter((l) => l.colIndex < 0).length;
    return {
      input,
      output: new Set([index]),
      taps: new Set(links.map((l) => l.tap)),
      window: index,
      source: focus,
      summary: model.values.kernel
        ? t('common.hl.outputReads', {
            cell: rc(index, outCols),
            count: links.length,
            input: links.length - onPadding,
            padding: onPadding,
          })
        : t('common.hl.outputPools', {
            cell: rc(index, outCols),
            count: links.length,
            input: links.length - onPadding,
            padding: onPadding,
          }),
    };
  }
  const [h, w] = model.axes;
  if (focus.grid === 'input') {
    const pr = Math.floor(focus.index / model.padded[1]);
    const pc = focus.index % model.padded[1];
    const coord = [pr - h.padBefore, pc - w.padBefore];
    const links = colLinksAt(geo, coord);
    const isPadding = coord[0] < 0 || coord[1] < 0 || coord[0] >= h.input || coord[1] >= w.input;
    const what = isPadding
      ? t('common.hl.paddingCell', { cell: `(${pr}, ${pc})` })
      : t('common.hl.inputCell', { cell: `(${coord[0]}, ${coord[1]})` });
    return {
      input: new Map([[focus.index, -1]]),
      output: new Set(links.map((l) => l.row)),
      taps: new Set(links.map((l) => l.tap)),
      window: null,
      source: focus,
      summary: links.length
        ? t('common.hl.feeds', { what, count: links.length })
        : t(isPadding ? 'common.hl.feedsNone' : 'common.hl.feedsNoneUncovered', { what }),
    };
  }
  // A kernel tap: every input cell it touches, and the outputs it contributes to there.
  const links = tapLinks(geo, focus.index);
  const input = new Map<number, number>();
  for (const l of links) {
    input.set(
      paddedIndex(model, [Math.floor(l.colIndex / w.input), l.colIndex % w.input]),
      focus.index,
    );
  }
  return {
    input,
    output: new Set(links.map((l) => l.row)),
    taps: new Set([focus.index]),
    window: null,
    source: focus,
    summary: t('common.hl.tapTouches', { tap: rc(focus.index, w.kernel), count: links.length }),
  };
}
