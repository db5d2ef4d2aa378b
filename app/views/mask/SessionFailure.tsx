import { CodeText } from '../../components/CodeText';
import { ExceptionText } from '../../components/ExceptionText';
import { say } from '../../i18n/say';
import type { EvalFailure } from '../../../engine';

type Props = {
  /** Why a session could not evaluate the condition. */
  error: EvalFailure;
  testId: string;
};

/** A library's exception, or the lab's own limit (not passed off as a library's error). */
export function SessionFailure({ error, testId }: Props) {
  if (error.lab) {
    return (
      <span className="message" data-testid={testId}>
        <CodeText text={say(error.lab)} />
      </span>
    );
  }
  return (
    <ExceptionText type={error.type} testId={testId}>
      {error.message}
    </ExceptionText>
  );
}
