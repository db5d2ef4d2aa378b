/**
 * How each curve is drawn: an Okabe–Ito colour and a distinct dash pattern, so that curves
 * differ without colour too. Labels name them in the legend.
 */
import type { LossCurve } from '../../url/schema';
import { formatLabel, formatNamed } from './format';
import type { LossSettings } from './lossModel';
import { t } from '../../i18n/i18n';

export interface CurveStyle {
  label: string;
  color: string;
  /** SVG stroke-dasharray; undefined is solid. */
  dash?: string;
  width: number;
}

export const CURVE_STYLES: Record<LossCurve, CurveStyle> = {
  sl1: { label: 'Smooth L1', color: '#0072b2', width: 3 },
  l1: { label: 'L1 |x|', color: '#5a5f66', dash: '7 4', width: 2 },
  l2: { label: 'L2 ½x²', color: '#cc79a7', dash: '2 3', width: 2.25 },
  huber: { label: 'Huber', color: '#009e73', dash: '10 3 2 3', width: 2 },
  misprint: { label: 'Misprint ½(σ²x)²', color: '#d55e00', dash: '4 2', width: 2 },
};

/** A curve's name with its parameter: "Smooth L1 (β = 1)", "Huber (δ = 1)". */
export function curveLabel(id: LossCurve, { beta, delta, form, sigma }: LossSettings): string {
  const base = id === 'misprint' ? t('smoothl1.legend.misprint') : CURVE_STYLES[id].label;
  if (id === 'sl1') {
    return form === 'sigma'
      ? `${base} (${formatNamed('σ', formatLabel(sigma))}, ${formatNamed('β', formatLabel(beta))})`
      : `${base} (${formatNamed('β', formatLabel(beta))})`;
  }
  if (id === 'huber') return `${base} (${formatNamed('δ', formatLabel(delta))})`;
  return base;
}
