import { memo } from 'react';
import { PALETTE } from '../../components/grid/palette';
import { Swatch } from '../../components/grid/Swatch';
import { LINK_SHADES } from './linkShades';
import { t } from '../../i18n/i18n';

/** What the picture's colours and marks mean; each has a cue besides colour. */
export const StackLegend = memo(function StackLegend() {
  const ramp = `linear-gradient(90deg, ${LINK_SHADES[0]}, ${LINK_SHADES[LINK_SHADES.length - 1]})`;
  return (
    <ul className="legend" aria-label={t('common.legend.label')}>
      <li>
        <Swatch fill={PALETTE.input} stroke={PALETTE.inputStroke} /> {t('common.legend.input')}
      </li>
      <li>
        <Swatch fill={PALETTE.output} stroke={PALETTE.outputStroke} /> {t('stack.lg.output')}
      </li>
      <li>
        <Swatch fill={ramp} stroke={PALETTE.linkedStroke} wide /> {t('stack.lg.linked')}
      </li>
      <li>
        <Swatch stroke={PALETTE.focus} strong /> {t('stack.lg.cell')}
      </li>
      <li>
        <Swatch hatched /> {t('stack.lg.unread')}
      </li>
    </ul>
  );
});
