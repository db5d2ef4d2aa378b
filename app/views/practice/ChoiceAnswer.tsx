import { useId, type FormEvent } from 'react';
import type { Response } from '../../../engine';
import { CodeText } from '../../components/CodeText';
import { t } from '../../i18n/i18n';

interface Props {
  /** The options in the page's language (backticked spans are code), matched by place. */
  options: string[];
  /** Several options may be right (check boxes) or one (radio buttons). */
  multiple: boolean;
  /** What to pick, e.g. "Pick every option that applies." */
  format: string;
  message: string | null;
  /** The question is answered: the options are fixed and Check is gone. */
  closed: boolean;
  /** The right options, marked once the question is answered. */
  correct: number[] | null;
  /** The options picked, by place, kept by the question. */
  picked: number[];
  onPick: (picked: number[]) => void;
  onCheck: (response: Response) => void;
}

/** Options to pick, as radio buttons or check boxes, with a Check button. */
export function ChoiceAnswer({
  options,
  multiple,
  format,
  message,
  closed,
  correct,
  picked,
  onPick,
  onCheck,
}: Props) {
  const id = useId();
  const toggle = (n: number, on: boolean) =>
    onPick(multiple ? (on ? [...picked, n] : picked.filter((m) => m !== n)) : [n]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!closed) onCheck({ kind: 'picked', indices: picked });
  };
  return (
    <form className="practice-answer" onSubmit={submit}>
      <fieldset aria-describedby={message ? `${id}-message` : undefined}>
        <legend>{format}</legend>
        <ul className="practice-options">
          {options.map((option, n) => (
            <li key={n} className={correct?.includes(n) ? 'is-right' : undefined}>
              <label>
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={id}
                  checked={picked.includes(n)}
                  disabled={closed}
                  onChange={(event) => toggle(n, event.target.checked)}
                  data-testid={`practice-option-${n}`}
                />
                <span>
                  <CodeText text={option} />
                  {correct?.includes(n) ? (
                    <strong className="practice-mark">{t('practice.right')}</strong>
                  ) : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {message && (
        <p id={`${id}-message`} className="field-error" data-testid="practice-unreadable">
          {message}
        </p>
      )}
      {!closed && (
        <button type="submit" data-testid="practice-check">
          {t('practice.check')}
        </button>
      )}
    </form>
  );
}
