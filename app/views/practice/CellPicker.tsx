import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Response } from '../../../engine';
import { t } from '../../i18n/i18n';

interface Props {
  /** Rows and columns of the grid. */
  shape: [number, number];
  /** What to pick, e.g. "Pick every input cell it reads." */
  format: string;
  message: string | null;
  /** The question is answered: the grid shows the right cells and Check is gone. */
  closed: boolean;
  /** The right cells (row-major), shown once the question is answered. */
  correct: number[] | null;
  /** The cells picked (row-major), kept by the question. */
  picked: number[];
  onPick: (picked: number[]) => void;
  onCheck: (response: Response) => void;
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Cells picked on a grid of toggle buttons: one Tab stop, arrow keys move, Space or Enter
 * toggles. After the check, the right cells are marked, and those missed or extra said so.
 */
export function CellPicker(props: Props) {
  const { shape, format, message, closed, correct, picked, onPick, onCheck } = props;
  const [rows, cols] = shape;
  const [focus, setFocus] = useState(0);
  const grid = useRef<HTMLTableElement>(null);
  const toggle = (n: number) =>
    onPick(picked.includes(n) ? picked.filter((m) => m !== n) : [...picked, n]);
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const r = Math.min(Math.max(Math.floor(focus / cols) + move[0], 0), rows - 1);
    const c = Math.min(Math.max((focus % cols) + move[1], 0), cols - 1);
    const next = r * cols + c;
    setFocus(next);
    grid.current?.querySelector<HTMLButtonElement>(`[data-cell="${next}"]`)?.focus();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!closed) onCheck({ kind: 'picked', indices: picked });
  };
  const stateOf = (n: number) => {
    if (!correct) return picked.includes(n) ? 'is-picked' : '';
    const right = correct.includes(n);
    const mine = picked.includes(n);
    return right ? (mine ? 'is-right' : 'is-missed') : mine ? 'is-extra' : '';
  };
  const said = (n: number) => {
    const state = stateOf(n);
    if (state === 'is-right') return t('practice.cells.isRight');
    if (state === 'is-missed') return t('practice.cells.isMissed');
    if (state === 'is-extra') return t('practice.cells.isExtra');
    return '';
  };
  return (
    <form className="practice-answer" onSubmit={submit}>
      <p className="field-hint" id="practice-cells-format">
        {format} {t('practice.cells.keys')}
      </p>
      <table
        className="practice-cells"
        ref={grid}
        onKeyDown={onKeyDown}
        aria-describedby="practice-cells-format"
        data-testid="practice-cells"
      >
        <caption className="visually-hidden">
          {t('practice.cells.caption', { rows: String(rows), cols: String(cols) })}
        </caption>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              {Array.from({ length: cols }, (_, c) => {
                const n = r * cols + c;
                return (
                  <td key={c} className={stateOf(n)}>
                    <button
                      type="button"
                      data-cell={n}
                      tabIndex={n === focus ? 0 : -1}
                      aria-pressed={picked.includes(n)}
                      aria-label={`${t('practice.cells.cell', { r: String(r), c: String(c) })}${said(n)}`}
                      disabled={closed}
                      onClick={() => {
                        setFocus(n);
                        toggle(n);
                      }}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {correct && <p className="field-hint">{t('practice.cells.legend')}</p>}
      {message && (
        <p className="field-error" data-testid="practice-unreadable">
          {message}
        </p>
      )}
      {!closed && (
        <button type="submit" data-testid="practice-check">
          {t('practice.cells.check', { count: String(picked.length) })}
        </button>
      )}
    </form>
  );
}
