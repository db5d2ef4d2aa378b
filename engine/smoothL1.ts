import { ConfigError } from './errors';
import { betaProblem, deltaProblem, sigmaProblem } from './smoothL1Params';

export { SMOOTH_L1_LIMITS, betaProblem, deltaProblem, sigmaProblem } from './smoothL1Params';

// Differences are not checked: NaN and ±∞ go through the formulas as PyTorch's kernels let them
// (NaN stays NaN; |x| = ∞ takes the linear branch, loss ∞ and gradient ±1 or ±δ).

function requireBeta(beta: number): void {
  const problem = betaProblem(beta);
  if (problem) throw new ConfigError('beta-negative', problem);
}

function requireDelta(delta: number): void {
  const problem = deltaProblem(delta);
  if (problem) throw new ConfigError('delta-non-positive', problem);
}

/** caffe's sign, (0 < v) − (v < 0): 0 for NaN, where `Math.sign` would give NaN. */
const caffeSign = (v: number): number => Number(v > 0) - Number(v < 0);

function requireSigma(sigma: number): void {
  const problem = sigmaProblem(sigma);
  if (problem) {
    throw new ConfigError(Number.isFinite(sigma) ? 'sigma-non-positive' : 'sigma-finite', problem);
  }
}

/**
 * Smooth L1 loss of one difference x, PyTorch's `SmoothL1Loss(beta)` (reduction 'none'):
 * ½x²/β if |x| < β, else |x| − ½β. β = 0 is exactly L1. Faster R-CNN's σ form is β = 1/σ².
 * As in PyTorch, NaN gives NaN and ±∞ gives ∞; β = ∞ is accepted (every finite x gives 0,
 * x = ±∞ gives ∞ − ∞ = NaN).
 *
 * @param x prediction − target (any double, NaN and ±∞ included)
 * @param beta breakpoint β ≥ 0, ∞ allowed (PyTorch's default 1)
 * @throws {ConfigError} for β < 0 (PyTorch: "smooth_l1_loss does not support negative values for beta.")
 * @example smoothL1(0.5, 1) // 0.125
 */
export function smoothL1(x: number, beta = 1): number {
  requireBeta(beta);
  const ax = Math.abs(x);
  return ax < beta ? (0.5 * x * x) / beta : ax - 0.5 * beta;
}

/**
 * Gradient of {@link smoothL1} with respect to x, as PyTorch 1.13's CPU kernel computes it:
 * −1 if x ≤ −β, 1 if x ≥ β, else x/β. With β = 0 this gives −1 at x = 0 (PyTorch's choice of
 * subgradient there; `L1Loss` gives 0). x = ±∞ gives ±1 (also with β = ∞), NaN gives NaN.
 *
 * @example smoothL1Grad(0.5, 1) // 0.5
 */
export function smoothL1Grad(x: number, beta = 1): number {
  requireBeta(beta);
  if (x <= -beta) return -1;
  if (x >= beta) return 1;
  return x / beta;
}

/**
 * Huber loss, PyTorch's `HuberLoss(delta)`: ½x² if |x| < δ, else δ(|x| − ½δ).
 * Exactly Huber_δ(x) = δ · SmoothL1_{β=δ}(x); the two coincide only at δ = β = 1.
 * NaN gives NaN, ±∞ gives ∞; δ = ∞ is ½x² for finite x and NaN (∞ · (∞ − ∞)) at ±∞.
 *
 * @throws {ConfigError} for δ ≤ 0 (PyTorch: "huber_loss does not support non-positive values for delta.")
 * @example huber(3, 2) // 4
 */
export function huber(x: number, delta = 1): number {
  requireDelta(delta);
  const ax = Math.abs(x);
  return ax < delta ? 0.5 * x * x : delta * (ax - 0.5 * delta);
}

/**
 * Gradient of {@link huber}: x inside |x| < δ, δ·sign(x) outside (so ±δ at x = ±∞, ±∞ when
 * δ = ∞ too); NaN gives NaN.
 *
 * @throws {ConfigError} for δ ≤ 0
 * @example huberGrad(-3, 2) // -2
 */
export function huberGrad(x: number, delta = 1): number {
  requireDelta(delta);
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
  requireSigma(sigma);
  return 1 / (sigma * sigma);
}

/**
 * The σ that gives a β: σ = 1/√β. β = 0 (plain L1) has no finite σ and gives Infinity.
 *
 * @example sigmaFromBeta(1 / 9) // 3
 */
export function sigmaFromBeta(beta: number): number {
  requireBeta(beta);
  return beta === 0 ? Infinity : 1 / Math.sqrt(beta);
}

