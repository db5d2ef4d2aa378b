import type { MouseEvent } from 'react';
import { openInApp } from '../../components/openInApp';
import type { PracticeResult } from '../../store/practiceProgress';
import type { PracticeScore } from './practiceModel';
import { t } from '../../i18n/i18n';
import { levelName } from './topicLabels';

interface Props {
  results: (PracticeResult | null)[];
  /** 0-based place shown now. */
  place: number;
  score: PracticeScore;
  /** The link to an answered question (its place and level). */
  hrefOf: (place: number, result: PracticeResult) => string;
}

const MARKS = { first: '✓', second: '½', shown: '✗' } as const;
const SAID = {
  first: 'practice.marks.first',
  second: 'practice.marks.second',
  shown: 'practice.marks.shown',
} as const;

/** The set at a glance: one mark per question (answered ones link back to it) and the score. */
export function SetProgress({ results, place, score, hrefOf }: Props) {
  return (
    <section className="panel practice-progress" aria-labelledby="practice-set-heading">
      <h2 id="practice-set-heading">{t('practice.marks.title')}</h2>
      <ol className="practice-marks" data-testid="practice-marks">
        {results.map((result, n) => {
          const text = result ? MARKS[result.outcome] : String(n + 1);
          const said = result
            ? t('practice.marks.result', {
                outcome: t(SAID[result.outcome]),
                level: levelName(result.level),
              })
            : n === place
              ? t('practice.marks.current')
              : t('practice.marks.open');
          const body = (
            <>
              <span aria-hidden="true">{text}</span>
              <span className="visually-hidden">
                {t('practice.marks.question', { n: n + 1, said })}
              </span>
            </>
          );
          const href = result ? hrefOf(n, result) : null;
          return (
            <li
              key={n}
              className={`${result ? `is-${result.outcome}` : ''}${n === place ? ' is-current' : ''}`}
              aria-current={n === place ? 'step' : undefined}
            >
              {href && n !== place ? (
                <a
                  href={href}
                  onClick={(event: MouseEvent<HTMLAnchorElement>) => openInApp(event, href)}
                >
                  {body}
                </a>
              ) : (
                body
              )}
            </li>
          );
        })}
      </ol>
      <p data-testid="practice-score">
        {t('practice.score', {
          first: String(score.first),
          answered: String(score.answered),
          second: score.second,
        })}
      </p>
    </section>
  );
}
