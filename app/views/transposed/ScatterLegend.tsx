import { PALETTE } from '../../components/grid/palette';

interface Props {
  /** Values are printed: computed cells hold their sum. */
  numbers: boolean;
}

/** What the scatter's colours and marks mean at a step of the clock. */
export function ScatterLegend({ numbers }: Props) {
  return (
    <ul className="legend" aria-label="Legend of the scatter">
      <li>
        <span
          className="swatch"
          style={{ background: PALETTE.output, borderColor: PALETTE.outputStroke }}
        />{' '}
        computed output{numbers ? ' (the sum of its stamps)' : ''}
      </li>
      <li>
        <span
          className="swatch"
          style={{ background: PALETTE.pending, borderColor: PALETTE.pendingStroke }}
        />{' '}
        not computed yet
      </li>
      <li>
        <span className="swatch dashed" style={{ borderColor: PALETTE.kernelStroke }} /> stamps of
        the current output (dashed)
      </li>
      <li>
        <span className="swatch hatched" /> cropped by the padding
      </li>
    </ul>
  );
}
