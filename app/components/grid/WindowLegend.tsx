import { PALETTE } from '../../components/grid/palette';

interface Props {
  /** Cells dropped per axis (legend entry only when some are). */
  dropped: [number, number];
  /** Whether the kernel is dilated (explains the gaps). */
  dilated: boolean;
}

/** What the colours and marks of the figure mean; each mark has a shape cue besides colour. */
export function ConvLegend({ dropped, dilated }: Props) {
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
          className="swatch dashed"
          style={{ background: PALETTE.padding, borderColor: PALETTE.paddingStroke }}
        />{' '}
        padding (zeros, dashed)
      </li>
      <li>
        <span
          className="swatch strong"
          style={{ background: PALETTE.window, borderColor: PALETTE.kernelStroke }}
        />{' '}
        kernel window{dilated ? ' (dilated: taps with gaps)' : ''}
      </li>
      <li>
        <span
          className="swatch"
          style={{ background: PALETTE.output, borderColor: PALETTE.outputStroke }}
        />{' '}
        computed output
      </li>
      <li>
        <span
          className="swatch strong"
          style={{ background: PALETTE.linked, borderColor: PALETTE.linkedStroke }}
        />{' '}
        linked to the hovered cell
      </li>
      {(dropped[0] > 0 || dropped[1] > 0) && (
        <li>
          <span className="swatch hatched" /> dropped by the floor
        </li>
      )}
    </ul>
  );
}
