import { useId, useState } from 'react';
import { SMOOTH_L1_LIMITS } from '../../../engine';
import { Formula } from '../../components/Formula';
import { t } from '../../i18n/i18n';
import { tNodes } from '../../i18n/tNodes';
import { formatReal } from '../../url/fields';
import { formatLabel, formatNamed } from './format';
import { switchForm, type LossSettings, type ParamForm } from './lossModel';
import type { SmoothL1Change } from './lossModel';
import { RealField } from './RealField';
import { betaRefusal, deltaRefusal, sigmaRefusal } from './refusals';

type Props = {
  /** The loss parameters in effect. */
  settings: LossSettings;
  /** The raw `beta` of the URL (shown when σ overrides it). */
  rawBeta: number;
  /** Changes some of the lab's parameters. */
  onChange: SmoothL1Change;
};

const FORMULAS: Record<ParamForm, string> = {
  beta: String.raw`\operatorname{SmoothL1}_\beta(x)=\begin{cases}\tfrac12 x^2/\beta & |x|<\beta\\ |x|-\tfrac12\beta & |x|\ge\beta\end{cases}`,
  sigma: String.raw`f_\sigma(x)=\begin{cases}\tfrac12(\sigma x)^2 & |x|<1/\sigma^2\\ |x|-\tfrac{1}{2\sigma^2} & |x|\ge 1/\sigma^2\end{cases}`,
};
const HUBER = String.raw`\operatorname{Huber}_\delta(x)=\begin{cases}\tfrac12 x^2 & |x|<\delta\\ \delta\,(|x|-\tfrac12\delta) & |x|\ge\delta\end{cases}`;

const formatBeta = (value: number) => formatReal(value, true);

/** β or σ (caffe), and Huber's δ: typed values PyTorch refuses stay in the box, explained. */
export function LossParamsPanel({ settings, rawBeta, onChange }: Props) {
  const id = useId();
  const [note, setNote] = useState<string | null>(null);
  const onForm = (to: ParamForm) => {
    if (to === settings.form) return;
    const switched = switchForm(settings, to);
    setNote(switched.note);
    onChange(switched.patch);
  };

  return (
    <section className="panel stack loss-params" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('smoothl1.params.title')}</h2>
      <fieldset className="form-switch">
        <legend>{t('smoothl1.params.by')}</legend>
        {(['beta', 'sigma'] as const).map((form) => (
          <label key={form}>
            <input
              type="radio"
              name={`${id}-form`}
              value={form}
              checked={settings.form === form}
              onChange={() => onForm(form)}
            />
            {t(form === 'beta' ? 'smoothl1.params.formBeta' : 'smoothl1.params.formSigma')}
          </label>
        ))}
      </fieldset>
      {settings.form === 'beta' ? (
        <RealField
          label={t('smoothl1.params.beta')}
          value={settings.beta}
          {...SMOOTH_L1_LIMITS.beta}
          step={0.05}
          format={formatBeta}
          validate={betaRefusal}
          onCommit={(beta) => onChange({ beta })}
          hint={t('smoothl1.params.betaHint')}
          testId="beta-input"
          errorTestId="param-error"
        />
      ) : (
        <RealField
          label={t('smoothl1.params.sigma')}
          value={settings.sigma}
          {...SMOOTH_L1_LIMITS.sigma}
          step={0.5}
          validate={sigmaRefusal}
          onCommit={(sigma) => onChange({ sigma, beta: 1 })}
          hint={formatNamed('β', formatNamed('1/σ²', formatLabel(settings.beta)))}
          testId="sigma-input"
          errorTestId="param-error"
        />
      )}
      {settings.betaIgnored && (
        <p className="field-hint">
          {tNodes('smoothl1.params.betaIgnored', { beta: formatBeta(rawBeta) })}
        </p>
      )}
      {note && (
        <p className="field-hint" role="status">
          {note}
        </p>
      )}
      <Formula tex={FORMULAS[settings.form]} display />
      <RealField
        label={t('smoothl1.params.delta')}
        value={settings.delta}
        {...SMOOTH_L1_LIMITS.delta}
        step={0.05}
        validate={deltaRefusal}
        onCommit={(delta) => onChange({ delta })}
        hint={t('smoothl1.params.deltaHint')}
        testId="delta-input"
        errorTestId="delta-error"
      />
      <Formula tex={HUBER} display />
    </section>
  );
}
