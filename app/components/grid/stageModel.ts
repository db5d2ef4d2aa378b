import type { AxisGeometry, LinkGeometry } from '../../../engine';
import type { AxisPair } from '../../url/fields';

/**
 * What a sliding-window figure (convolution, pooling) draws: the input with its padding, the
 * kernel, the output, and the engine's link geometry between them. Built by each view's model
 * from the engine; the stage only draws it.
 */
export interface StageModel {
  /** Height and width as the engine takes them. */
  axes: readonly [AxisGeometry, AxisGeometry];
  /** Cells drawn past the right padding per axis: ceil-mode windows reach there. */
  overhang: AxisPair;
  /** Rows and columns of the input grid: the input, its padding and the overhang. */
  padded: AxisPair;
  output: AxisPair | null;
  /** Null when the configuration is invalid: the input is still drawn. */
  geometry: LinkGeometry | null;
  /** Cells at the far end of each padded axis that no window reaches. */
  dropped: AxisPair;
  /** Seeded input values, kernel weights (null for pooling) and the engine's output. */
  values: { input: Float64Array; kernel: Float64Array | null; output: Float64Array | null };
  /** What a padding cell holds: zero (conv, avg pool) or minus infinity (max pool). */
  padValue: '0' | '−∞';
  /** Ceil-mode pooling: per axis, where the window PyTorch drops would start (null: none). */
  droppedWindow?: readonly [number | null, number | null];
}
