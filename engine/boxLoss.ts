/**
 * The box-regression loss of a batch of sampled anchors (or RoIs), as Faster R-CNN's caffe layer
 * and its PyTorch successors weigh it. Per element (anchor i, coordinate c):
 *
 *   d = w_in · (pred − target)        inside weights scale the difference before the loss
 *   e = w_out · f_β(d)                outside weights scale the loss after
 *   L = Σ e / N                       N is the normaliser
 *   ∂L/∂pred = (1/N) · f′_β(d) · w_in · w_out
 *
 * with f_β PyTorch's Smooth L1 (β = 1/σ² for caffe's σ). See docs/semantics.md §4.1–4.2.
 */
import { ConfigError } from './errors';
import { BOX_COORDS, type BoxDeltas, type BoxScheme } from './boxScheme';
import { smoothL1, smoothL1Grad } from './smoothL1';

export { BOX_COORDS, BOX_SCHEMES } from './boxScheme';
export type { BoxCoord, BoxDeltas, BoxScheme } from './boxScheme';

/** Per-anchor weights and the normaliser of a scheme. */
export interface BoxWeights {
  /** w_in per anchor (the same on its 4 coordinates). */
  inside: number[];
  /** w_out per anchor (the same on its 4 coordinates). */
  outside: number[];
  normalizer: number;
  /** What N counts, in words ("number of sampled anchors"). */
  normalizerMeaning: string;
}

/**
 * The inside/outside weights and the normaliser a scheme gives a batch.
 *
 * @param positive one flag per sampled anchor
 * @example boxWeights('rpn', [true, false]) // inside [1, 0], outside [0.5, 0.5], N = 1
 */
export function boxWeights(scheme: BoxScheme, positive: readonly boolean[]): BoxWeights {
  const count = positive.length;
  const positives = positive.filter(Boolean).length;
  const inside = positive.map((p) => (p ? 1 : 0));
  switch (scheme) {
    case 'rpn':
      return {
        inside,
        outside: positive.map(() => 1 / count),
        normalizer: 1,
        normalizerMeaning: 'the blob’s first axis (1 image)',
      };
    case 'head':
      return {
        inside,
        outside: inside.map((w) => (w > 0 ? 1 : 0)),
        normalizer: count,
        normalizerMeaning: 'number of RoIs in the batch',
      };
    case 'sampled':
      return {
        inside,
        outside: inside.slice(),
        normalizer: count,
        normalizerMeaning: 'number of sampled anchors',
      };
    case 'mean':
      return {
        inside,
        outside: inside.slice(),
        normalizer: 4 * positives,
        normalizerMeaning: 'number of elements of pred[positive] (4 per positive)',
      };
  }
}

/** One sampled anchor of the worked example. */
export interface BoxAnchor {
  pred: BoxDeltas;
  target: BoxDeltas;
  positive: boolean;
}

/** One (anchor, coordinate) element of the loss. */
export interface BoxLossElement {
  /** pred − target */
  diff: number;
  /** w_in · (pred − target) */
  d: number;
  /** f_β(d) */
  loss: number;
  /** w_out · f_β(d) */
  weighted: number;
  /** f′_β(d), PyTorch's value (−1 at d = 0 when β = 0) */
  lossGrad: number;
  /** ∂L/∂pred = (1/N) · f′_β(d) · w_in · w_out (0 where w_in · w_out = 0) */
  grad: number;
}

export interface BoxLossResult {
  /** elements[anchor][coordinate] */
  elements: BoxLossElement[][];
  weights: BoxWeights;
  /** Σ w_out · f_β(d) over every element */
  sum: number;
  /** sum / N; NaN when N = 0 (PyTorch's mean over an empty selection is nan) */
  loss: number;
}

/**
 * Loss, per-element terms and gradient of a batch under a scheme, with β ≥ 0.
 *
 * @throws {ConfigError} for β < 0 (PyTorch: "smooth_l1_loss does not support negative values for beta.")
 * @example
 * boxLoss([{ pred: [0.1, 0, 0, 0], target: [0, 0, 0, 0], positive: true },
 *          { pred: [9, 9, 9, 9], target: [0, 0, 0, 0], positive: false }], 1, 'sampled').loss
 * // f_1(0.1) / 2 = 0.005 / 2 = 0.0025 (the negative anchor is masked out)
 */
export function boxLoss(
  anchors: readonly BoxAnchor[],
  beta: number,
  scheme: BoxScheme,
): BoxLossResult {
  const weights = boxWeights(
    scheme,
    anchors.map((a) => a.positive),
  );
  const { normalizer } = weights;
  let sum = 0;
  const elements = anchors.map((anchor, i) =>
    anchor.pred.map((pred, c) => {
      const wIn = weights.inside[i];
      const wOut = weights.outside[i];
      const diff = pred - anchor.target[c];
      if (!Number.isFinite(diff)) {
        throw new ConfigError(
          'delta-finite',
          `anchor ${i + 1} ${BOX_COORDS[c]} must be a finite number`,
        );
      }
      // + 0 turns the −0 of a masked negative difference into 0, so it reads as 0.
      const d = wIn * diff + 0;
      const loss = smoothL1(d, beta);
      const lossGrad = smoothL1Grad(d, beta);
      const weighted = wOut * loss;
      sum += weighted;
      // Masked elements get exactly 0 (no −0, and no 0/0 when N = 0).
      const grad = wIn * wOut === 0 ? 0 : (lossGrad * wIn * wOut) / normalizer;
      return { diff, d, loss, weighted, lossGrad, grad };
    }),
  );
  return { elements, weights, sum, loss: normalizer === 0 ? Number.NaN : sum / normalizer };
}
