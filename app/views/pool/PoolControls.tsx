import { LIMITS } from '../../../engine';
import { AxisControls, type AxisRow } from '../../components/AxisControls';
import { FrameworkSwitch } from '../../components/FrameworkSwitch';
import { ValuesControls } from '../../components/ValuesControls';
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
  return (
    <section className="panel controls" aria-labelledby="pool-controls-title">
      <h2 id="pool-controls-title">{t('common.parameters')}</h2>
      <FrameworkSwitch value={params.fw} onChange={(fw) => set({ fw })} hint={t('pool.fwHint')} />
      <fieldset className="axis-control">
        <legend>{t('pool.pooling')}</legend>
        <div className="toggles">
          <label className="inline-field">
            {t('pool.mode')}
            <select
              value={params.mode}
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
                value={params.tfpad}
                onChange={(event) => set({ tfpad: event.target.value as 'valid' | 'same' })}
                data-testid="control-tfpad"
              >
                <option value="valid">{t('pool.tfValid')}</option>
                <option value="same">'same' (⌈i/s⌉)</option>
              </select>
            </label>
          ) : (
            <PyTorchToggles params={params} set={set} />
          )}
        </div>
      </fieldset>
      <AxisControls
        rows={tf ? TF_ROWS : POOL_ROWS}
        values={params}
        onChange={(key, value) => set({ [key]: value })}
      />
      <ValuesControls numbers={params.num} seed={params.seed} onChange={set} />
    </section>
  );
}

/** PyTorch's own switches: ceil_mode, and count_include_pad for average pooling. */
function PyTorchToggles({ params, set }: Props) {
  return (
    <>
      <label className="inline-field">
        <input
          type="checkbox"
          checked={params.ceil}
          onChange={(event) => set({ ceil: event.target.checked })}
          data-testid="toggle-ceil"
        />
        <span lang="en">ceil_mode</span>
      </label>
      <label className="inline-field">
        <input
          type="checkbox"
          checked={params.cip}
          disabled={params.mode !== 'avg'}
          onChange={(event) => set({ cip: event.target.checked })}
          data-testid="toggle-cip"
        />
        <span lang="en">count_include_pad</span>
      </label>
    </>
  );
}
