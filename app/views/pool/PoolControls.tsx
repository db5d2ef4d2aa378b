import { memo, useCallback } from 'react';
import { LIMITS } from '../../../engine';
import { AxisControls, type AxisRow } from '../../components/AxisControls';
import { FrameworkSwitch } from '../../components/FrameworkSwitch';
import { ValuesControls } from '../../components/ValuesControls';
import type { AxisPair } from '../../url/fields';
import type { ViewParams } from '../../url/schema';
import { t } from '../../i18n/i18n';

interface Props {
  params: ViewParams<'pool'>;
  set: (patch: Partial<ViewParams<'pool'>>) => void;
}

const POOL_ROWS: readonly AxisRow<'i' | 'k' | 's' | 'p' | 'd'>[] = [
  { key: 'i', label: 'common.inputSize', symbol: 'i', range: LIMITS.input },
  { key: 'k', label: 'common.kernelSize', symbol: 'k', range: LIMITS.kernel },
  { key: 's', label: 'common.stride', symbol: 's', range: LIMITS.stride },
  { key: 'p', label: 'common.padding', symbol: 'p', range: LIMITS.padding },
  { key: 'd', label: 'pool.dilationMax', symbol: 'd', range: LIMITS.dilation },
];

/** TensorFlow's pooling has padding words only, and Keras' layers have no dilation. */
const TF_ROWS = POOL_ROWS.filter((row) => row.key !== 'p' && row.key !== 'd');

/** The pooling layer's arguments, PyTorch's names (Keras' with TensorFlow's rules). */
export function PoolControls({ params, set }: Props) {
  const tf = params.fw === 'tf';
  // One function each for as long as `set` holds: a press on one control leaves the others'
  // props, and so the others, as they were.
  const setFramework = useCallback((fw: 'torch' | 'tf') => set({ fw }), [set]);
  const setAxis = useCallback(
    (key: (typeof POOL_ROWS)[number]['key'], value: AxisPair) => set({ [key]: value }),
    [set],
  );
  return (
    <section className="panel controls" aria-labelledby="pool-controls-title">
      <h2 id="pool-controls-title">{t('common.parameters')}</h2>
      <FrameworkSwitch value={params.fw} onChange={setFramework} hint={t('pool.fwHint')} />
      <PoolingFields
        mode={params.mode}
        tfpad={params.tfpad}
        ceil={params.ceil}
        cip={params.cip}
        tf={tf}
        set={set}
      />
      <AxisControls rows={tf ? TF_ROWS : POOL_ROWS} values={params} onChange={setAxis} />
      <ValuesControls numbers={params.num} seed={params.seed} onChange={set} />
    </section>
  );
}

type PoolingProps = Pick<ViewParams<'pool'>, 'mode' | 'tfpad' | 'ceil' | 'cip'> & {
  /** TensorFlow's rules: padding words, and no switches of PyTorch's. */
  tf: boolean;
  set: Props['set'];
};

/**
 * The pooling itself: max or average, and PyTorch's switches or TensorFlow's padding. Rendered
 * again only when one of them changes, not on a press on a size.
 */
const PoolingFields = memo(function PoolingFields({
  mode,
  tfpad,
  ceil,
  cip,
  tf,
  set,
}: PoolingProps) {
  return (
    <fieldset className="axis-control">
      <legend>{t('pool.pooling')}</legend>
      <div className="toggles">
        <label className="inline-field">
          {t('pool.mode')}
          <select
            value={mode}
            onChange={(event) => set({ mode: event.target.value as 'max' | 'avg' })}
            data-testid="control-mode"
          >
            <option value="max">{tf ? 'MaxPooling2D' : t('pool.modeMax')}</option>
            <option value="avg">{tf ? 'AveragePooling2D' : t('pool.modeAvg')}</option>
          </select>
        </label>
        {tf ? (
          <label className="inline-field">
            {t('common.padding')}
            <select
              value={tfpad}
              onChange={(event) => set({ tfpad: event.target.value as 'valid' | 'same' })}
              data-testid="control-tfpad"
            >
              <option value="valid">{t('pool.tfValid')}</option>
              <option value="same">'same' (⌈i/s⌉)</option>
            </select>
          </label>
        ) : (
          <PyTorchToggles ceil={ceil} cip={cip} avg={mode === 'avg'} set={set} />
        )}
      </div>
    </fieldset>
  );
});

/** PyTorch's own switches: ceil_mode, and count_include_pad for average pooling. */
function PyTorchToggles({
  ceil,
  cip,
  avg,
  set,
}: Pick<PoolingProps, 'ceil' | 'cip' | 'set'> & { avg: boolean }) {
  return (
    <>
      <label className="inline-field">
        <input
          type="checkbox"
          checked={ceil}
          onChange={(event) => set({ ceil: event.target.checked })}
          data-testid="toggle-ceil"
        />
        <span lang="en">ceil_mode</span>
      </label>
      <label className="inline-field">
        <input
          type="checkbox"
          checked={cip}
          disabled={!avg}
          onChange={(event) => set({ cip: event.target.checked })}
          data-testid="toggle-cip"
        />
        <span lang="en">count_include_pad</span>
      </label>
    </>
  );
}
