import type { ReactNode } from 'react';

type Props = {
  /** What was typed or called, shown above the output. */
  caption: ReactNode;
  /** Accessible name of the output block. */
  label: string;
  testId: string;
  /** The printed output. */
  children: ReactNode;
  /** Take a whole row of the outputs' grid (long printed lines) rather than scroll. */
  wide?: boolean;
  /** A line under the output. */
  hint?: ReactNode;
};

/** One printed output of a Python session: a caption, the text as printed, a hint. */
export function OutputFigure({ caption, label, testId, children, hint, wide }: Props) {
  return (
    <figure className={wide ? 'output output-wide' : 'output'}>
      <figcaption>{caption}</figcaption>
      <pre tabIndex={0} aria-label={label} data-testid={testId}>
        {children}
      </pre>
      {hint ? <p className="field-hint">{hint}</p> : null}
    </figure>
  );
}
