import { memo, useId } from 'react';
import { t } from '../i18n/i18n';

interface Props {
  value: 'torch' | 'tf';
  onChange: (value: 'torch' | 'tf') => void;
  /** What changes with TensorFlow, one line under the choice. */
  hint: string;
}

const OPTIONS = [
  { value: 'torch', label: 'PyTorch' },
  { value: 'tf', label: 'TensorFlow' },
] as const;

/** PyTorch's or TensorFlow's rules for the figure (`fw`). */
export const FrameworkSwitch = memo(function FrameworkSwitch({ value, onChange, hint }: Props) {
  const id = useId();
  return (
    <fieldset className="axis-control framework-switch" data-testid="control-fw">
      <legend>{t('common.framework')}</legend>
      <div className="framework-options">
        {OPTIONS.map((option) => (
          <label key={option.value} className="inline-field">
            <input
              type="radio"
              name={`${id}-fw`}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              data-testid={`control-fw-${option.value}`}
            />
            {option.label}
          </label>
        ))}
      </div>
      <p className="field-hint">{hint}</p>
    </fieldset>
  );
});
