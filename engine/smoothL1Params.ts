/**
 * The parameters of the Smooth L1 / Huber family: the ranges the lab offers and PyTorch's own
 * constraints on them, in its words. Kept apart from the loss functions so that the URL table
 * can check values without loading them.
 */

/**
 * What the lab lets each parameter range over. PyTorch accepts any β ≥ 0 and δ > 0; these upper
 * bounds keep the curves drawable. σ ≥ 0.25 is β ≤ 16.
 */
export const SMOOTH_L1_LIMITS = {
  beta: { min: 0, max: 16 },
  sigma: { min: 0.25, max: 100 },
  delta: { min: 0, max: 16 },
  x: { min: -24, max: 24 },
} as const;

/**
 * Why PyTorch refuses a β, in its own words, or null when β is accepted (any β ≥ 0, ∞ too).
 *
 * @example betaProblem(-1) // 'smooth_l1_loss does not support negative values for beta: …'
 */
export function betaProblem(beta: number): string | null {
  // PyTorch checks beta >= 0, which NaN fails: it gets the same message. β = ∞ passes.
  if (!(beta >= 0)) {
    return `smooth_l1_loss does not support negative values for beta: got beta = ${beta}; use β ≥ 0 (β = 0 is plain L1)`;
  }
  return null;
}

/**
 * Why PyTorch refuses a δ, in its own words, or null when δ is accepted (any δ > 0, ∞ too).
 *
 * @example deltaProblem(0) // 'huber_loss does not support non-positive values for delta: …'
 */
export function deltaProblem(delta: number): string | null {
  // PyTorch checks delta > 0, which NaN fails: it gets the same message. δ = ∞ passes.
  if (!(delta > 0)) {
    return `huber_loss does not support non-positive values for delta: got delta = ${delta}; use δ > 0`;
  }
  return null;
}

/**
 * Why a caffe σ has no β, or null. Caffe itself checks nothing; σ = 0 divides by zero in 1/σ²,
 * and a negative σ is the same loss as |σ|, so only σ > 0 is meaningful.
 *
 * @example sigmaProblem(0) // 'sigma must be positive (β = 1/σ²): got sigma = 0; use σ > 0'
 */
export function sigmaProblem(sigma: number): string | null {
  if (!Number.isFinite(sigma)) return `sigma must be a finite number, got ${sigma}`;
  if (sigma <= 0) return `sigma must be positive (β = 1/σ²): got sigma = ${sigma}; use σ > 0`;
  return null;
}
