import type { ReactNode } from 'react';

interface Props {
  /** Python exception class, e.g. `ValueError`. */
  type: string;
  testId?: string;
  /** The message, exactly as the library prints it (the test id covers only this part). */
  children: ReactNode;
}

/** "ValueError: message", with the message in its own element so it can be read exactly. */
export function ExceptionText({ type, testId, children }: Props) {
  return (
    <>
      <span className="exception" lang="en">
        {type}:{' '}
      </span>
      <code className="message" data-testid={testId} lang="en">
        {children}
      </code>
    </>
  );
}
