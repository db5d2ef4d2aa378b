import { PALETTE, shade } from './palette';

interface Props {
  /** Cells dropped per axis (legend entry only when some are). */
  dropped: readonly [number, number];
  /** Whether the kernel is dilated (explains the gaps). */
  dilated: boolean;
}

/**
 * What the colours and marks of a sliding-window figure (convolution, pooling) mean; each mark
 * has a shape cue besides colour.
 */
export function WindowLegend({ dropped, dilated }: Props) {
  const entries: [string, string, string, string][] = [
    ['', PALETTE.input, PALETTE.inputStroke, 'input'],
    [' dashed', PALETTE.padding, PALETTE.paddingStroke, 'padding (zeros, dashed)'],
    [
      ' strong',
      shade(PALETTE.input),
      PALETTE.windowStroke,
      `kernel window, a see-through shadow${dilated ? ' (dilated: taps with gaps)' : ''}`,
    ],
    ['', PALETTE.output, PALETTE.outputStroke, 'computed output'],
    ['', PALETTE.pending, PALETTE.pendingStroke, 'not computed yet'],
    [' strong', shade(PALETTE.input), PALETTE.linkedStroke, 'linked to the hovered cell'],
  ];
  return (
    <ul className="legend" aria-label="Legend">
      {entries.map(([kind, background, borderColor, text]) => (
        <li key={text}>
          <span className={`swatch${kind}`} style={{ background, borderColor }} /> {text}
        </li>
      ))}
      {(dropped[0] > 0 || dropped[1] > 0) && (
        <li>
          <span className="swatch hatched" /> dropped by the floor
        </li>
      )}
    </ul>
  );
}
