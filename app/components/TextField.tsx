import { FieldMessage, describedBy } from './FieldMessage';
import { useId, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useFieldDraft } from './useFieldDraft';
import { CodeText } from './CodeText';
import { t } from '../i18n/i18n';

interface Props {
  /** Visible label. */
  label: ReactNode;
  /** The committed text (from the store). */
  value: string;
  /** Reads typed text: its canonical form (what `value` will be once committed) or a message. */
  read: (text: string) => { ok: true; text: string } | { ok: false; error: string };
  /** Called with the canonical form of every valid text typed; invalid text stays in the box. */
  onCommit: (text: string) => void;
  /** Extra hint under the field. */
  hint?: ReactNode;
  /** Monospace text (shapes, code). */
  code?: boolean;
  testId?: string;
  /** Width in characters. */
  size?: number;
  /** Keep the label for screen readers only (cells of a table with visible headers). */
  hideLabel?: boolean;
  /** The committed text in a sentence, while invalid text is in the box (default: quoted). */
  describeValue?: (value: string) => string;
  /** The text box itself (to move focus to it). */
  inputRef?: Ref<HTMLInputElement>;
}

const quoted = (value: string) => (value === '' ? t('common.field.empty') : `“${value}”`);

/**
 * A labelled text box. Valid text is committed as typed; invalid text is kept (never silently
 * reset: it may be a long condition half edited) and explained under the box, with the value
 * still in use named; Escape puts that value back.
 */
export function TextField({
  label,
  value,
  read,
  onCommit,
  hint,
  code,
  testId,
  size,
  hideLabel,
  describeValue = quoted,
  inputRef,
}: Props) {
  const id = useId();
  const { draft, error, kept, note, apply, restore } = useFieldDraft(
    value,
    (text) => {
      const result = read(text);
      if (!result.ok) return result;
      return { ok: true, same: result.text === value, commit: () => onCommit(result.text) };
    },
    describeValue,
    t('common.field.restoreText'),
  );
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && error) {
      event.preventDefault();
      restore();
    }
  };

  return (
    <div className={code ? 'text-field text-field-code' : 'text-field'}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        size={size}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint, { kept, note })}
        data-testid={testId}
        onChange={(event) => apply(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <FieldMessage
        id={id}
        error={code && typeof error === 'string' ? <CodeText text={error} /> : error}
        kept={kept}
        note={note}
        hint={hint}
      />
    </div>
  );
}
