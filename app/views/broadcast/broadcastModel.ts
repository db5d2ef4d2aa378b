/**
 * From the URL's broadcasting parameters to everything the view shows: operands with seeded
 * values, the engine's per-axis analysis, the result or the exact error texts, and what the
 * picture can draw. Pure: no React, no store; all arithmetic comes from the engine. Shapes,
 * verdicts and errors need no values; values (operands' and the result's) are computed one
 * element at a time, only for what is drawn, so a (64, 64, 64, 64, 64, 64) result costs nothing.
 */
import {
  ELEMENTWISE_OPS,
  analyzeBroadcast,
  elementwiseValue,
  formatTuple,
  numel,
  numpyBroadcastShapesMessage,
  numpyChainMessage,
  seededIntegerAt,
  sourceIndex,
  torchBroadcastMessage,
  type BroadcastAnalysis,
  type ElementwiseOp,
} from '../../../engine';
import type { ViewParams } from '../../url/schema';
import { displayAxes, type DisplayAxis } from './picture';

export const OPERAND_NAMES = ['a', 'b', 'c', 'd'] as const;
export type OperandName = (typeof OPERAND_NAMES)[number];

export interface Operand {
  name: OperandName;
  shape: number[];
  /** How many elements it stores. */
  count: number;
  /** The value of element `index` (row-major), drawn from the seed on demand. */
  valueAt: (index: number) => number;
}

export interface BroadcastModel {
  operands: Operand[];
  op: ElementwiseOp;
  analysis: BroadcastAnalysis;
  /** Result shape, or null on a mismatch. */
  shape: number[] | null;
  /**
   * The result element at a row-major index (comparisons: 1/0), or null on a mismatch.
   * Computed on demand: only the elements shown are ever computed, however large the shape.
   */
  resultAt: ((index: number) => number) | null;
  /** NumPy's text for the expression as written (a + b + c), or null. */
  numpyError: string | null;
  /** NumPy's `np.broadcast_shapes` text, or null. */
  numpyShapesError: string | null;
  /** PyTorch's text for the expression, or null. */
  torchError: string | null;
  /** The frame the picture uses: the result shape, or per-axis largest size on a mismatch. */
  frame: number[];
  /** 'rank' when the frame has more than three axes (summarised in words), else null. */
  drawLimit: 'rank' | null;
  /** For each frame axis, the positions the picture draws (null: a gap), or null for 'rank'. */
  display: DisplayAxis[] | null;
  /** Axes some operand is stretched along, trailing axis first: the animation's steps. */
  stretchOrder: number[];
}

/** Seeded integers 0–9, a different stream per operand slot: element `index` of it. */
export function operandValue(seed: number, slot: number, index: number): number {
  return seededIntegerAt(seed * 4 + slot, index, 0, 9);
}

/** The operands the parameters name, in order a, b, c, d (unused ones left out). */
export function operandsOf(params: ViewParams<'broadcast'>): Operand[] {
  return OPERAND_NAMES.flatMap((name, slot) => {
    const shape = params[name];
    if (!shape) return [];
    const valueAt = (index: number) => operandValue(params.seed, slot, index);
    return [{ name, shape, count: numel(shape), valueAt }];
  });
}

/** The result element at a row-major index: the operation on the elements that meet there. */
function resultAtOf(operands: readonly Operand[], shape: number[], op: ElementwiseOp) {
  return (index: number) =>
    elementwiseValue(
      op,
      operands.map((o) => o.valueAt(sourceIndex(index, shape, o.shape))),
    );
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
    resultAt: shape ? resultAtOf(operands, shape, op) : null,
    numpyError: numpyChainMessage(shapes),
    numpyShapesError: analysis.conflict
      ? numpyBroadcastShapesMessage(shapes, analysis.conflict)
      : null,
    torchError: torchBroadcastMessage(shapes),
    frame,
    drawLimit: frame.length > 3 ? 'rank' : null,
    display: frame.length > 3 ? null : displayAxes(frame),
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
