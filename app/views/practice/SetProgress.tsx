import type { MouseEvent } from 'react';
import { openInApp } from '../../components/openInApp';
import type { PracticeResult } from '../../store/practiceProgress';
import type { PracticeScore } from './practiceModel';
import { LEVEL_NAMES } from './topicLabels';

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
  first: 'right at the first try',
  second: 'right at the second try',
  shown: 'solution shown',
} as const;

/** The set at a glance: one mark per question (answered ones link back to it) and the score. */
export function SetProgress({ results, place, score, hrefOf }: Props) {
  return (
    <section className="panel practice-progress" aria-labelledby="practice-set-heading">
      <h2 id="practice-set-heading">This set</h2>
      <ol className="practice-marks" data-testid="practice-marks">
        {results.map((result, n) => {
          const text = result ? MARKS[result.outcome] : String(n + 1);
          const said = result
            ? `${SAID[result.outcome]} (${LEVEL_NAMES[result.level - 1]})`
            : n === place
              ? 'current question'
              : 'not answered yet';
          const body = (
            <>
              <span aria-hidden="true">{text}</span>
              <span className="visually-hidden">
                Question {n + 1}: {said}
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
        Score: {score.first} of {score.answered} answered right at the first try
        {score.second ? `, ${score.second} at the second` : ''}.
      </p>
    </section>
  );
}
