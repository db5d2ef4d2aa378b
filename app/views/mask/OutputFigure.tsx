import type { ReactNode } from 'react';

type Props = {
  /** What was typed or called, shown above the output. */
  caption: ReactNode;
  /** Accessible name of the output block. */
  label: string;
  testId: string;
  /** The printed output. */
  children: ReactNode;
  /** A line under the output. */
  hint?: ReactNode;
};

/** One printed output of a Python session: a caption, the text as printed, a hint. */
export function OutputFigure({ caption, label, testId, children, hint }: Props) {
  return (
    <figure className="output">
      <figcaption>{caption}</figcaption>
      <pre tabIndex={0} aria-label={label} data-testid={testId}>
        {children}
      </pre>
      {hint ? <p className="field-hint">{hint}</p> : null}
    </figure>
  );
}
