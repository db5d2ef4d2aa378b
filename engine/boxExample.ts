/**
 * The worked example's built-in batch: 8 sampled anchors with predicted and target box deltas
 * (dx, dy, dw, dh). Anchors 1 and 2 are positive by default; their differences straddle
 * β = 1/9 so that both branches of the loss appear. Negatives have target 0 (py-faster-rcnn
 * fills non-foreground targets with zeros; only the inside weights keep them out of the loss).
 */
import type { BOX_EXAMPLE, BoxDeltas } from './boxScheme';

export interface ExampleAnchor {
  pred: BoxDeltas;
  target: BoxDeltas;
}

/** The anchors, as many as {@link BOX_EXAMPLE} says (the type checks the count). */
export const EXAMPLE_ANCHORS = [
  { pred: [0.1, -0.05, 0.2, 0.02], target: [0.15, -0.1, -0.1, 0.05] },
  { pred: [-0.3, 0.25, 0.05, -0.4], target: [0.1, 0.2, 0, -0.2] },
  { pred: [0.35, -0.12, 0.08, 0.22], target: [0, 0, 0, 0] },
  { pred: [-0.05, 0.4, -0.18, 0.03], target: [0, 0, 0, 0] },
  { pred: [0.12, 0.06, -0.3, -0.15], target: [0, 0, 0, 0] },
  { pred: [-0.22, -0.08, 0.14, 0.5], target: [0, 0, 0, 0] },
  { pred: [0.02, 0.18, 0.27, -0.06], target: [0, 0, 0, 0] },
  { pred: [-0.4, 0.1, -0.02, 0.09], target: [0, 0, 0, 0] },
] as const satisfies readonly ExampleAnchor[] & { length: (typeof BOX_EXAMPLE)['anchors'] };
