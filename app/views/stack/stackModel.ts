import {
  LAYER_MODULES,
  layerLinkCounts,
  receptiveFieldProgression,
  stackCellLinks,
  stackInfo,
  stackLayerFixes,
  tokenLayer,
  traceStack,
  type Fix,
  type Msg,
  type Layer,
  type LayerToken,
  type ReceptiveFieldAxis,
  type StackInfo,
} from '../../../engine';
import type { AxisPair } from '../../url/fields';
import type { ViewParams } from '../../url/schema';
import { applyLayerFix, isLayerFix } from './layerEdits';
import { t } from '../../i18n/i18n';

/** One feature map of the picture: the input, or the output of one layer. */
export interface StackMap {
  /** 0 for the input, n for the output of layer n (1-based). */
  index: number;
  shape: AxisPair;
  /** "Input" or "Layer 2 · MaxPool2d". */
  title: string;
  /**
   * Per axis, how many links the next layer has to each cell (0: that layer never reads it,
   * the floor drops it or the stride skips it); null for the last map drawn.
   */
  readBy: number[][] | null;
}

/** A cell of one feature map. */
export interface MapCell {
  map: number;
  cell: AxisPair;
}

export interface StackModel {
  tokens: LayerToken[];
  input: AxisPair;
  /** The input's channels. */
  inChannels: number;
  /** Every layer, as the engine takes it. */
  layers: Layer[];
  /** The layers PyTorch runs before it refuses one (all of them when it refuses none). */
  runnable: Layer[];
  /** The input and every map PyTorch computes. */
  maps: StackMap[];
  /** The torchinfo-style table (sizes, module text, relationships, parameters). */
  info: StackInfo;
  /**
   * Distill's r, S, P after each map (index 0: the input), for the direct layers from the start
   * of the stack up to the first transposed or refused one.
   */
  receptive: ReceptiveFieldAxis[][];
  /** Why the receptive-field columns stop early, or null. */
  receptiveNote: string | null;
  /** 0-based index of the layer PyTorch refuses, or null. */
  refused: number | null;
  /** PyTorch's refusal ("layer 3: …"), or null. */
  error: string | null;
  /** The refusal as a message, for a page in another language (empty when none). */
  explain: Msg[];
  /** Settings of the refused layer one change away that PyTorch accepts. */
  fixes: Fix[];
  /** Applies one of `fixes` to the refused layer: the new layer text. */
  fixedTokens: (fix: Fix) => LayerToken[];
  /**
   * What the picture links when no cell is hovered: the centre of the last map (its receptive
   * field), or for a stack with a transposed layer the centre of the input (what it reaches,
   * the uneven overlaps compounding).
   */
  defaultFocus: MapCell;
}

const centre = ([h, w]: AxisPair): AxisPair => [(h - 1) >> 1, (w - 1) >> 1];

function receptiveOf(layers: readonly Layer[]): {
  receptive: ReceptiveFieldAxis[][];
  note: string | null;
} {
  const transposed = layers.findIndex((layer) => layer.op === 'convTranspose');
  const direct = transposed < 0 ? layers : layers.slice(0, transposed);
  // With no direct layer the input alone is in the table: every cell sees itself.
  const receptive = direct.length
    ? receptiveFieldProgression(direct)
    : [[0, 1].map(() => ({ size: 1, jump: 1, padding: 0 }))];
  if (transposed < 0) return { receptive, note: null };
  return {
    receptive,
    note: t('stack.rfNote', { n: transposed + 1 }),
  };
}

/**
 * The stack's picture and table from the URL parameters: every size, link and receptive-field
 * number from the engine (`traceStack`, `stackInfo`, `receptiveFieldProgression`,
 * `layerLinkCounts`).
 */
