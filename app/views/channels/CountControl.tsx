import { SliderField } from '../../components/SliderField';

interface Props {
  /** What it counts, e.g. "Input channels". */
  label: string;
  /** PyTorch's argument name, e.g. "in_channels". */
  argument: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  /** The URL key: data-testids control-<key>-range and control-<key>-field. */
  urlKey: string;
  hint?: string;
}

/** One whole-number setting of the layer: a slider and a number box. */
export function CountControl({ label, argument, value, min, max, onChange, urlKey, hint }: Props) {
  return (
    <fieldset className="axis-control" data-testid={`control-${urlKey}`}>
      <legend>
        {label} <code>{argument}</code>
      </legend>
      <SliderField
        label={label}
        value={value}
        min={min}
        max={max}
        onChange={onChange}
        testId={`control-${urlKey}`}
        hint={hint}
      />
    </fieldset>
  );
}
