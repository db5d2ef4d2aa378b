import { ConfigError } from './errors';

function requireFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) {
    throw new ConfigError(`${what}-finite`, `${what} must be a finite number, got ${value}`);
  }
}

function requireBeta(beta: number): void {
  requireFinite(beta, 'beta');
  if (beta < 0) {
    throw new ConfigError(
      'beta-negative',
      `smooth_l1_loss does not support negative values for beta: got beta = ${beta}; use β ≥ 0 (β = 0 is plain L1)`,
    );
  }
}

function requireDelta(delta: number): void {
  requireFinite(delta, 'delta');
  if (delta <= 0) {
    throw new ConfigError(
      'delta-non-positive',
      `huber_loss does not support non-positive values for delta: got delta = ${delta}; use δ > 0`,
    );
  }
}

/**
 * Smooth L1 loss of one difference x, PyTorch's `SmoothL1Loss(beta)` (reduction 'none'):
 * ½x²/β if |x| < β, else |x| − ½β. β = 0 is exactly L1. Faster R-CNN's σ form is β = 1/σ².
 *
 * @param x prediction − target
 * @param beta breakpoint β ≥ 0 (PyTorch's default 1)
 * @throws {ConfigError} for β < 0 (PyTorch: "smooth_l1_loss does not support negative values for beta.")
 * @example smoothL1(0.5, 1) // 0.125
 */
export function smoothL1(x: number, beta = 1): number {
  requireBeta(beta);
  requireFinite(x, 'x');
  const ax = Math.abs(x);
  return ax < beta ? (0.5 * x * x) / beta : ax - 0.5 * beta;
}

/**
 * Gradient of {@link smoothL1} with respect to x, as PyTorch 1.13's CPU kernel computes it:
 * −1 if x ≤ −β, 1 if x ≥ β, else x/β. With β = 0 this gives −1 at x = 0 (PyTorch's choice of
 * subgradient there; `L1Loss` gives 0).
 *
 * @example smoothL1Grad(0.5, 1) // 0.5
 */
export function smoothL1Grad(x: number, beta = 1): number {
  requireBeta(beta);
  requireFinite(x, 'x');
  if (x <= -beta) return -1;
  if (x >= beta) return 1;
  return x / beta;
}

/**
 * Huber loss, PyTorch's `HuberLoss(delta)`: ½x² if |x| < δ, else δ(|x| − ½δ).
 * Exactly Huber_δ(x) = δ · SmoothL1_{β=δ}(x); the two coincide only at δ = β = 1.
 *
 * @throws {ConfigError} for δ ≤ 0 (PyTorch: "huber_loss does not support non-positive values for delta.")
 * @example huber(3, 2) // 4
 */
export function huber(x: number, delta = 1): number {
  requireDelta(delta);
  requireFinite(x, 'x');
  const ax = Math.abs(x);
  return ax < delta ? 0.5 * x * x : delta * (ax - 0.5 * delta);
}

/** Gradient of {@link huber}: x inside |x| < δ, δ·sign(x) outside. */
export function huberGrad(x: number, delta = 1): number {
  requireDelta(delta);
  requireFinite(x, 'x');
  if (x <= -delta) return -delta;
  if (x >= delta) return delta;
  return x;
}

/**
 * Faster R-CNN's σ is PyTorch's β = 1/σ² (caffe `smooth_l1_loss_param { sigma }`).
 *
 * @example betaFromSigma(3) // 1/9
 */
export function betaFromSigma(sigma: number): number {
  requireFinite(sigma, 'sigma');
  if (sigma <= 0) {
    throw new ConfigError('sigma-non-positive', `sigma must be positive (β = 1/σ²), got ${sigma}`);
  }
  return 1 / (sigma * sigma);
}
