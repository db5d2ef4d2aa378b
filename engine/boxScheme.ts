// The names and sizes of the box-regression example: coordinates, weighting schemes and the
// shape of its built-in batch (see boxLoss.ts and boxExample.ts). Light: the URL table uses it.

/** The four box deltas of one anchor, in the order every detector stores them. */
export const BOX_COORDS = ['dx', 'dy', 'dw', 'dh'] as const;
export type BoxCoord = (typeof BOX_COORDS)[number];
export type BoxDeltas = readonly [number, number, number, number];

/**
 * How a codebase weighs and normalises the batch:
 * - `rpn`: py-faster-rcnn RPN. w_in = 1 on positive anchors, w_out = 1/#sampled on every sampled
 *   anchor, N = 1 (the blob's first axis).
 * - `head`: py-faster-rcnn Fast R-CNN head. w_in = 1 on foreground RoIs, w_out = (w_in > 0),
 *   N = #RoIs.
 * - `sampled`: torchvision and detectron2. `smooth_l1(pred[pos], target[pos], reduction='sum')`
 *   divided by #sampled, i.e. w_in = w_out = 1 on positives, N = #sampled.
 * - `mean`: PyTorch's default `reduction='mean'` over the positives' elements, N = 4 · #positive.
 */
export const BOX_SCHEMES = ['rpn', 'head', 'sampled', 'mean'] as const;
export type BoxScheme = (typeof BOX_SCHEMES)[number];

/**
 * The worked example's built-in batch: how many anchors it has, which are positive by default
 * (counted from 1, as the table and the URL `pos=1,2` number them), and the range edited deltas
 * are kept within (box deltas are small; log-space dw, dh too).
 */
export const BOX_EXAMPLE = {
  anchors: 8,
  defaultPositives: [1, 2],
  deltaRange: { min: -10, max: 10 },
} as const;
