import { PALETTE, shade } from '../../components/grid/palette';
import { Swatch } from '../../components/grid/Swatch';
import { t } from '../../i18n/i18n';

const ITEMS = [
  { label: 'channels.lg.input', fill: PALETTE.input, stroke: PALETTE.inputStroke },
  {
    label: 'channels.lg.padding',
    fill: PALETTE.padding,
    stroke: PALETTE.paddingStroke,
    dashed: true,
  },
  {
    label: 'channels.lg.kernel',
    fill: PALETTE.kernel,
    stroke: PALETTE.kernelStroke,
  },
  { label: 'channels.lg.output', fill: PALETTE.output, stroke: PALETTE.outputStroke },
  {
    label: 'channels.lg.window',
    fill: shade(PALETTE.input),
    stroke: PALETTE.windowStroke,
    strong: true,
  },
];

/** What the colours and outlines of the channel picture mean. */
export function ChannelsLegend() {
  return (
    <ul className="legend" aria-label={t('common.legend.label')}>
      {ITEMS.map((item) => (
        <li key={item.label}>
          <Swatch fill={item.fill} stroke={item.stroke} dashed={item.dashed} strong={item.strong} />
          {t(item.label)}
        </li>
      ))}
      <li>{t('channels.lg.bands')}</li>
    </ul>
  );
}
