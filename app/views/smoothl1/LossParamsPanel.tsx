import { useId, useState } from 'react';
import { betaProblem, deltaProblem, sigmaProblem, SMOOTH_L1_LIMITS } from '../../../engine';
import { Formula } from '../../components/Formula';
import { formatReal } from '../../url/fields';
import { formatLabel } from './format';
import { switchForm, type LossSettings, type ParamForm } from './lossModel';
import type { SmoothL1Change } from './lossModel';
import { RealField } from './RealField';

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
      <h2 id={`${id}-title`}>Loss parameters</h2>
      <fieldset className="form-switch">
        <legend>Parameterise by</legend>
        {(['beta', 'sigma'] as const).map((form) => (
          <label key={form}>
            <input
              type="radio"
              name={`${id}-form`}
              value={form}
              checked={settings.form === form}
              onChange={() => onForm(form)}
            />
            {form === 'beta' ? 'β (PyTorch, torchvision, detectron2)' : 'σ (caffe, py-faster-rcnn)'}
          </label>
        ))}
      </fieldset>
      {settings.form === 'beta' ? (
        <RealField
          label="β (beta)"
          value={settings.beta}
          {...SMOOTH_L1_LIMITS.beta}
          step={0.05}
          format={formatBeta}
          validate={betaProblem}
          onCommit={(beta) => onChange({ beta })}
          hint="PyTorch’s default is 1; β = 0 is plain L1; fractions such as 1/9 work."
          testId="beta-input"
          errorTestId="param-error"
        />
      ) : (
        <RealField
          label="σ (sigma)"
          value={settings.sigma}
          {...SMOOTH_L1_LIMITS.sigma}
          step={0.5}
          validate={sigmaProblem}
          onCommit={(sigma) => onChange({ sigma, beta: 1 })}
          hint={`β = 1/σ² = ${formatLabel(settings.beta)}`}
          testId="sigma-input"
          errorTestId="param-error"
        />
      )}
      {settings.betaIgnored && (
        <p className="field-hint">
          The link also gives beta = {formatBeta(rawBeta)}; sigma wins (β = 1/σ²).
        </p>
      )}
      {note && (
        <p className="field-hint" role="status">
          {note}
        </p>
      )}
      <Formula tex={FORMULAS[settings.form]} display />
      <RealField
        label="δ (Huber delta)"
        value={settings.delta}
        {...SMOOTH_L1_LIMITS.delta}
        step={0.05}
        validate={deltaProblem}
        onCommit={(delta) => onChange({ delta })}
        hint="nn.HuberLoss’s default is 1; δ must be > 0."
        testId="delta-input"
        errorTestId="delta-error"
      />
      <Formula tex={HUBER} display />
    </section>
  );
}
