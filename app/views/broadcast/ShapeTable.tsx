import { formatTuple } from '../../../engine';
import type { BroadcastModel } from './broadcastModel';
import { t } from '../../i18n/i18n';

type Props = {
  /** The analysed operands and result. */
  model: BroadcastModel;
};

const verdictText = (verdict: 'equal' | 'stretched' | 'mismatch') => t(`broadcast.st.${verdict}`);

/** One operand's size on an axis: implicit leading 1s in brackets, stretches as 1 → n. */
function SizeCell({ size, result }: { size: number | null; result: number | null }) {
  const shown = size === null ? '(1)' : String(size);
  const stretched = result !== null && (size ?? 1) !== result;
  return (
    <td className={size === null ? 'implicit' : undefined}>
      {shown}
      {stretched ? ` → ${result}` : ''}
      {size === null ? <span className="visually-hidden">{t('broadcast.st.implicit')}</span> : null}
    </td>
  );
}

/** Shapes lined up from the trailing axis, with a verdict per axis. */
export function ShapeTable({ model }: Props) {
  const { axes, conflict } = model.analysis;
  const rank = axes.length;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('broadcast.st.label')}>
      <table className="shape-table" data-testid="shape-table">
        <caption>
          {t('broadcast.st.caption1')}
          <span className="implicit">(1)</span>
          {t('broadcast.st.caption2')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('broadcast.st.operand')}</th>
            {axes.map((axis, k) => (
              <th
                key={k}
                scope="col"
                className={axis.verdict === 'mismatch' ? 'mismatch' : undefined}
              >
                {t('broadcast.st.axis', { k })}
                <span className="axis-from-right"> ({k - rank})</span>
              </th>
            ))}
            <th scope="col">{t('broadcast.st.shape')}</th>
          </tr>
        </thead>
        <tbody>
          {model.operands.map((operand, i) => (
            <tr key={operand.name}>
              <th scope="row">
                <code>{operand.name}</code>
              </th>
              {axes.map((axis, k) => (
                <SizeCell
                  key={k}
                  size={axis.sizes[i]}
                  result={axis.verdict === 'mismatch' ? null : axis.size}
                />
              ))}
              <td>
                <code>{formatTuple(operand.shape)}</code>
                {conflict && (conflict.first === i || conflict.second === i) ? (
                  <span className="conflict-mark">{t('broadcast.st.clashes')}</span>
                ) : null}
              </td>
            </tr>
          ))}
          <tr className="result-row">
            <th scope="row">{t('broadcast.st.result')}</th>
            {axes.map((axis, k) => (
              <td key={k} className={axis.verdict === 'mismatch' ? 'mismatch' : undefined}>
                {axis.verdict === 'mismatch' ? '✗' : axis.size}
              </td>
            ))}
            <td>
              {model.shape ? <code>{formatTuple(model.shape)}</code> : t('broadcast.st.none')}
            </td>
          </tr>
          <tr className="verdict-row">
            <th scope="row">{t('broadcast.st.verdict')}</th>
            {axes.map((axis, k) => (
              <td
                key={k}
                data-verdict={axis.verdict}
                className={axis.verdict === 'mismatch' ? 'mismatch' : undefined}
              >
                {verdictText(axis.verdict)}
              </td>
            ))}
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