export function buildStackModel(params: ViewParams<'stack'>): StackModel {
  const tokens = params.L;
  const input = params.i;
  const layers = tokens.map(tokenLayer);
  const trace = traceStack(input, layers);
  const info = stackInfo(input, tokens, params.cin);
  const runnable = layers.slice(0, trace.steps.length);
  const counts = trace.steps.map(layerLinkCounts);
  const maps = trace.shapes.map((shape, index): StackMap => ({
    index,
    shape: [shape[0], shape[1]],
    title:
      index === 0
        ? t('common.typed.input')
        : t('stack.map.layer', { n: index, module: LAYER_MODULES[tokens[index - 1].op] }),
    readBy: index < counts.length ? counts[index].map((axis) => axis.input) : null,
  }));
  const refused = info.error?.layer ?? null;
  const { receptive, note } = receptiveOf(refused === null ? layers : layers.slice(0, refused));
  const refusedInput = refused === null ? undefined : trace.shapes[refused];
  const fixes =
    refused !== null && refusedInput && info.error?.constraint.startsWith('groups') === false
      ? stackLayerFixes(tokens[refused], refusedInput).filter(isLayerFix)
      : [];
  const last = maps[maps.length - 1];
  const defaultFocus: MapCell = runnable.some((layer) => layer.op === 'convTranspose')
    ? { map: 0, cell: centre(maps[0].shape) }
    : { map: last.index, cell: centre(last.shape) };
  return {
    tokens,
    input,
    inChannels: params.cin,
    layers,
    runnable,
    maps,
    info,
    receptive,
    receptiveNote: note,
    refused,
    error: info.error?.message ?? null,
    explain: info.error ? [info.error.msg] : [],
    fixes,
    fixedTokens: (fix) =>
      tokens.map((token, n) => (n === refused ? applyLayerFix(token, fix) : token)),
    defaultFocus,
  };
}

/** The links of one cell, per map and axis (a cell's count is its row's times its column's). */
export interface CellLinks {
  /** Per map, the path count of each row and of each column (0: not linked). */
  rowPaths: Float64Array[];
  colPaths: Float64Array[];
  /** Per map, the linked row and column indices. */
  rows: number[][];
  cols: number[][];
  /** Per map, the largest path count of a cell. */
  max: number[];
  /** Per map, how many cells are linked. */
  cells: number[];
}

function dense(size: number, indices: readonly number[], paths: readonly number[]): Float64Array {
  const out = new Float64Array(size);
  for (let n = 0; n < indices.length; n++) out[indices[n]] = paths[n];
  return out;
}

const largest = (values: readonly number[]) => values.reduce((a, b) => Math.max(a, b), 0);

/**
 * What one cell links to in every map (`stackCellLinks`): its influence set with path counts in
 * the earlier maps, the cells it reaches in the later ones, itself in its own map. Kept per
 * axis (the 2-D count is the product, as `pathGrid` spreads it), so a hover costs the maps'
 * sides, not their areas.
 */
export function cellLinks(
  model: Pick<StackModel, 'input' | 'runnable' | 'maps'>,
  focus: MapCell,
): CellLinks {
  const links = stackCellLinks(model.input, model.runnable, focus.map, focus.cell);
  const shapes = model.maps.map((map) => map.shape);
  return {
    rowPaths: links.map(([h], n) => dense(shapes[n][0], h.indices, h.paths)),
    colPaths: links.map(([, w], n) => dense(shapes[n][1], w.indices, w.paths)),
    rows: links.map(([h]) => h.indices),
    cols: links.map(([, w]) => w.indices),
    max: links.map(([h, w]) => largest(h.paths) * largest(w.paths)),
    cells: links.map(([h, w]) => h.indices.length * w.indices.length),
  };
}

/** The focus when it still names a cell of a map drawn, else null. */
export function validFocus(model: StackModel, focus: MapCell | null): MapCell | null {
  if (!focus) return null;
  const map = model.maps[focus.map];
  if (!map) return null;
  const inside = focus.cell.every((index, axis) => index >= 0 && index < map.shape[axis]);
  return inside ? focus : null;
}

/**
 * Indices in words: a run `0–34`, a progression with holes `0–72, every 6th`, or a short list.
 *
 * @example describeIndices([0, 6, 12]) // '0–12, every 6th'
 */
export function describeIndices(indices: readonly number[]): string {
  if (indices.length === 0) return t('stack.idx.none');
  if (indices.length === 1) return String(indices[0]);
  const first = indices[0];
  const last = indices[indices.length - 1];
  const step = indices[1] - first;
  const even = indices.every((value, n) => value === first + n * step);
  if (even && step === 1) return `${first}–${last}`;
  if (even) return t('stack.idx.every', { range: `${first}–${last}`, step });
  if (indices.length <= 8) return indices.join(', ');
  return t('stack.idx.holes', { count: indices.length, range: `${first}–${last}` });
}
