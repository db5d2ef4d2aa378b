import type { BroadcastModel } from './broadcastModel';
import { formatValue } from './broadcastModel';
import { indexText, sourceOf } from './picture';
import { flatIndex } from '../../../engine';
import { t } from '../../i18n/i18n';

type Props = {
  model: BroadcastModel;
  /** Frame coordinate of the hovered or focused result element. */
  hovered: number[] | null;
};

/** Which element of each operand the hovered result element reads. */
export function SourceReadout({ model, hovered }: Props) {
  const { shape, resultAt } = model;
  let text = t('broadcast.src.hint');
  if (hovered && shape && resultAt) {
    const value = formatValue(resultAt(flatIndex(hovered, shape)), model.op.kind);
    const reads = model.operands.map((o) => {
      const source = sourceOf(o.shape, shape, hovered);
      return `${o.name}${indexText(source.coord)} = ${o.valueAt(source.index)}`;
    });
    text = `result${indexText(hovered)} = ${value} ← ${reads.join(', ')}`;
  }
  return (
    <p className="source-readout" data-testid="source-readout" aria-live="polite">
      {text}
    </p>
  );
}
