import { useId, useState, type FormEvent } from 'react';
import type { Response } from '../../../engine';
import { t } from '../../i18n/i18n';

interface Props {
  /** What to type, e.g. "height × width, e.g. 5 × 5". */
  format: string;
  /** Why the last text could not be read, or null. */
  message: string | null;
  /** The question is answered: the box is read-only and Check is gone. */
  closed: boolean;
  onCheck: (response: Response) => void;
}

/** A typed answer (a size, a shape or a number) with its Check button; Enter checks too. */
export function TypedAnswer({ format, message, closed, onCheck }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!closed) onCheck({ kind: 'text', text });
  };
  return (
    <form className="practice-answer" onSubmit={submit}>
      <label htmlFor={id}>{t('practice.answer')}</label>
      <div className="practice-answer-row">
        <input
          id={id}
          type="text"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          value={text}
          readOnly={closed}
          aria-describedby={`${id}-format${message ? ` ${id}-message` : ''}`}
          aria-invalid={message ? true : undefined}
          onChange={(event) => setText(event.target.value)}
          data-testid="practice-input"
        />
        {!closed && (
          <button type="submit" data-testid="practice-check">
            {t('practice.check')}
          </button>
        )}
      </div>
      <p id={`${id}-format`} className="field-hint">
        {format}
      </p>
      {message && (
        <p id={`${id}-message`} className="field-error" data-testid="practice-unreadable">
          {message}
        </p>
      )}
    </form>
  );
}
