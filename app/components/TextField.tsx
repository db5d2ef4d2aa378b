import { FieldMessage, describedBy } from './FieldMessage';
import { useId, useState, type ReactNode } from 'react';

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
}

/**
 * A labelled text box. Valid text is committed as typed; invalid text is kept (never silently
 * reset) and explained under the box until it is fixed, while the last valid value stays in use.
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
}: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);

  // A new committed value (another control, the back button) replaces the draft, unless the
  // draft already says the same thing in other words ("4, 1" for "4,1").
  const [synced, setSynced] = useState(value);
  if (value !== synced) {
    setSynced(value);
    const current = read(draft);
    if (!current.ok || current.text !== value) {
      setDraft(value);
      setError(null);
    }
  }

  const apply = (text: string) => {
    setDraft(text);
    const result = read(text);
    setError(result.ok ? null : result.error);
    if (result.ok && result.text !== value) onCommit(result.text);
  };

  return (
    <div className={code ? 'text-field text-field-code' : 'text-field'}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        size={size}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        data-testid={testId}
        onChange={(event) => apply(event.target.value)}
      />
      <FieldMessage id={id} error={error} hint={hint} />
    </div>
  );
}
