import { useEffect, useRef, useState } from 'react';
import { checkAnswer, type Outcome, type Question, type Response } from '../../../engine';
import { CodeText } from '../../components/CodeText';
import type { PracticeResult } from '../../store/practiceProgress';
import { CellPicker } from './CellPicker';
import { ChoiceAnswer } from './ChoiceAnswer';
import { Solution } from './Solution';
import { TypedAnswer } from './TypedAnswer';
import { t } from '../../i18n/i18n';
import { say } from './say';
import { levelName } from './topicLabels';

interface Props {
  question: Question;
  /** 0-based place in the set, and the set's size. */
  place: number;
  size: number;
  /** The right answer, stated in the page's language (backticked spans are code). */
  answerText: string;
  seeHref: string;
  /** How this question went before (coming back to it), or null. */
  recorded: PracticeResult | null;
  /** Move focus to the question when it appears (after Next, not on page load). */
  focusOnShow: boolean;
  /** The last question of the set: Next becomes "See the score". */
  last: boolean;
  /** `picked`: the options or cells picked, for questions answered by picking. */
  onResult: (outcome: Outcome, picked?: number[]) => void;
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
  const answer = props.answerText;
  if (status === 'hint') return t('practice.say.hint', { hint: say(props.question.hint) });
  if (status === 'right')
    return t(outcome === 'second' ? 'practice.say.second' : 'practice.say.right', { answer });
  if (status === 'shown') return t('practice.say.shown', { answer });
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
  // The options or cells picked; on a revisit, those picked when it was answered.
  const [picked, setPicked] = useState<number[]>(recorded?.picked ?? []);
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
    onResult(
      result,
      question.answer.kind === 'choice' || question.answer.kind === 'cells' ? picked : undefined,
    );
  };
  const check = (response: Response) => {
    const verdict = checkAnswer(question.answer, response);
    if (verdict.status === 'unreadable') {
      setUnreadable(say(verdict.message));
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
        {t('practice.q.heading', { n: String(place + 1), size: String(size) })}{' '}
        <span className="practice-level" data-testid="practice-level">
          {t('practice.q.level', { level: levelName(question.level) })}
        </span>
      </h2>
      <p className="practice-prompt" data-testid="practice-prompt">
        <CodeText text={say(question.prompt)} />
      </p>
      {answer.kind === 'choice' ? (
        <ChoiceAnswer
          options={answer.options.map(say)}
          multiple={answer.multiple}
          format={say(question.format)}
          message={unreadable}
          closed={closed}
          correct={closed ? answer.correct : null}
          picked={picked}
          onPick={setPicked}
          onCheck={check}
        />
      ) : answer.kind === 'cells' ? (
        <CellPicker
          shape={answer.shape}
          format={say(question.format)}
          message={unreadable}
          closed={closed}
          correct={closed ? answer.value : null}
          picked={picked}
          onPick={setPicked}
          onCheck={check}
        />
      ) : (
        <TypedAnswer
          format={say(question.format)}
          message={unreadable}
          closed={closed}
          onCheck={check}
        />
      )}
      {/* The page's one live region; code and library errors in it are marked English. */}
      <p
        className="visually-hidden"
        role="status"
        aria-atomic="true"
        data-testid="practice-announcement"
      >
        <CodeText text={announcement(status, outcome, props, unreadable)} />
      </p>
      {status === 'hint' && (
        <div className="practice-hint" data-testid="practice-hint">
          <p>
            {/* The spaces between the parts are the catalogue's: none in Chinese. */}
            <strong>{t('practice.hint.notQuite')}</strong>
            {t('practice.hint.label')}
            <CodeText text={say(question.hint)} />
          </p>
          <p>{t('practice.hint.more')}</p>
        </div>
      )}
      {closed && (
        <p
          className={`practice-verdict ${status === 'right' ? 'is-right' : 'is-shown'}`}
          data-testid="practice-verdict"
        >
          <strong>
            {t(
              status === 'shown'
                ? 'practice.verdict.shown'
                : outcome === 'second'
                  ? 'practice.verdict.second'
                  : 'practice.verdict.right',
            )}
          </strong>
          <CodeText text={t('practice.verdict.end', { answer: props.answerText })} />
        </p>
      )}
      {closed && (
        <Solution
          steps={question.solution.map(say)}
          href={props.seeHref}
          label={say(question.seeLabel)}
        />
      )}
      <div className="practice-actions">
        {!closed && (
          <button type="button" className="link-button" onClick={() => finish('shown', 'shown')}>
            {t('practice.show')}
          </button>
        )}
        {closed && (
          <button type="button" ref={next} onClick={onNext} data-testid="practice-next">
            {last ? t('practice.seeScore') : t('practice.next')}
          </button>
        )}
      </div>
    </section>
  );
}
