/**
 * From the URL's broadcasting parameters to everything the view shows: operands with seeded
 * values, the engine's per-axis analysis, the result or the exact error texts, and what the
 * picture can draw. Pure: no React, no store; all arithmetic comes from the engine.
 */
import {
  ELEMENTWISE_OPS,
  analyzeBroadcast,
  elementwise,
  formatTuple,
  numel,
  numpyBroadcastShapesMessage,
  numpyChainMessage,
  seededIntegers,
  torchBroadcastMessage,
  type BroadcastAnalysis,
  type ElementwiseOp,
} from '../../../engine';
import type { ViewParams } from '../../url/schema';

export const OPERAND_NAMES = ['a', 'b', 'c', 'd'] as const;
export type OperandName = (typeof OPERAND_NAMES)[number];

/** The picture draws grids of at most this many cells (per operand, in the result's frame). */
export const DRAW_LIMIT = 1024;
/** ... with at most this many 3-D slices and this many cells along one axis. */
export const DRAW_MAX_SLICES = 8;
export const DRAW_MAX_AXIS = 32;

export interface Operand {
  name: OperandName;
  shape: number[];
  values: Float64Array;
}

export interface BroadcastModel {
  operands: Operand[];
  op: ElementwiseOp;
  analysis: BroadcastAnalysis;
  /** Result shape, or null on a mismatch. */
  shape: number[] | null;
  /** Result values (comparisons: 1/0), or null on a mismatch. */
  result: Float64Array | null;
  /** NumPy's text for the expression as written (a + b + c), or null. */
  numpyError: string | null;
  /** NumPy's `np.broadcast_shapes` text, or null. */
  numpyShapesError: string | null;
  /** PyTorch's text for the expression, or null. */
  torchError: string | null;
  /** The frame the picture uses: the result shape, or per-axis largest size on a mismatch. */
  frame: number[];
  /** Why the picture cannot be drawn ('rank': summarised; 'size': too large), or null. */
  drawLimit: 'rank' | 'size' | null;
  /** Axes some operand is stretched along, trailing axis first: the animation's steps. */
  stretchOrder: number[];
}

/** Seeded integers 0–9, a different stream per operand slot. */
export function operandValues(seed: number, slot: number, shape: readonly number[]): Float64Array {
  return seededIntegers(seed * 4 + slot, numel(shape), 0, 9);
}

/** The operands the parameters name, in order a, b, c, d (unused ones left out). */
export function operandsOf(params: ViewParams<'broadcast'>): Operand[] {
  return OPERAND_NAMES.flatMap((name, slot) => {
    const shape = params[name];
    return shape ? [{ name, shape, values: operandValues(params.seed, slot, shape) }] : [];
  });
}

function drawLimitOf(frame: readonly number[]): BroadcastModel['drawLimit'] {
  if (frame.length > 3) return 'rank';
  const slices = frame.length === 3 ? frame[0] : 1;
  const tooBig =
    numel(frame) > DRAW_LIMIT ||
    slices > DRAW_MAX_SLICES ||
    frame.slice(-2).some((size) => size > DRAW_MAX_AXIS);
  return tooBig ? 'size' : null;
}

export function buildBroadcastModel(params: ViewParams<'broadcast'>): BroadcastModel {
  const operands = operandsOf(params);
  const shapes = operands.map((o) => o.shape);
  const op = ELEMENTWISE_OPS[params.op];
  const analysis = analyzeBroadcast(shapes);
  const shape = analysis.shape;
  const frame = shape ?? analysis.axes.map((axis) => Math.max(1, ...axis.sizes.map((s) => s ?? 1)));
  const stretchOrder = analysis.axes
    .map((axis, index) => ({ axis, index }))
    .filter(({ axis }) => axis.verdict === 'stretched')
    .map(({ index }) => index)
    .reverse();
  return {
    operands,
    op,
    analysis,
    shape,
    result: shape
      ? (elementwise(
          operands.map((o) => ({ shape: o.shape, data: o.values })),
          op,
        ).data as Float64Array)
      : null,
    numpyError: numpyChainMessage(shapes),
    numpyShapesError: analysis.conflict
      ? numpyBroadcastShapesMessage(shapes, analysis.conflict)
      : null,
    torchError: torchBroadcastMessage(shapes),
    frame,
    drawLimit: drawLimitOf(frame),
    stretchOrder,
  };
}

/** The text of `data-testid="broadcast-result"`: the shape, or NumPy's error for the expression. */
export function resultText(model: BroadcastModel): string {
  return model.shape ? formatTuple(model.shape) : (model.numpyError ?? '');
}

/** A value as the grids print it: integers plain, comparisons T/F, quotients to 2 decimals. */
export function formatValue(value: number, kind: ElementwiseOp['kind']): string {
  if (kind === 'bool') return value ? 'T' : 'F';
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
}
