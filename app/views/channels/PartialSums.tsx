import { formatValue } from '../../components/format';
import type { LayerHighlight } from './channelHighlight';

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
    ? `input channel ${channels[0]}`
    : `input channels ${channels[0]}–${channels[channels.length - 1]}`;

/**
 * What the focused output cell is made of: the input channels it reads and, with numbers, each
 * channel's partial sum and their total, which is the output value.
 */
export function PartialSums({ highlight: hl, numbers, id }: Props) {
  if (!hl) {
    return (
      <p className="partial-sums muted" data-testid={`${id}-partials`}>
        Hover, focus or tap an output cell: its window lights up in every input channel of its group
        {numbers ? ', with the share of each channel below' : ''}.
      </p>
    );
  }
  const total = hl.partials?.reduce((sum, p) => sum + p.value, 0);
  return (
    <div className="partial-sums" data-testid={`${id}-partials`} aria-live="polite">
      <p>
        Output channel {hl.outChannel}, row {hl.position[0]}, column {hl.position[1]} (group{' '}
        {hl.group + 1}) reads {channelRange(hl.channels)}.
      </p>
      {hl.partials && total !== undefined && hl.value !== null && (
        <p className="partial-list">
          {hl.partials.map((p, index) => (
            <span key={p.channel}>
              {index > 0 && ' + '}
              <span className="partial" data-testid={`partial-${p.channel}`}>
                <span className="muted">ch {p.channel}:</span> {formatValue(p.value)}
              </span>
            </span>
          ))}{' '}
          = <strong data-testid="partial-total">{formatValue(total)}</strong>, the output value{' '}
          <strong data-testid="partial-output">{formatValue(hl.value)}</strong>
        </p>
      )}
    </div>
  );
}
