/**
 * Why a typed β, σ or δ is refused, in the interface's language. The engine words PyTorch's
 * refusals in English (its tests and the link notices read them); here each is a message, so a
 * Chinese page quotes PyTorch's own sentence as code, in English, with the explanation in
 * Chinese beside it. The English messages say exactly what the engine says.
 */
import { betaProblem, deltaProblem, sigmaProblem } from '../../../engine';
import { t } from '../../i18n/i18n';

/** @example betaRefusal(-1) // 'smooth_l1_loss does not support negative values for beta: got beta = -1; …' */
export function betaRefusal(beta: number): string | null {
  return betaProblem(beta) && t('smoothl1.err.beta', { value: String(beta) });
}

/** @example deltaRefusal(0) // 'huber_loss does not support non-positive values for delta: got delta = 0; …' */
export function deltaRefusal(delta: number): string | null {
  return deltaProblem(delta) && t('smoothl1.err.delta', { value: String(delta) });
}

/** @example sigmaRefusal(0) // 'sigma must be positive (β = 1/σ²): got sigma = 0; use σ > 0' */
export function sigmaRefusal(sigma: number): string | null {
  if (!sigmaProblem(sigma)) return null;
  const id = Number.isFinite(sigma) ? 'smoothl1.err.sigma' : 'smoothl1.err.sigmaFinite';
  return t(id, { value: String(sigma) });
}
