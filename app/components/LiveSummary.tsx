import { CodeText } from './CodeText';

interface Props {
  /** One sentence saying what the last change gave. */
  text: string;
  testId?: string;
  /** `backticked` spans of the text are code, marked English. */
  code?: boolean;
}

/**
 * What a change gave, for screen readers: one polite announcement per change, in one
 * sentence, instead of every number on the page that changed with it. Not shown on screen,
 * where the numbers themselves are.
 */
export function LiveSummary({ text, testId, code }: Props) {
  return (
    <p className="visually-hidden" role="status" aria-atomic="true" data-testid={testId}>
      {code ? <CodeText text={text} /> : text}
    </p>
  );
}
