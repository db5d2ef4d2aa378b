import { PALETTE } from '../../components/grid/palette';
import { Swatch } from '../../components/grid/Swatch';
import { t } from '../../i18n/i18n';

interface Props {
  /** Values are printed: computed cells hold their sum. */
  numbers: boolean;
}

/** What the scatter's colours and marks mean at a step of the clock. */
export function ScatterLegend({ numbers }: Props) {
  return (
    <ul className="legend" aria-label={t('transposed.sc.legend')}>
      <li>
        <Swatch fill={PALETTE.output} stroke={PALETTE.outputStroke} />{' '}
        {t('transposed.sc.computed', { numbers: numbers ? 'yes' : 'no' })}
      </li>
      <li>
        <Swatch fill={PALETTE.pending} stroke={PALETTE.pendingStroke} />{' '}
        {t('common.legend.pending')}
      </li>
      <li>
        <Swatch stroke={PALETTE.kernelStroke} dashed /> {t('transposed.sc.stamps')}
      </li>
      <li>
        <Swatch hatched /> {t('transposed.sc.cropped')}
      </li>
    </ul>
  );
}