/**
 * Caffe's `SmoothL1Loss` layer (py-faster-rcnn) on one difference d, in its own σ form:
 * ½σ²d² if |d| < 1/σ², else |d| − ½/σ². Pointwise equal to {@link smoothL1} with β = 1/σ².
 *
 * @param d (inside-weighted) prediction − target
 * @param sigma `smooth_l1_loss_param { sigma }`, caffe's default 1
 * @example caffeSmoothL1(0.05, 3) // ½ · 9 · 0.0025 = 0.01125
 */
export function caffeSmoothL1(d: number, sigma = 1): number {
  requireSigma(sigma);
  const sigma2 = sigma * sigma;
  const ad = Math.abs(d);
  return ad < 1 / sigma2 ? 0.5 * sigma2 * d * d : ad - 0.5 / sigma2;
}

/**
 * Gradient of {@link caffeSmoothL1} as caffe's backward computes it: σ²d if |d| < 1/σ², else
 * sign(d).
 *
 * @example caffeSmoothL1Grad(0.05, 3) // 9 · 0.05 = 0.45
 */
export function caffeSmoothL1Grad(d: number, sigma = 1): number {
  requireSigma(sigma);
  const sigma2 = sigma * sigma;
  return Math.abs(d) < 1 / sigma2 ? sigma2 * d : caffeSign(d);
}

/**
 * The misprinted σ form that circulates in write-ups: quadratic branch ½(σ²x)² instead of
 * ½(σx)², linear branch |x| − ½/σ² unchanged. It equals the real loss only at σ = 1; otherwise
 * it jumps at |x| = 1/σ² (see {@link misprintJump}).
 *
 * @example misprintSmoothL1(0.1, 3) // ½ · (9 · 0.1)² = 0.405 (the real loss is 0.045)
 */
export function misprintSmoothL1(x: number, sigma = 1): number {
  requireSigma(sigma);
  const sigma2 = sigma * sigma;
  const ax = Math.abs(x);
  return ax < 1 / sigma2 ? 0.5 * (sigma2 * x) ** 2 : ax - 0.5 / sigma2;
}

/**
 * Gradient of {@link misprintSmoothL1}: σ⁴x inside |x| < 1/σ², sign(x) outside.
 *
 * @example misprintSmoothL1Grad(0.1, 3) // 81 · 0.1 = 8.1
 */
export function misprintSmoothL1Grad(x: number, sigma = 1): number {
  requireSigma(sigma);
  const sigma2 = sigma * sigma;
  return Math.abs(x) < 1 / sigma2 ? sigma2 * sigma2 * x : caffeSign(x);
}

/** Where and by how much the misprinted loss jumps. */
export interface MisprintJump {
  /** |x| = 1/σ², where the branches meet. */
  at: number;
  /** Limit of the misprinted quadratic branch there: ½(σ² · 1/σ²)² = ½. */
  inner: number;
  /** Value of the linear branch there: 1/σ² − ½/σ² = ½/σ² (also the correct loss). */
  outer: number;
  /** outer − inner = ½/σ² − ½; zero only at σ = 1. */
  size: number;
}

/**
 * The discontinuity of {@link misprintSmoothL1} at |x| = 1/σ².
 *
 * @example misprintJump(3) // { at: 1/9, inner: 0.5, outer: 1/18, size: 1/18 − 0.5 ≈ −0.4444 }
 */
export function misprintJump(sigma: number): MisprintJump {
  requireSigma(sigma);
  const sigma2 = sigma * sigma;
  const at = 1 / sigma2;
  const inner = 0.5 * (sigma2 * at) ** 2;
  const outer = at - 0.5 / sigma2;
  return { at, inner, outer, size: outer - inner };
}

/**
 * L1 loss of one difference, PyTorch's `L1Loss`: |x|.
 *
 * @example l1(-3) // 3
 */
export function l1(x: number): number {
  return Math.abs(x);
}

/**
 * Gradient of {@link l1} as `L1Loss` computes it: sign(x), and 0 at x = 0 and at NaN (PyTorch's
 * sign of NaN is 0).
 *
 * @example l1Grad(0) // 0
 */
export function l1Grad(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

/**
 * Half the squared difference, ½x²: the L2 branch Smooth L1 and Huber use near 0
 * (PyTorch's `MSELoss` is x², without the ½).
 *
 * @example halfSquare(3) // 4.5
 */
export function halfSquare(x: number): number {
  return 0.5 * x * x;
}

/**
 * Gradient of {@link halfSquare}: x.
 *
 * @example halfSquareGrad(-2) // -2
 */
export function halfSquareGrad(x: number): number {
  return x;
}
