import { useRef, useState } from 'react';
import type { PracticeProgress } from '../../store/practiceProgress';
import { scoreOf } from './practiceModel';
import { t } from '../../i18n/i18n';
import { topicLabel } from './topicLabels';
import { PRACTICE_TOPICS, type PracticeTopic } from '../../../engine';

interface Props {
  progress: PracticeProgress;
  /** Forgets every set. */
  onReset: () => void;
}

/** Totals per topic over every set taken in this browser, and the way to forget them. */
export function ProgressPanel({ progress, onReset }: Props) {
  const [forgotten, setForgotten] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const totals = new Map<string, { sets: number; answered: number; first: number }>();
  for (const [key, results] of Object.entries(progress.sets)) {
    const topic = key.slice(0, key.lastIndexOf(':'));
    const score = scoreOf(results);
    const total = totals.get(topic) ?? { sets: 0, answered: 0, first: 0 };
    totals.set(topic, {
      sets: total.sets + 1,
      answered: total.answered + score.answered,
      first: total.first + score.first,
    });
  }
  const rows = [...totals].filter(([topic]) => PRACTICE_TOPICS.includes(topic as PracticeTopic));
  return (
    <section className="panel practice-record" aria-labelledby="practice-record-heading">
      <h2 id="practice-record-heading" ref={heading} tabIndex={-1}>
        {t('practice.record.title')}
      </h2>
      {rows.length ? (
        <table data-testid="practice-record">
          <thead>
            <tr>
              <th scope="col">{t('practice.record.topic')}</th>
              <th scope="col">{t('practice.record.sets')}</th>
              <th scope="col">{t('practice.record.first')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([topic, total]) => (
              <tr key={topic}>
                <th scope="row">{topicLabel(topic as PracticeTopic)}</th>
                <td>{total.sets}</td>
                <td>
                  {total.first} / {total.answered}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p data-testid="practice-record-empty">
          {forgotten ? t('practice.record.forgotten') : t('practice.record.empty')}
        </p>
      )}
      <p className="field-hint">{t('practice.record.kept')}</p>
      {rows.length > 0 && (
        <button
          type="button"
          onClick={() => {
            setForgotten(true);
            onReset();
            // The button goes with the record: focus stays in the panel.
            heading.current?.focus();
          }}
          data-testid="practice-reset"
        >
          {t('practice.record.reset')}
        </button>
      )}
    </section>
  );
}
