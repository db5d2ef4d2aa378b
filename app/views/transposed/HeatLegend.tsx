import { HEAT, PALETTE } from '../../components/grid/palette';
import { Swatch } from '../../components/grid/Swatch';
import { t } from '../../i18n/i18n';

/**
 * The colour scale of the overlap-count heat map: how many stamps land on a cell, from none to
 * the darkest colour (that many or more). Every cell also prints its count.
 */
export function HeatLegend() {
  return (
    <div className="heat-legend" data-testid="heat-legend">
      <span id="heat-legend-title">{t('transposed.heat.title')}</span>
      <ol className="heat-scale" aria-labelledby="heat-legend-title">
        {HEAT.map((colour, count) => (
          <li key={colour}>
            <Swatch fill={colour} stroke={PALETTE.paddingStroke} />
            {count === HEAT.length - 1 ? t('transposed.heat.more', { count }) : count}
          </li>
        ))}
      </ol>
      <span className="muted">{t('transposed.heat.note')}</span>
    </div>
  );
}
