import { describe, expect, it } from 'vitest';
import { boxLoss, boxWeights, type BoxAnchor } from './boxLoss';

// Two positives whose differences straddle β = 1/9, one negative with large deltas, one at 0.
const BATCH: BoxAnchor[] = [
  { pred: [0.1, -0.05, 0.2, 0.02], target: [0.15, -0.1, -0.1, 0.05], positive: true },
  { pred: [-0.3, 0.25, 0.05, -0.4], target: [0.1, 0.2, 0, -0.2], positive: true },
  { pred: [0.5, -0.2, 0.1, 0.3], target: [0, 0, 0, 0], positive: false },
  { pred: [0, 0, 0, 0], target: [0, 0, 0, 0], positive: false },
];

// By hand, β = 1/9 (f = 4.5 d² if |d| < 1/9, else |d| − 1/18). Differences of the positives:
// (−0.05, 0.05, 0.3, −0.03) and (−0.4, 0.05, 0.05, −0.2).
// Quadratic: 4 × 4.5 × 0.0025 = 0.045, plus 4.5 × 0.0009 = 0.00405.
// Linear: 0.3 + 0.4 + 0.2 − 3/18 = 0.7333….  Σ = 0.7823833….
const SUM_NINTH = 0.045 + 0.00405 + 0.9 - 3 / 18;

describe('boxWeights', () => {
  it.each([
    // [scheme, inside, outside, N]
    ['rpn', [1, 0, 0], [1 / 3, 1 / 3, 1 / 3], 1],
    ['head', [1, 0, 0], [1, 0, 0], 3],
    ['sampled', [1, 0, 0], [1, 0, 0], 3],
    ['mean', [1, 0, 0], [1, 0, 0], 4],
  ] as const)('%s', (scheme, inside, outside, normalizer) => {
    const weights = boxWeights(scheme, [true, false, false]);
    expect(weights.inside).toEqual(inside);
    weights.outside.forEach((w, i) => expect(w).toBeCloseTo(outside[i], 15));
    expect(weights.normalizer).toBe(normalizer);
  });
});

describe('boxLoss', () => {
  it.each([
    // [scheme, Σ w_out·f, loss]: every scheme sums the positives only; they differ in N and w_out
    ['sampled', SUM_NINTH, SUM_NINTH / 4],
    ['head', SUM_NINTH, SUM_NINTH / 4],
    ['rpn', SUM_NINTH / 4, SUM_NINTH / 4], // w_out = 1/4 already divides, N = 1
    ['mean', SUM_NINTH, SUM_NINTH / 8], // 8 elements in pred[positive]
  ] as const)('β = 1/9, %s', (scheme, sum, loss) => {
    const result = boxLoss(BATCH, 1 / 9, scheme);
    expect(result.sum).toBeCloseTo(sum, 12);
    expect(result.loss).toBeCloseTo(loss, 12);
  });

  it('per-element terms of anchor 1 at β = 1/9 (sampled)', () => {
    const [dx, , dw] = boxLoss(BATCH, 1 / 9, 'sampled').elements[0];
    // dx: d = −0.05 inside the breakpoint: f = 4.5 · 0.0025, f′ = d/β = −0.45, ∂L/∂pred = −0.45/4
    expect(dx.diff).toBeCloseTo(-0.05, 12);
    expect(dx.d).toBeCloseTo(-0.05, 12);
    expect(dx.loss).toBeCloseTo(0.01125, 12);
    expect(dx.lossGrad).toBeCloseTo(-0.45, 12);
    expect(dx.grad).toBeCloseTo(-0.1125, 12);
    // dw: d = 0.3 beyond it: f = 0.3 − 1/18, f′ = 1, ∂L/∂pred = 1/4
    expect(dw.loss).toBeCloseTo(0.3 - 1 / 18, 12);
    expect(dw.grad).toBeCloseTo(0.25, 12);
  });

  it('RPN weights give the same gradient as torchvision’s sum / #sampled', () => {
    const rpn = boxLoss(BATCH, 1 / 9, 'rpn').elements[1][0];
    expect(rpn.weighted).toBeCloseTo((0.4 - 1 / 18) / 4, 12);
    expect(rpn.grad).toBeCloseTo(-1 / 4, 12); // d = −0.4 ≤ −β
  });

  it('negatives are masked: d = 0, no loss, no gradient', () => {
    const negative = boxLoss(BATCH, 1 / 9, 'rpn').elements[2];
    for (const element of negative) {
      expect(element.d).toBe(0);
      expect(element.weighted).toBe(0);
      expect(Object.is(element.grad, 0)).toBe(true);
    }
  });

  it('β = 0 is L1: Σ|d| over the positives', () => {
    const result = boxLoss(BATCH, 0, 'sampled');
    expect(result.sum).toBeCloseTo(0.05 + 0.05 + 0.3 + 0.03 + 0.4 + 0.05 + 0.05 + 0.2, 12);
    expect(result.loss).toBeCloseTo(1.13 / 4, 12);
  });

  it('β = 0 and pred = target on a positive: PyTorch’s subgradient −1, divided by N', () => {
    const anchors: BoxAnchor[] = [
      { pred: [0.2, 0, 0, 0], target: [0.2, 0, 0, 0], positive: true },
      { pred: [0, 0, 0, 0], target: [0, 0, 0, 0], positive: false },
    ];
    const [first] = boxLoss(anchors, 0, 'sampled').elements[0];
    expect(first.loss).toBe(0);
    expect(first.grad).toBe(-0.5);
  });

  it('mean over no positives is nan, as in PyTorch, and no element gets a gradient', () => {
    const anchors = BATCH.map((a) => ({ ...a, positive: false }));
    const result = boxLoss(anchors, 1, 'mean');
    expect(result.loss).toBeNaN();
    expect(result.elements.flat().every((e) => e.grad === 0)).toBe(true);
  });

  it('refuses β < 0 with PyTorch’s message', () => {
    expect(() => boxLoss(BATCH, -1, 'sampled')).toThrow(
      'smooth_l1_loss does not support negative values for beta',
    );
  });
});
