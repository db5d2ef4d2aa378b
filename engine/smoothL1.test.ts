import { describe, expect, it } from 'vitest';
import { betaFromSigma, huber, huberGrad, smoothL1, smoothL1Grad } from './smoothL1';

// Hand-worked values of the formulas in the semantics reference §4.
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
    [() => smoothL1(Number.NaN, 1), 'x must be a finite number'],
    [() => betaFromSigma(0), 'sigma must be positive'],
  ])('rejects bad parameters (%#)', (call, message) => {
    expect(call).toThrow(message);
  });
});
