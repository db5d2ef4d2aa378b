import { PALETTE, shade } from './palette';
import { Swatch } from './Swatch';

/** The outline style of a legend entry. */
type Kind = { dashed?: boolean; strong?: boolean };

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
  const entries: [Kind, string, string, string][] = [
    [{}, PALETTE.input, PALETTE.inputStroke, 'input'],
    [
      { dashed: true },
      PALETTE.padding,
      PALETTE.paddingStroke,
      `padding (${padValue === '0' ? 'zeros' : '−∞'}, dashed)`,
    ],
    [
      { strong: true },
      shade(PALETTE.input),
      PALETTE.windowStroke,
      `${windowName}, a see-through shadow${dilated ? ' (dilated: taps with gaps)' : ''}`,
    ],
    [{}, PALETTE.output, PALETTE.outputStroke, 'computed output'],
    [{}, PALETTE.pending, PALETTE.pendingStroke, 'not computed yet'],
    [{ strong: true }, shade(PALETTE.input), PALETTE.linkedStroke, 'linked to the hovered cell'],
  ];
  if (overhang) {
    entries.push([
      { dashed: true },
      PALETTE.pending,
      PALETTE.pendingStroke,
      'past the padding (ceil-mode overhang, ignored)',
    ]);
  }
  return (
    <ul className="legend" aria-label="Legend" data-testid="window-legend">
      {entries.map(([kind, background, borderColor, text]) => (
        <li key={text}>
          <Swatch fill={background} stroke={borderColor} {...kind} /> {text}
        </li>
      ))}
      {droppedWindow && (
        <li>
          <Swatch stroke={PALETTE.dropped} dashed strong /> window PyTorch drops (red, dashed)
        </li>
      )}
      {(dropped[0] > 0 || dropped[1] > 0) && (
        <li>
          <Swatch hatched /> dropped by the floor
        </li>
      )}
    </ul>
  );
}
