import { formatValue } from '../../components/format';
import type { LayerHighlight } from './channelHighlight';
import { t } from '../../i18n/i18n';

interface Props {
  /** The focused output cell of a layer, or null. */
  highlight: LayerHighlight | null;
  /** Whether values are shown (`num`). */
  numbers: boolean;
  /** Prefix of the test ids ('conv', 'pointwise'). */
  id: string;
}

const channelRange = (channels: readonly number[]) =>
  channels.length === 1
    ? t('channels.dg.inputChannel', { n: channels[0] })
    : t('channels.dg.inputChannels', { from: channels[0], to: channels[channels.length - 1] });

/**
 * What the focused output cell is made of: the input channels it reads and, with numbers, each
 * channel's partial sum and their total, which is the output value.
 */
export function PartialSums({ highlight: hl, numbers, id }: Props) {
  if (!hl) {
    return (
      <p className="partial-sums muted" data-testid={`${id}-partials`}>
        {t(numbers ? 'channels.ps.hintNumbers' : 'channels.ps.hint')}
      </p>
    );
  }
  const total = hl.partials?.reduce((sum, p) => sum + p.value, 0);
  return (
    <div className="partial-sums" data-testid={`${id}-partials`} aria-live="polite">
      <p>
        {t('channels.ps.reads', {
          co: hl.outChannel,
          r: hl.position[0],
          c: hl.position[1],
          g: hl.group + 1,
          reads: channelRange(hl.channels),
        })}
      </p>
      {hl.partials && total !== undefined && hl.value !== null && (
        <p className="partial-list">
          {hl.partials.map((p, index) => (
            <span key={p.channel}>
              {index > 0 && ' + '}
              <span className="partial" data-testid={`partial-${p.channel}`}>
                <span className="muted">{t('channels.ps.ch', { n: p.channel })}</span>{' '}
                {formatValue(p.value)}
              </span>
            </span>
          ))}{' '}
          = <strong data-testid="partial-total">{formatValue(total)}</strong>
          {t('channels.ps.value')}
          <strong data-testid="partial-output">{formatValue(hl.value)}</strong>
        </p>
      )}
    </div>
  );
}
