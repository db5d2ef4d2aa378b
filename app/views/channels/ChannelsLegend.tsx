import { PALETTE, shade } from '../../components/grid/palette';
import { Swatch } from '../../components/grid/Swatch';

const ITEMS = [
  { label: 'input channel', fill: PALETTE.input, stroke: PALETTE.inputStroke },
  { label: 'padding', fill: PALETTE.padding, stroke: PALETTE.paddingStroke, dashed: true },
  {
    label: 'kernel (one per input channel of the group)',
    fill: PALETTE.kernel,
    stroke: PALETTE.kernelStroke,
  },
  { label: 'output channel', fill: PALETTE.output, stroke: PALETTE.outputStroke },
  {
    label: 'window of the focused output cell',
    fill: shade(PALETTE.input),
    stroke: PALETTE.windowStroke,
    strong: true,
  },
];

/** What the colours and outlines of the channel picture mean. */
export function ChannelsLegend() {
  return (
    <ul className="legend" aria-label="Legend">
      {ITEMS.map((item) => (
        <li key={item.label}>
          <Swatch fill={item.fill} stroke={item.stroke} dashed={item.dashed} strong={item.strong} />
          {item.label}
        </li>
      ))}
      <li>bands: the groups; wires: which input channels each weight row reads</li>
    </ul>
  );
}
