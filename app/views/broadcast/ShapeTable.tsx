import { formatTuple } from '../../../engine';
import type { BroadcastModel } from './broadcastModel';

type Props = {
  /** The analysed operands and result. */
  model: BroadcastModel;
};

const VERDICT_TEXT = { equal: 'equal', stretched: 'stretched from 1', mismatch: 'mismatch' };

/** One operand's size on an axis: implicit leading 1s in brackets, stretches as 1 → n. */
function SizeCell({ size, result }: { size: number | null; result: number | null }) {
  const shown = size === null ? '(1)' : String(size);
  const stretched = result !== null && (size ?? 1) !== result;
  return (
    <td className={size === null ? 'implicit' : undefined}>
      {shown}
      {stretched ? ` → ${result}` : ''}
      {size === null ? <span className="visually-hidden"> implicit leading 1</span> : null}
    </td>
  );
}

/** Shapes lined up from the trailing axis, with a verdict per axis. */
export function ShapeTable({ model }: Props) {
  const { axes, conflict } = model.analysis;
  const rank = axes.length;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Shape table">
      <table className="shape-table" data-testid="shape-table">
        <caption>
          Shapes lined up from the trailing axis; <span className="implicit">(1)</span> is an
          implicit leading 1.
        </caption>
        <thead>
          <tr>
            <th scope="col">operand</th>
            {axes.map((axis, k) => (
              <th
                key={k}
                scope="col"
                className={axis.verdict === 'mismatch' ? 'mismatch' : undefined}
              >
                axis {k}
                <span className="axis-from-right"> ({k - rank})</span>
              </th>
            ))}
            <th scope="col">shape</th>
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
                  <span className="conflict-mark"> ✗ clashes</span>
                ) : null}
              </td>
            </tr>
          ))}
          <tr className="result-row">
            <th scope="row">result</th>
            {axes.map((axis, k) => (
              <td key={k} className={axis.verdict === 'mismatch' ? 'mismatch' : undefined}>
                {axis.verdict === 'mismatch' ? '✗' : axis.size}
              </td>
            ))}
            <td>
              <code>{model.shape ? formatTuple(model.shape) : 'none'}</code>
            </td>
          </tr>
          <tr className="verdict-row">
            <th scope="row">verdict</th>
            {axes.map((axis, k) => (
              <td
                key={k}
                data-verdict={axis.verdict}
                className={axis.verdict === 'mismatch' ? 'mismatch' : undefined}
              >
                {VERDICT_TEXT[axis.verdict]}
              </td>
            ))}
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
