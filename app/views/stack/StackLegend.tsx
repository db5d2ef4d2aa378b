import { PALETTE } from '../../components/grid/palette';
import { LINK_SHADES } from './linkShades';

/** What the picture's colours and marks mean; each has a cue besides colour. */
export function StackLegend() {
  const ramp = `linear-gradient(90deg, ${LINK_SHADES[0]}, ${LINK_SHADES[LINK_SHADES.length - 1]})`;
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <span
          className="swatch"
          style={{ background: PALETTE.input, borderColor: PALETTE.inputStroke }}
        />{' '}
        input
      </li>
      <li>
        <span
          className="swatch"
          style={{ background: PALETTE.output, borderColor: PALETTE.outputStroke }}
        />{' '}
        a layer’s output
      </li>
      <li>
        <span
          className="swatch wide"
          style={{ background: ramp, borderColor: PALETTE.linkedStroke }}
        />{' '}
        linked: light one path, dark the most paths
      </li>
      <li>
        <span className="swatch strong" style={{ borderColor: PALETTE.focus }} /> the cell
      </li>
      <li>
        <span className="swatch hatched" /> never read by the next layer (floor or stride)
      </li>
    </ul>
  );
}
