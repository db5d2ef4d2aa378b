import { memo, useId, useState } from 'react';
import type { AxisPair } from '../url/fields';
import { SliderField } from './SliderField';
import { t } from '../i18n/i18n';

interface Props {
  /** What the parameter is, e.g. "Kernel size". */
  label: string;
  /** The paper's symbol, e.g. "k". */
  symbol: string;
  /** [height, width]. */
  value: AxisPair;
  min: number;
  max: number;
  onChange: (value: AxisPair) => void;
  /** Prefix of the data-testids ("k" → control-k, control-k-range, control-k-h, …). */
  testId: string;
}

const AXES = ['height', 'width'] as const;
const AXIS_NAMES = () => [t('common.height'), t('common.width')];

/**
 * One parameter for both axes: a slider and a number box, or one pair per axis when the
 * axes differ ("Separate height and width"). Rendered again only when a prop changes (another
 * parameter's slider moving leaves it).
 */
export const AxisControl = memo(function AxisControl({
  label,
  symbol,
  value,
  min,
  max,
  onChange,
  testId,
}: Props) {
  const id = useId();
  const [wantSplit, setWantSplit] = useState(false);
  const split = wantSplit || value[0] !== value[1];
  const rows = split ? ([0, 1] as const) : ([0] as const);
  return (
    <fieldset className="axis-control" data-testid={`control-${testId}`}>
      <legend>
        {label} <var>{symbol}</var>
      </legend>
      {rows.map((axis) => {
        const name = split ? `${label} ${symbol} (${AXIS_NAMES()[axis]})` : `${label} ${symbol}`;
        const set = (v: number) =>
          onChange(split ? (axis === 0 ? [v, value[1]] : [value[0], v]) : [v, v]);
        return (
          <SliderField
            key={axis}
            label={name}
            value={value[axis]}
            min={min}
            max={max}
            onChange={set}
            testId={`control-${testId}`}
            suffix={split ? `-${AXES[axis][0]}` : ''}
          >
            {split && <span className="axis-name">{AXIS_NAMES()[axis]}</span>}
          </SliderField>
        );
      })}
      <label className="split-toggle" htmlFor={`${id}-split`}>
        <input
          id={`${id}-split`}
          type="checkbox"
          checked={split}
          onChange={(event) => {
            setWantSplit(event.target.checked);
            if (!event.target.checked) onChange([value[0], value[0]]);
          }}
        />
        {t('common.splitAxes')}
      </label>
    </fieldset>
  );
});
