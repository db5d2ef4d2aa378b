import { forwardRef } from 'react';
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
        Score: {score.first} / {size}
      </h2>
      <p>
        {score.first} right at the first try, {score.second} at the second, {score.shown} with the
        solution shown{score.answered < size ? `; ${size - score.answered} not answered` : ''}.
      </p>
      <div className="practice-actions">
        <button type="button" onClick={onNextSet} data-testid="practice-next-set">
          Next set
        </button>
        <button type="button" onClick={onAgain} data-testid="practice-again">
          Take this set again
        </button>
      </div>
    </section>
  );
});
