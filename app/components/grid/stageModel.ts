import type { LinkGeometry } from '../../../engine';

/** Per axis: [height, width]. */
export type Pair = [number, number];

/**
 * What a sliding-window figure (convolution, pooling) draws: the input with its padding, the
 * kernel, the output, and the engine's link geometry between them. Built by each view's model
 * from the engine; the stage only draws it.
 */
export interface StageModel {
  input: Pair;
  kernel: Pair;
  stride: Pair;
  dilation: Pair;
  padBefore: Pair;
  padAfter: Pair;
  /** The last cells of `padAfter` that lie past the padding (a ceil-mode window hangs there). */
  overhang: Pair;
  /** Rows and columns drawn for the input side: input plus padding. */
  padded: Pair;
  output: Pair | null;
  /** Null when the configuration is invalid: the input is still drawn. */
  geometry: LinkGeometry | null;
  /** Cells at the far end of each padded axis that no window reaches. */
  dropped: Pair;
  /** Seeded input values, kernel weights (null for pooling) and the engine's output. */
  values: { input: Float64Array; kernel: Float64Array | null; output: Float64Array | null };
  /** What a padding cell holds: '0' (conv, avg pool) or '−∞' (max pool). */
  padValue: string;
}
