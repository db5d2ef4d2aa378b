import { FieldMessage, describedBy } from './FieldMessage';
import { memo, useId, type ChangeEvent, type KeyboardEvent } from 'react';
import { useFieldDraft } from './useFieldDraft';
import { t } from '../i18n/i18n';
import { CodeText } from './CodeText';

interface Props {
  /** The label (visible unless `labelHidden`). */
  label: string;
  /** Keep the label for screen readers only (e.g. in a table whose headers say it). */
  labelHidden?: boolean;
  /** The committed value (from the store). */
  value: number;
  min: number;
  max: number;
  /** Whole numbers only (default true). */
  integer?: boolean;
  /** Step for the arrow keys (default 1). */
  step?: number;
  /** Called with every valid value typed; invalid text stays in the box with a message. */
  onCommit: (value: number) => void;
  /** Extra hint under the field. */
  hint?: string;
  testId?: string;
  /** `data-testid` of the error message. */
  errorTestId?: string;
  /** Reads typed text (default `Number`); NaN means not a number. */
  parse?: (text: string) => number;
  /** Writes the committed value into the box (default `String`). */
  format?: (value: number) => string;
  /** A library's own constraint (e.g. PyTorch's β ≥ 0): a message, or null when accepted. */
  validate?: (value: number) => string | null;
}

/** Checks typed text against the field's constraint; returns a message or null. */
export function numberFieldError(
  text: string,
  opts: {
    label: string;
    min: number;
    max: number;
    integer: boolean;
    parse?: (text: string) => number;
    validate?: (value: number) => string | null;
  },
): string | null {
  const trimmed = text.trim();
  const value = (opts.parse ?? Number)(trimmed);
  const { label, min, max } = opts;
  if (trimmed === '' || !Number.isFinite(value)) {
    return t(opts.integer ? 'common.field.wholeRange' : 'common.field.numberRange', {
      label,
      min,
      max,
    });
  }
  if (opts.integer && !Number.isInteger(value)) {
    return t('common.field.notWhole', { label, text: trimmed });
  }
  const refused = opts.validate?.(value);
  if (refused) return refused;
  if (value < opts.min || value > opts.max) {
    return t(value < min ? 'common.field.tooSmall' : 'common.field.tooLarge', {
      label,
      min,
      max,
      text: trimmed,
    });
  }
  return null;
}

/**
 * A labelled number box. Valid input is committed as typed; invalid input is explained next to
 * the box, which says the value still in use; leaving the box (or Escape) puts that value back
 * and notes what was not applied. Rendered again only when a prop changes.
 */
export const NumberField = memo(function NumberField({
  label,
  labelHidden = false,
  value,
  min,
  max,
  integer = true,
  step = 1,
  onCommit,
  hint,
  testId,
  errorTestId,
  parse = Number,
  format = String,
  validate,
}: Props) {
  const id = useId();
  const { draft, error, kept, note, apply, restore } = useFieldDraft(
    format(value),
    (text) => {
      const problem = numberFieldError(text, { label, min, max, integer, parse, validate });
      if (problem) return { ok: false, error: problem };
      const typed = parse(text.trim());
      return { ok: true, same: typed === value, commit: () => onCommit(typed) };
    },
    String,
    t('common.field.restoreNumber'),
  );

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && error) {
      event.preventDefault();
      restore();
    }
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const base = error ? value : parse(draft.trim());
    const next = Math.min(max, Math.max(min, base + (event.key === 'ArrowUp' ? step : -step)));
    apply(format(Number(next.toPrecision(12))));
  };

  return (
    <div className="number-field">
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint, { kept, note })}
        data-testid={testId}
        onChange={(event: ChangeEvent<HTMLInputElement>) => apply(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={restore}
      />
      <FieldMessage
        id={id}
        error={error && <CodeText text={error} />}
        kept={kept}
        note={note && <CodeText text={note} />}
        hint={hint}
        errorTestId={errorTestId}
      />
    </div>
  );
});
