import { LIMITS } from '../../../engine';
import { AxisControl } from '../../components/AxisControl';
import type { ViewParams } from '../../url/schema';
import { t } from '../../i18n/i18n';

interface Props {
  params: ViewParams<'transposed'>;
  set: (patch: Partial<ViewParams<'transposed'>>) => void;
}

/** Keras' own arguments of Conv2DTranspose: its padding word and output_padding (None or given). */
export function KerasControls({ params, set }: Props) {
  return (
    <fieldset className="axis-control">
      <legend>Conv2DTranspose</legend>
      <div className="toggles">
        <label className="inline-field">
          {t('common.padding')}
          <select
            value={params.tfpad}
            onChange={(event) => set({ tfpad: event.target.value as 'valid' | 'same' })}
            data-testid="control-tfpad"
          >
            <option value="valid">'valid'</option>
            <option value="same">'same'</option>
          </select>
        </label>
        <label className="inline-field">
          <input
            type="checkbox"
            checked={params.kop !== null}
            onChange={(event) => set({ kop: event.target.checked ? [0, 0] : null })}
            data-testid="toggle-kop"
          />
          {t('transposed.kop.given')}
        </label>
      </div>
      {params.kop === null ? (
        <p className="field-hint">{t('transposed.kop.none')}</p>
      ) : (
        <AxisControl
          label={t('common.outputPadding')}
          symbol="a"
          value={params.kop}
          {...LIMITS.outputPadding}
          onChange={(kop) => set({ kop })}
          testId="kop"
        />
      )}
      <p className="field-hint">{t('transposed.kop.rule')}</p>
    </fieldset>
  );
}
