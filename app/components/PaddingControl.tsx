import { memo, useId, useState } from 'react';
import { LIMITS } from '../../engine';
import { NumberField } from './NumberField';
import { SliderField } from './SliderField';
import { sameProps } from './sameProps';
import type { PaddingParam } from '../url/fields';
import { t } from '../i18n/i18n';

interface Props {
  value: PaddingParam;
  /** Padding per side that the current mode resolves to, [height, width]. */
  before: [number, number];
  after: [number, number];
  onChange: (value: PaddingParam) => void;
  /** Whose `same` the word means: PyTorch's (stride 1 only) or TensorFlow's SAME (any stride). */
  framework?: 'torch' | 'tf';
}

const MODES = [
  { value: 'explicit', label: 'common.padNumbers' },
  { value: 'valid', label: 'common.padValid' },
  { value: 'same', label: 'common.padSame' },
  { value: 'full', label: 'common.padFull' },
] as const;

/** TensorFlow's names for the same choices. */
const TF_LABELS: Partial<Record<PaddingParam['mode'], string>> = {
  valid: "'VALID' (none)",
  same: "'SAME' (TensorFlow)",
};

const SIDES = [
  { axis: 'h', side: 0, label: 'top' },
  { axis: 'h', side: 1, label: 'bottom' },
  { axis: 'w', side: 0, label: 'left' },
  { axis: 'w', side: 1, label: 'right' },
] as const;

/**
 * Padding as PyTorch takes it: a number, per-side numbers (through F.pad), or a word. Rendered
 * again only when the padding or what it resolves to changes.
 */
export const PaddingControl = memo(
  function PaddingControl({ value, before, after, onChange, framework = 'torch' }: Props) {
    const id = useId();
    const [wantSides, setWantSides] = useState(false);
    const explicit = value.mode === 'explicit' ? value : null;
    const uniform =
      explicit !== null &&
      explicit.h[0] === explicit.h[1] &&
      explicit.w[0] === explicit.w[1] &&
      explicit.h[0] === explicit.w[0];
    const perSide = explicit !== null && (wantSides || !uniform);
    const setUniform = (p: number) => onChange({ mode: 'explicit', h: [p, p], w: [p, p] });

    return (
      <fieldset className="axis-control" data-testid="control-p">
        <legend>
          {t('common.padding')} <var>p</var>
        </legend>
        <label className="inline-field" htmlFor={`${id}-mode`}>
          {t('common.paddingMode')}
          <select
            id={`${id}-mode`}
            value={value.mode}
            data-testid="control-p-mode"
            onChange={(event) => {
              const mode = event.target.value as PaddingParam['mode'];
              onChange(
                mode === 'explicit'
                  ? { mode, h: [before[0], after[0]], w: [before[1], after[1]] }
                  : { mode },
              );
            }}
          >
            {MODES.map((mode) => (
              <option key={mode.value} value={mode.value}>
                {(framework === 'tf' && TF_LABELS[mode.value]) || t(mode.label)}
              </option>
            ))}
          </select>
        </label>
        {explicit && !perSide && (
          <SliderField
            label={t('common.padEvery')}
            value={explicit.h[0]}
            min={LIMITS.padding.min}
            max={LIMITS.padding.max}
            onChange={setUniform}
            testId="control-p"
          />
        )}
        {explicit && perSide && (
          <div className="side-grid">
            {SIDES.map(({ axis, side, label }) => (
              <NumberField
                key={label}
                label={t(`common.pad.${label}`)}
                value={explicit[axis][side]}
                min={LIMITS.padding.min}
                max={LIMITS.padding.max}
                testId={`control-p-${label}`}
                onCommit={(v) => {
                  const next = {
                    ...explicit,
                    h: [...explicit.h],
                    w: [...explicit.w],
                  } as typeof explicit;
                  next[axis][side] = v;
                  onChange(next);
                }}
              />
            ))}
          </div>
        )}
        {explicit && (
          <label className="split-toggle" htmlFor={`${id}-sides`}>
            <input
              id={`${id}-sides`}
              type="checkbox"
              checked={perSide}
              onChange={(event) => {
                setWantSides(event.target.checked);
                if (!event.target.checked) setUniform(explicit.h[0]);
              }}
            />
            {t('common.padPerSide')}
          </label>
        )}
        {!explicit && (
          <p className="field-hint" data-testid="padding-resolved">
            {t('common.padResolved', { rb: before[0], ra: after[0], cb: before[1], ca: after[1] })}
          </p>
        )}
      </fieldset>
    );
  },
  sameProps<Props>('before', 'after'),
);
