import type { ReactNode } from 'react';

interface Props {
  /** The input's id; the messages get `${id}-error`, `${id}-kept`, `${id}-note` or `${id}-hint`. */
  id: string;
  /** What is wrong with the typed value; shown instead of the hint. */
  error: ReactNode;
  /** With an error: which value is still in use, and how to get it back in the box. */
  kept?: string | null;
  /** After invalid text was replaced by the value in use: what was not applied. */
  note?: ReactNode;
  hint?: ReactNode;
  /** `data-testid` of the error message. */
  errorTestId?: string;
}

/** The line under a text box: its error (announced) and the value still in use, or its hint. */
export function FieldMessage({ id, error, kept, note, hint, errorTestId }: Props) {
  if (error) {
    return (
      <>
        <p id={`${id}-error`} className="field-error" role="alert" data-testid={errorTestId}>
          {error}
        </p>
        {kept ? (
          <p id={`${id}-kept`} className="field-kept">
            {kept}
          </p>
        ) : null}
      </>
    );
  }
  return (
    <>
      {note ? (
        <p id={`${id}-note`} className="field-note" role="status">
          {note}
        </p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
    </>
  );
}

/** The `aria-describedby` that points at the messages `FieldMessage` renders. */
export function describedBy(
  id: string,
  error: string | null,
  hint: unknown,
  extra: { kept?: string | null; note?: string | null } = {},
): string | undefined {
  const ids = error
    ? [`${id}-error`, extra.kept ? `${id}-kept` : null]
    : [extra.note ? `${id}-note` : null, hint ? `${id}-hint` : null];
  return ids.filter(Boolean).join(' ') || undefined;
}
