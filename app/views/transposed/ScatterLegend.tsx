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
        <Swatch fill={PALETTE.output} stroke={PALETTE.outputStroke} /> computed output
        {numbers ? ' (the sum of its stamps)' : ''}
      </li>
      <li>
        <Swatch fill={PALETTE.pending} stroke={PALETTE.pendingStroke} /> not computed yet
      </li>
      <li>
        <Swatch stroke={PALETTE.kernelStroke} dashed /> stamps of the current output (dashed)
      </li>
      <li>
        <Swatch hatched /> cropped by the padding
      </li>
    </ul>
  );
}
