import { PALETTE, shade } from './palette';

interface Props {
  /** Cells dropped per axis (legend entry only when some are). */
  dropped: readonly [number, number];
  /** Whether the kernel is dilated (explains the gaps). */
  dilated: boolean;
  /** What padding holds: zeros (convolution, average pooling) or −∞ (max pooling). */
  padValue: '0' | '−∞';
  /** Whether the window is a kernel's (convolution) or a plain window (pooling). */
  kernel: boolean;
  /** Cells are drawn past the padding, where a ceil-mode window overhangs. */
  overhang: boolean;
  /** Ceil mode drops a window (drawn red and dashed). */
  droppedWindow: boolean;
}

/**
 * What the colours and marks of a sliding-window figure (convolution, pooling) mean; each mark
 * has a shape cue besides colour.
 */
export function WindowLegend({
  dropped,
  dilated,
  padValue,
  kernel,
  overhang,
  droppedWindow,
}: Props) {
  const windowName = kernel ? 'kernel window' : 'window';
  const entries: [string, string, string, string][] = [
    ['', PALETTE.input, PALETTE.inputStroke, 'input'],
    [
      ' dashed',
      PALETTE.padding,
      PALETTE.paddingStroke,
      `padding (${padValue === '0' ? 'zeros' : '−∞'}, dashed)`,
    ],
    [
      ' strong',
      shade(PALETTE.input),
      PALETTE.windowStroke,
      `${windowName}, a see-through shadow${dilated ? ' (dilated: taps with gaps)' : ''}`,
    ],
    ['', PALETTE.output, PALETTE.outputStroke, 'computed output'],
    ['', PALETTE.pending, PALETTE.pendingStroke, 'not computed yet'],
    [' strong', shade(PALETTE.input), PALETTE.linkedStroke, 'linked to the hovered cell'],
  ];
  if (overhang) {
    entries.push([
      ' dashed',
      PALETTE.pending,
      PALETTE.pendingStroke,
      'past the padding (ceil-mode overhang, ignored)',
    ]);
  }
  return (
    <ul className="legend" aria-label="Legend" data-testid="window-legend">
      {entries.map(([kind, background, borderColor, text]) => (
        <li key={text}>
          <span className={`swatch${kind}`} style={{ background, borderColor }} /> {text}
        </li>
      ))}
      {droppedWindow && (
        <li>
          <span
            className="swatch dashed strong"
            style={{ background: 'transparent', borderColor: PALETTE.dropped }}
          />{' '}
          window PyTorch drops (red, dashed)
        </li>
      )}
      {(dropped[0] > 0 || dropped[1] > 0) && (
        <li>
          <span className="swatch hatched" /> dropped by the floor
        </li>
      )}
    </ul>
  );
}
