import { LIMITS } from '../../../engine';
import { AxisControl } from '../../components/AxisControl';
import { ValuesControls } from '../../components/ValuesControls';
import type { ViewParams } from '../../url/schema';

interface Props {
  params: ViewParams<'pool'>;
  set: (patch: Partial<ViewParams<'pool'>>) => void;
}

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
      <AxisControl
        label="Input size"
        symbol="i"
        value={params.i}
        {...LIMITS.input}
        onChange={(i) => set({ i })}
        testId="i"
      />
      <AxisControl
        label="Kernel size"
        symbol="k"
        value={params.k}
        {...LIMITS.kernel}
        onChange={(k) => set({ k })}
        testId="k"
      />
      <AxisControl
        label="Stride"
        symbol="s"
        value={params.s}
        {...LIMITS.stride}
        onChange={(s) => set({ s })}
        testId="s"
      />
      <AxisControl
        label="Padding"
        symbol="p"
        value={params.p}
        {...LIMITS.padding}
        onChange={(p) => set({ p })}
        testId="p"
      />
      <AxisControl
        label="Dilation (max only)"
        symbol="d"
        value={params.d}
        {...LIMITS.dilation}
        onChange={(d) => set({ d })}
        testId="d"
      />
      <ValuesControls numbers={params.num} seed={params.seed} onChange={set} />
    </section>
  );
}
