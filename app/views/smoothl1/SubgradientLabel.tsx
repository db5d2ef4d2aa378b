import type { ScaleLinear } from 'd3-scale';
import { t } from '../../i18n/i18n';
import { formatLabel } from './format';

type Props = {
  xScale: ScaleLinear<number, number>;
  yScale: ScaleLinear<number, number>;
  /** PyTorch's gradient of Smooth L1 with β = 0 at x = 0. */
  value: number;
};

/** Names the value PyTorch picks from the subgradient [−1, 1] of |x| at 0. */
export function SubgradientLabel({ xScale, yScale, value }: Props) {
  const [lo, hi] = xScale.domain();
  if (lo >= 0 || hi <= 0) return null;
  return (
    <text
      className="subgradient-label"
      x={xScale(0) + 8}
      y={yScale(value)}
      dy="1.2em"
      aria-hidden="true"
    >
      {t('smoothl1.plot.subgradient', { value: formatLabel(value) })}
    </text>
  );
}
