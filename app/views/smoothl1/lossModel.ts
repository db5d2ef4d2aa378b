/**
 * What the lab's parameters mean once read: which form (β or caffe's σ) is in use, the β that
 * follows, and every number the probe readout and the conversions show. All values come from
 * the engine; this file only chooses which ones to ask for.
 */
import {
  betaFromSigma,
  halfSquare,
  huber,
  huberGrad,
  l1,
  misprintSmoothL1,
  sigmaFromBeta,
  smoothL1,
  smoothL1Grad,
} from '../../../engine';
import { t } from '../../i18n/i18n';
import { formatNumber } from '../../url/fields';
import type { ViewParams } from '../../url/schema';

export type ParamForm = 'beta' | 'sigma';

/** How the lab's panels change its URL parameters (the page's setter, passed down). */
export type SmoothL1Change = (patch: Partial<ViewParams<'smoothl1'>>) => void;

/** The loss parameters as the URL gives them. */
export interface LossParams {
  beta: number;
  sigma: number | null;
  delta: number;
}

export interface LossSettings {
  /** σ form when the URL gives `sigma`, else β form. */
  form: ParamForm;
  /** The β in effect: `beta`, or 1/σ² in the σ form. */
  beta: number;
  /** The σ in effect: `sigma`, or 1/√β in the β form (Infinity for β = 0). */
  sigma: number;
  delta: number;
  /** The URL gives both; σ wins and `beta` is ignored. */
  betaIgnored: boolean;
}

/**
 * Reads the parameters: σ wins when both are given (β = 1/σ²).
 *
 * @example lossSettings({ beta: 1, sigma: 3, delta: 1 }).beta // 1/9
 */
export function lossSettings({ beta, sigma, delta }: LossParams): LossSettings {
  if (sigma !== null) {
    return { form: 'sigma', beta: betaFromSigma(sigma), sigma, delta, betaIgnored: beta !== 1 };
  }
  return { form: 'beta', beta, sigma: sigmaFromBeta(beta), delta, betaIgnored: false };
}

/**
 * The parameters after switching form, keeping the same loss: β → σ = 1/√β and σ → β = 1/σ².
 * β = 0 (plain L1) has no finite σ, so it becomes σ = 1 and says so. `beta` goes back to its
 * default in the σ form so that a link carries one parameterisation, not two.
 */
export function switchForm(
  settings: LossSettings,
  to: ParamForm,
): { patch: Pick<LossParams, 'beta' | 'sigma'>; note: string | null } {
  if (to === 'beta') return { patch: { beta: settings.beta, sigma: null }, note: null };
  if (settings.beta === 0) {
    return {
      patch: { beta: 1, sigma: 1 },
      note: t('smoothl1.params.noSigma'),
    };
  }
  // 12 digits, as the URL writes it, so a reload gives the same σ.
  return { patch: { beta: 1, sigma: Number(formatNumber(settings.sigma)) }, note: null };
}

/** Every value the probe readout and the conversions show at one x. */
export interface ProbeReadout {
  x: number;
  /** SmoothL1_β(x) */
  loss: number;
  /** ∂SmoothL1_β/∂x as PyTorch computes it */
  grad: number;
  /** Huber_δ(x) */
  huber: number;
  huberGrad: number;
  /** SmoothL1_{β=δ}(x), for Huber_δ = δ · SmoothL1_{β=δ} */
  smoothL1AtDelta: number;
  /** |x| */
  l1: number;
  /** ½x² */
  halfSquare: number;
  /** The misprinted ½(σ²x)² form at the current σ; null for β = 0 (no finite σ). */
  misprint: number | null;
  /** PyTorch's gradient of SmoothL1 with β = 0 at x = 0 (its choice of subgradient). */
  l1SubgradientAtZero: number;
}

/**
 * @example probeReadout(0.5, lossSettings({ beta: 1, sigma: null, delta: 1 })).loss // 0.125
 */
export function probeReadout(x: number, settings: LossSettings): ProbeReadout {
  const { beta, sigma, delta } = settings;
  return {
    x,
    loss: smoothL1(x, beta),
    grad: smoothL1Grad(x, beta),
    huber: huber(x, delta),
    huberGrad: huberGrad(x, delta),
    smoothL1AtDelta: smoothL1(x, delta),
    l1: l1(x),
    halfSquare: halfSquare(x),
    misprint: Number.isFinite(sigma) ? misprintSmoothL1(x, sigma) : null,
    l1SubgradientAtZero: smoothL1Grad(0, 0),
  };
}
