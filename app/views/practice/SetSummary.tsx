import { forwardRef } from 'react';
import { t } from '../../i18n/i18n';
import type { PracticeScore } from './practiceModel';

interface Props {
  score: PracticeScore;
  size: number;
  onAgain: () => void;
  onNextSet: () => void;
}

/** The end of a set: the score, and what to do next. */
export const SetSummary = forwardRef<HTMLHeadingElement, Props>(function SetSummary(
  { score, size, onAgain, onNextSet },
  ref,
) {
  return (
    <section
      className="panel practice-summary"
      aria-labelledby="practice-summary-heading"
      data-testid="practice-summary"
    >
      <h2 id="practice-summary-heading" ref={ref} tabIndex={-1}>
        {t('practice.summary.title', { first: String(score.first), size: String(size) })}
      </h2>
      <p>
        {t('practice.summary.text', {
          first: String(score.first),
          second: String(score.second),
          shown: String(score.shown),
          unanswered: size - score.answered,
        })}
      </p>
      <div className="practice-actions">
        <button type="button" onClick={onNextSet} data-testid="practice-next-set">
          {t('practice.summary.next')}
        </button>
        <button type="button" onClick={onAgain} data-testid="practice-again">
          {t('practice.summary.again')}
        </button>
      </div>
    </section>
  );
});
