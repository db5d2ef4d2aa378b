import { PALETTE } from '../../components/grid/palette';
import { Swatch } from '../../components/grid/Swatch';
import { LINK_SHADES } from './linkShades';

/** What the picture's colours and marks mean; each has a cue besides colour. */
export function StackLegend() {
  const ramp = `linear-gradient(90deg, ${LINK_SHADES[0]}, ${LINK_SHADES[LINK_SHADES.length - 1]})`;
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <Swatch fill={PALETTE.input} stroke={PALETTE.inputStroke} /> input
      </li>
      <li>
        <Swatch fill={PALETTE.output} stroke={PALETTE.outputStroke} /> a layer’s output
      </li>
      <li>
        <Swatch fill={ramp} stroke={PALETTE.linkedStroke} wide /> linked: light one path, dark the
        most paths
      </li>
      <li>
        <Swatch stroke={PALETTE.focus} strong /> the cell
      </li>
      <li>
        <Swatch hatched /> never read by the next layer (floor or stride)
      </li>
    </ul>
  );
}
