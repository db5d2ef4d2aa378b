import { expandStrides, formatTuple, numel } from '../../../engine';
import type { BroadcastModel } from './broadcastModel';

type Props = {
  /** A model whose result has more than three axes. */
  model: BroadcastModel;
};

/** For results of rank 4 or more: what each operand stores and how it is viewed, in words. */
export function RankSummary({ model }: Props) {
  const shape = model.shape ?? model.frame;
  return (
    <div data-testid="rank-summary">
      <p>
        The picture draws up to three axes; this {shape.length}-D {model.shape ? 'result' : 'frame'}{' '}
        {formatTuple(shape)} ({numel(shape)} elements) is summarised.
      </p>
      <ul>
        {model.operands.map((o) => {
          const strides = model.shape ? expandStrides(o.shape, model.shape) : null;
          const zero = strides?.flatMap((s, k) => (s === 0 && shape[k] !== 1 ? [k] : [])) ?? [];
          return (
            <li key={o.name}>
              <code>{o.name}</code> stores {numel(o.shape)} element{numel(o.shape) === 1 ? '' : 's'}{' '}
              {formatTuple(o.shape)}
              {strides
                ? `; viewed as ${formatTuple(shape)} with strides ${formatTuple(strides)}${zero.length ? `, stride 0 on ${zero.length === 1 ? 'axis' : 'axes'} ${zero.join(', ')}` : ''}.`
                : '.'}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
