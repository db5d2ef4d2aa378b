import { ExceptionText } from '../../components/ExceptionText';
import type { EvalFailure } from '../../../engine';

type Props = {
  /** Why a session could not evaluate the condition. */
  error: EvalFailure;
  testId: string;
};

/** A library's exception, or the lab's own limit (not passed off as a library's error). */
export function SessionFailure({ error, testId }: Props) {
  if (error.type === 'Lab') {
    return (
      <code className="message" data-testid={testId}>
        {error.message}
      </code>
    );
  }
  return (
    <ExceptionText type={error.type} testId={testId}>
      {error.message}
    </ExceptionText>
  );
}
