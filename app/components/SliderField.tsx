import type { ReactNode } from 'react';
import { NumberField } from './NumberField';
import { t } from '../i18n/i18n';

interface Props {
  /** The accessible name of the number box; the slider's adds ", slider". */
  label: string;
  value: number;
  min: number;
  max: number;
  /** Called with each value the slider passes and each one typed and committed. */
  onChange: (value: number) => void;
  /** The data-testids `<testId>-range<suffix>` and `<testId>-field<suffix>`. */
  testId: string;
  /** Ends both data-testids: the axis of a row ("-h"), or nothing. */
  suffix?: string;
  /** Shown under the number box. */
  hint?: string;
  /** Before the slider (the axis a row sets). */
  children?: ReactNode;
}

/** One whole number set two ways: a slider to explore, a number box to type. */
export function SliderField(props: Props) {
  const { label, value, min, max, onChange, testId, suffix = '', hint, children } = props;
  return (
    <div className="axis-row">
      {children}
      <input
        type="range"
        min={min}
        max={max}
        value={value}
        aria-label={t('common.slider', { name: label })}
        data-testid={`${testId}-range${suffix}`}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <NumberField
        label={label}
        value={value}
        min={min}
        max={max}
        onCommit={onChange}
        testId={`${testId}-field${suffix}`}
        hint={hint}
      />
    </div>
  );
}
