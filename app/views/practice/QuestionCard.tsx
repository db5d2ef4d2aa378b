import { useEffect, useRef, useState } from 'react';
import { checkAnswer, type Outcome, type Question, type Response } from '../../../engine';
import { CodeText } from '../../components/CodeText';
import { LiveSummary } from '../../components/LiveSummary';
import type { PracticeResult } from '../../store/practiceProgress';
import { CellPicker } from './CellPicker';
import { ChoiceAnswer } from './ChoiceAnswer';
import { Solution } from './Solution';
import { TypedAnswer } from './TypedAnswer';
import { LEVEL_NAMES } from './topicLabels';

interface Props {
  question: Question;
  /** 0-based place in the set, and the set's size. */
  place: number;
  size: number;
  /** The right answer, stated. */
  answerText: string;
  seeHref: string;
  /** How this question went before (coming back to it), or null. */
  recorded: PracticeResult | null;
  /** Move focus to the question when it appears (after Next, not on page load). */
  focusOnShow: boolean;
  /** The last question of the set: Next becomes "See the score". */
  last: boolean;
  onResult: (outcome: Outcome) => void;
  onNext: () => void;
}

type Status = 'open' | 'hint' | 'right' | 'shown';

/** The sentence the page's one live region says after each check. */
function announcement(
  status: Status,
  outcome: Outcome | null,
  props: Props,
  unreadable: string | null,
) {
  if (unreadable) return unreadable;
  if (status === 'hint') return `Not quite. Hint: ${props.question.hint.replace(/`/g, '')}`;
  if (status === 'right')
    return `Right${outcome === 'second' ? ' at the second try' : ''}: ${props.answerText}.`;
  if (status === 'shown') return `The answer is ${props.answerText}. The worked solution follows.`;
  return '';
}

/**
 * One question: its prompt, the answer box or options, a hint after a first wrong answer, and
 * after a second one (or on request) the worked solution with its explorer link.
 */
export function QuestionCard(props: Props) {
  const { question, place, size, recorded, focusOnShow, last, onResult, onNext } = props;
  const [status, setStatus] = useState<Status>(
    recorded ? (recorded.outcome === 'shown' ? 'shown' : 'right') : 'open',
  );
  const [outcome, setOutcome] = useState<Outcome | null>(recorded?.outcome ?? null);
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const [answeredHere, setAnsweredHere] = useState(false);
  const closed = status === 'right' || status === 'shown';

  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);
  useEffect(() => {
    if (answeredHere) next.current?.focus();
  }, [answeredHere]);

  const finish = (result: Outcome, shown: Status) => {
    setStatus(shown);
    setOutcome(result);
    setAnsweredHere(true);
    onResult(result);
  };
  const check = (response: Response) => {
    const verdict = checkAnswer(question.answer, response);
    if (verdict.status === 'unreadable') {
      setUnreadable(verdict.message);
      return;
    }
    setUnreadable(null);
    if (verdict.status === 'right') finish(status === 'hint' ? 'second' : 'first', 'right');
    else if (status === 'hint') finish('shown', 'shown');
    else setStatus('hint');
  };
  const { answer } = question;

  return (
    <section
      className="panel practice-card"
      aria-labelledby="practice-question"
      data-testid="practice-card"
    >
      <h2 id="practice-question" ref={heading} tabIndex={-1}>
        Question {place + 1} of {size}{' '}
        <span className="practice-level" data-testid="practice-level">
          ({LEVEL_NAMES[question.level - 1]})
        </span>
      </h2>
      <p className="practice-prompt" data-testid="practice-prompt">
        <CodeText text={question.prompt} />
      </p>
      {answer.kind === 'choice' ? (
        <ChoiceAnswer
          options={answer.options}
          multiple={answer.multiple}
          format={question.format}
          message={unreadable}
          closed={closed}
          correct={closed ? answer.correct : null}
          onCheck={check}
        />
      ) : answer.kind === 'cells' ? (
        <CellPicker
          shape={answer.shape}
          format={question.format}
          message={unreadable}
          closed={closed}
          correct={closed ? answer.value : null}
          onCheck={check}
        />
      ) : (
        <TypedAnswer
          format={question.format}
          message={unreadable}
          closed={closed}
          onCheck={check}
        />
      )}
      <LiveSummary
        testId="practice-announcement"
        text={announcement(status, outcome, props, unreadable)}
      />
      {status === 'hint' && (
        <div className="practice-hint" data-testid="practice-hint">
          <p>
            <strong>Not quite.</strong> Hint: <CodeText text={question.hint} />
          </p>
          <p>One more try, or show the solution.</p>
        </div>
      )}
      {closed && (
        <p
          className={`practice-verdict ${status === 'right' ? 'is-right' : 'is-shown'}`}
          data-testid="practice-verdict"
        >
          {status === 'right' ? (
            <>
              <strong>Right{outcome === 'second' ? ' at the second try' : ''}:</strong>{' '}
              {props.answerText}.
            </>
          ) : (
            <>
              <strong>The answer:</strong> {props.answerText}.
            </>
          )}
        </p>
      )}
      {closed && (
        <Solution steps={question.solution} href={props.seeHref} label={question.seeLabel} />
      )}
      <div className="practice-actions">
        {!closed && (
          <button type="button" className="link-button" onClick={() => finish('shown', 'shown')}>
            Show the solution
          </button>
        )}
        {closed && (
          <button type="button" ref={next} onClick={onNext} data-testid="practice-next">
            {last ? 'See the score' : 'Next question'}
          </button>
        )}
      </div>
    </section>
  );
}
