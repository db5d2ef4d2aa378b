import type { ReactNode } from 'react';

interface Props {
  /** The input's id; the message gets `${id}-error` or `${id}-hint`. */
  id: string;
  /** What is wrong with the typed value; shown instead of the hint. */
  error: string | null;
  hint?: ReactNode;
  /** `data-testid` of the error message. */
  errorTestId?: string;
}

/** The line under a text box: its error (announced) or else its hint. */
export function FieldMessage({ id, error, hint, errorTestId }: Props) {
  if (error) {
    return (
      <p id={`${id}-error`} className="field-error" role="alert" data-testid={errorTestId}>
        {error}
      </p>
    );
  }
  return hint ? (
    <p id={`${id}-hint`} className="field-hint">
      {hint}
    </p>
  ) : null;
}

/** The `aria-describedby` that points at the message `FieldMessage` renders. */
export const describedBy = (id: string, error: string | null, hint: unknown) =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined;
