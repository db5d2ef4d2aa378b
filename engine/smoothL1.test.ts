import { describe, expect, it } from 'vitest';
import {
  betaFromSigma,
  betaProblem,
  caffeSmoothL1,
  caffeSmoothL1Grad,
  deltaProblem,
  halfSquare,
  halfSquareGrad,
  huber,
  huberGrad,
  l1,
  l1Grad,
  misprintJump,
  misprintSmoothL1,
  misprintSmoothL1Grad,
  sigmaFromBeta,
  sigmaProblem,
  smoothL1,
  smoothL1Grad,
} from './smoothL1';

// Hand-worked values of the formulas in docs/semantics.md §4.
describe('smoothL1 / huber', () => {
  it.each([
    // [x, beta, loss, grad]
    [0.5, 1, 0.125, 0.5],
    [2, 1, 1.5, 1],
    [-2, 1, 1.5, -1],
    [0.05, 1 / 9, 0.5 * 0.05 * 0.05 * 9, 0.45],
    [1, 1, 0.5, 1], // at |x| = β both branches give ½β
    [-3, 0, 3, -1], // β = 0 is L1
  ])('x = %d, β = %d → loss %d, grad %d', (x, beta, loss, grad) => {
    expect(smoothL1(x, beta)).toBeCloseTo(loss, 12);
    expect(smoothL1Grad(x, beta)).toBeCloseTo(grad, 12);
  });

  it('β = 0: PyTorch 1.13 returns −1 as the subgradient at x = 0', () => {
    expect(smoothL1(0, 0)).toBe(0);
    expect(smoothL1Grad(0, 0)).toBe(-1);
  });

  it('Huber_δ = δ · SmoothL1_{β=δ}, values and gradients', () => {
    for (const delta of [0.1, 1 / 9, 0.5, 1, 2.5]) {
      for (let x = -3; x <= 3; x += 0.25) {
        expect(huber(x, delta)).toBeCloseTo(delta * smoothL1(x, delta), 12);
        expect(huberGrad(x, delta)).toBeCloseTo(delta * smoothL1Grad(x, delta), 12);
      }
    }
  });

  it('σ = 3 is β = 1/9 (py-faster-rcnn RPN)', () => {
    expect(betaFromSigma(3)).toBeCloseTo(1 / 9, 15);
  });

  it.each([
    [() => smoothL1(1, -0.5), 'smooth_l1_loss does not support negative values for beta'],
    [() => huber(1, 0), 'huber_loss does not support non-positive values for delta'],
    [() => smoothL1(1, Number.NaN), 'smooth_l1_loss does not support negative values for beta'],
    [() => huber(1, Number.NaN), 'huber_loss does not support non-positive values for delta'],
    [() => betaFromSigma(0), 'sigma must be positive'],
    [() => caffeSmoothL1(1, -3), 'sigma must be positive'],
    [() => misprintSmoothL1(1, 0), 'sigma must be positive'],
    [() => sigmaFromBeta(-1), 'smooth_l1_loss does not support negative values for beta'],
  ])('rejects bad parameters (%#)', (call, message) => {
    expect(call).toThrow(message);
  });

  it.each([
    // [check, value, problem]
    [betaProblem, 0, null],
    [betaProblem, 1 / 9, null],
    [betaProblem, -1, 'smooth_l1_loss does not support negative values for beta: got beta = -1'],
    [betaProblem, Number.NaN, 'smooth_l1_loss does not support negative values for beta'],
    [betaProblem, Number.POSITIVE_INFINITY, null],
    [deltaProblem, Number.POSITIVE_INFINITY, null],
    [deltaProblem, Number.NaN, 'huber_loss does not support non-positive values for delta'],
    [deltaProblem, 1, null],
    [deltaProblem, 0, 'huber_loss does not support non-positive values for delta: got delta = 0'],
    [deltaProblem, -2, 'huber_loss does not support non-positive values for delta: got delta = -2'],
    [sigmaProblem, 3, null],
    [sigmaProblem, 0, 'sigma must be positive (β = 1/σ²): got sigma = 0'],
    [sigmaProblem, Number.POSITIVE_INFINITY, 'sigma must be a finite number'],
  ])('%o(%d)', (check, value, problem) => {
    const found = check(value);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it.each([
    // [β, σ]
    [1 / 9, 3],
    [0.25, 2],
    [1, 1],
    [4, 0.5],
    [0, Number.POSITIVE_INFINITY],
  ])('sigmaFromBeta(%d) = %d', (beta, sigma) => {
    expect(sigmaFromBeta(beta)).toBeCloseTo(sigma, 12);
  });
});

// torch 1.13, float64, reduction='none', gradients by autograd (run for this table):
// F.smooth_l1_loss / F.huber_loss / F.l1_loss on [nan, inf, -inf, 0, 2, -0.5].
const INF = Number.POSITIVE_INFINITY;
const NAN = Number.NaN;
describe('non-finite differences and parameters propagate as in PyTorch', () => {
  const xs = [NAN, INF, -INF, 0, 2, -0.5];
  it.each([
    // [loss, parameter, losses, gradients]
    ['smoothL1', 1, [NAN, INF, INF, 0, 1.5, 0.125], [NAN, 1, -1, 0, 1, -0.5]],
    ['smoothL1', 0, [NAN, INF, INF, 0, 2, 0.5], [NAN, 1, -1, -1, 1, -1]],
    ['smoothL1', INF, [NAN, NAN, NAN, 0, 0, 0], [NAN, 1, -1, 0, 0, -0]],
    ['huber', 1, [NAN, INF, INF, 0, 1.5, 0.125], [NAN, 1, -1, 0, 1, -0.5]],
    ['huber', INF, [NAN, NAN, NAN, 0, 2, 0.125], [NAN, INF, -INF, 0, 2, -0.5]],
    ['l1', 0, [NAN, INF, INF, 0, 2, 0.5], [0, 1, -1, 0, 1, -1]],
  ] as const)('%s with parameter %d', (name, param, losses, grads) => {
    const [loss, grad] = {
      smoothL1: [smoothL1, smoothL1Grad],
      huber: [huber, huberGrad],
      l1: [l1, l1Grad],
    }[name];
    expect(xs.map((x) => loss(x, param))).toEqual(losses);
    expect(xs.map((x) => grad(x, param))).toEqual(grads);
  });

  it('½x² keeps NaN and ±∞ (MSELoss is x², gradient 2x: NaN, ∞, −∞ there)', () => {
    expect([NAN, INF, -INF].map(halfSquare)).toEqual([NAN, INF, INF]);
    expect([NAN, INF, -INF].map(halfSquareGrad)).toEqual([NAN, INF, -INF]);
  });

  it("caffe's sign is 0 at NaN and ±1 at ±∞", () => {
    expect([NAN, INF, -INF].map((d) => caffeSmoothL1Grad(d, 3))).toEqual([0, 1, -1]);
    expect([NAN, INF].map((d) => caffeSmoothL1(d, 3))).toEqual([NAN, INF]);
  });
});

describe('caffe σ form and its misprint', () => {
  it.each([
    // [d, σ, loss, grad]: ½σ²d² if |d| < 1/σ², else |d| − ½/σ²
    [0.05, 3, 0.5 * 9 * 0.0025, 0.45],
    [0.5, 3, 0.5 - 1 / 18, 1],
    [-0.5, 1, 0.125, -0.5],
    [2, 0.5, 0.5, 0.5], // 1/σ² = 4: still quadratic, ½ · ¼ · 4
    [-6, 0.5, 6 - 2, -1],
    [0, 3, 0, 0],
  ])('caffeSmoothL1(%d, σ = %d) = %d, grad %d', (d, sigma, loss, grad) => {
    expect(caffeSmoothL1(d, sigma)).toBeCloseTo(loss, 12);
    expect(caffeSmoothL1Grad(d, sigma)).toBeCloseTo(grad, 12);
  });

  it('the σ form is PyTorch’s β form with β = 1/σ² (values and gradients)', () => {
    for (const sigma of [0.5, 1, 3]) {
      for (let d = -2; d <= 2; d += 0.0625) {
        expect(caffeSmoothL1(d, sigma)).toBeCloseTo(smoothL1(d, betaFromSigma(sigma)), 12);
        expect(caffeSmoothL1Grad(d, sigma)).toBeCloseTo(smoothL1Grad(d, betaFromSigma(sigma)), 12);
      }
    }
  });

  it.each([
    // [x, σ, misprinted loss ½(σ²x)², its gradient σ⁴x, the correct loss]
    [0.1, 3, 0.405, 8.1, 0.045],
    [-0.1, 3, 0.405, -8.1, 0.045],
    [0.5, 3, 0.5 - 1 / 18, 1, 0.5 - 1 / 18],
    [1, 0.5, 0.03125, 0.0625, 0.125],
  ])('misprint at x = %d, σ = %d', (x, sigma, loss, grad, correct) => {
    expect(misprintSmoothL1(x, sigma)).toBeCloseTo(loss, 12);
    expect(misprintSmoothL1Grad(x, sigma)).toBeCloseTo(grad, 12);
    expect(caffeSmoothL1(x, sigma)).toBeCloseTo(correct, 12);
  });

  it('the misprint is harmless only at σ = 1', () => {
    for (let x = -2; x <= 2; x += 0.125) {
      expect(misprintSmoothL1(x, 1)).toBeCloseTo(smoothL1(x, 1), 12);
    }
  });

  it.each([
    // [σ, at = 1/σ², inner = ½, outer = ½/σ², size = outer − inner]
    [3, 1 / 9, 0.5, 1 / 18, 1 / 18 - 0.5],
    [1, 1, 0.5, 0.5, 0],
    [0.5, 4, 0.5, 2, 1.5],
  ])('misprintJump(σ = %d)', (sigma, at, inner, outer, size) => {
    const jump = misprintJump(sigma);
    expect(jump.at).toBeCloseTo(at, 12);
    expect(jump.inner).toBeCloseTo(inner, 12);
    expect(jump.outer).toBeCloseTo(outer, 12);
    expect(jump.size).toBeCloseTo(size, 12);
  });
});

describe('L1 and ½x²', () => {
  it.each([
    // [x, |x|, L1Loss grad, ½x², grad]
    [-3, 3, -1, 4.5, -3],
    [0, 0, 0, 0, 0],
    [0.5, 0.5, 1, 0.125, 0.5],
  ])('x = %d', (x, abs, absGrad, half, halfGrad) => {
    expect(l1(x)).toBe(abs);
    expect(l1Grad(x)).toBe(absGrad);
    expect(halfSquare(x)).toBeCloseTo(half, 12);
    expect(halfSquareGrad(x)).toBe(halfGrad);
  });
});
