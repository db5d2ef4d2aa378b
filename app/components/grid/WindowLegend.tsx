import { memo } from 'react';
import { PALETTE, shade } from './palette';
import { Swatch } from './Swatch';
import { sameProps } from '../sameProps';
import { t } from '../../i18n/i18n';

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
 * has a shape cue besides colour. Drawn again only when its props change (not on a hover, nor
 * on a key press that keeps what it lists).
 */
export const WindowLegend = memo(function WindowLegend({
  dropped,
  dilated,
  padValue,
  kernel,
  overhang,
  droppedWindow,
}: Props) {
  const windowName = kernel ? t('common.legend.kernelWindow') : t('common.legend.window');
  const entries: [Kind, string, string, string][] = [
    [{}, PALETTE.input, PALETTE.inputStroke, t('common.legend.input')],
    [
      { dashed: true },
      PALETTE.padding,
      PALETTE.paddingStroke,
      padValue === '0' ? t('common.legend.paddingZeros') : t('common.legend.paddingInf'),
    ],
    [
      { strong: true },
      shade(PALETTE.input),
      PALETTE.windowStroke,
      t(dilated ? 'common.legend.shadowDilated' : 'common.legend.shadow', { window: windowName }),
    ],
    [{}, PALETTE.output, PALETTE.outputStroke, t('common.legend.computed')],
    [{}, PALETTE.pending, PALETTE.pendingStroke, t('common.legend.pending')],
    [{ strong: true }, shade(PALETTE.input), PALETTE.linkedStroke, t('common.legend.linked')],
  ];
  if (overhang) {
    entries.push([
      { dashed: true },
      PALETTE.pending,
      PALETTE.pendingStroke,
      t('common.legend.overhang'),
    ]);
  }
  return (
    <ul className="legend" aria-label={t('common.legend.label')} data-testid="window-legend">
      {entries.map(([kind, background, borderColor, text]) => (
        <li key={text}>
          <Swatch fill={background} stroke={borderColor} {...kind} /> {text}
        </li>
      ))}
      {droppedWindow && (
        <li>
          <Swatch stroke={PALETTE.dropped} dashed strong /> {t('common.legend.droppedWindow')}
        </li>
      )}
      {(dropped[0] > 0 || dropped[1] > 0) && (
        <li>
          <Swatch hatched /> {t('common.legend.floor')}
        </li>
      )}
    </ul>
  );
}, sameProps<Props>('dropped'));
