import { LIMITS } from '../../../engine';
import { AxisControls, type AxisRow } from '../../components/AxisControls';
import { ValuesControls } from '../../components/ValuesControls';
import type { ViewParams } from '../../url/schema';

interface Props {
  params: ViewParams<'pool'>;
  set: (patch: Partial<ViewParams<'pool'>>) => void;
}

const POOL_ROWS: readonly AxisRow<'i' | 'k' | 's' | 'p' | 'd'>[] = [
  { key: 'i', label: 'Input size', symbol: 'i', range: LIMITS.input },
  { key: 'k', label: 'Kernel size', symbol: 'k', range: LIMITS.kernel },
  { key: 's', label: 'Stride', symbol: 's', range: LIMITS.stride },
  { key: 'p', label: 'Padding', symbol: 'p', range: LIMITS.padding },
  { key: 'd', label: 'Dilation (max only)', symbol: 'd', range: LIMITS.dilation },
];

/** The pooling layer's arguments, PyTorch's names. */
export function PoolControls({ params, set }: Props) {
  return (
    <section className="panel controls" aria-labelledby="pool-controls-title">
      <h2 id="pool-controls-title">Parameters</h2>
      <fieldset className="axis-control">
        <legend>Pooling</legend>
        <div className="toggles">
          <label className="inline-field">
            Mode
            <select
              value={params.mode}
              onChange={(event) => set({ mode: event.target.value as 'max' | 'avg' })}
              data-testid="control-mode"
            >
              <option value="max">max (MaxPool2d)</option>
              <option value="avg">average (AvgPool2d)</option>
            </select>
          </label>
          <label className="inline-field">
            <input
              type="checkbox"
              checked={params.ceil}
              onChange={(event) => set({ ceil: event.target.checked })}
              data-testid="toggle-ceil"
            />
            ceil_mode
          </label>
          <label className="inline-field">
            <input
              type="checkbox"
              checked={params.cip}
              disabled={params.mode !== 'avg'}
              onChange={(event) => set({ cip: event.target.checked })}
              data-testid="toggle-cip"
            />
            count_include_pad
          </label>
        </div>
      </fieldset>
      <AxisControls
        rows={POOL_ROWS}
        values={params}
        onChange={(key, value) => set({ [key]: value })}
      />
      <ValuesControls numbers={params.num} seed={params.seed} onChange={set} />
    </section>
  );
}
