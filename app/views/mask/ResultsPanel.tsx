import { CodeText } from '../../components/CodeText';
import { OutputFigure } from './OutputFigure';
import type { MaskAnalysis, SessionResult } from '../../../engine';

type Props = {
  /** Both sessions' results for a condition that is not a mask in both libraries. */
  results: NonNullable<MaskAnalysis['results']>;
};

/** What the REPL shows: the value, the error, or what the value is when it is not printed. */
const printed = (result: SessionResult) =>
  result.error ?? result.repr ?? `(${result.describe ?? 'no value'}, not printed here)`;

/** NumPy's and PyTorch's results side by side: scalars, index tuples, index rows, errors. */
export function ResultsPanel({ results }: Props) {
  const sessions = [
    { label: 'NumPy', result: results.numpy, testId: 'result-numpy' },
    { label: 'PyTorch', result: results.torch, testId: 'result-torch' },
  ];
  return (
    <section className="panel stack" aria-labelledby="mask-results">
      <h2 id="mask-results">What each library returns</h2>
      <div className="outputs-pair">
        {sessions.map(({ label, result, testId }) => (
          <OutputFigure
            key={testId}
            caption={
              <>
                {label}: <code>{result.code}</code>
              </>
            }
            label={`${label}: ${result.code}, as printed`}
            testId={testId}
            hint={result.describe && result.repr ? result.describe : null}
          >
            {printed(result)}
          </OutputFigure>
        ))}
      </div>
      {results.notes.map((note) => (
        <p key={note} className="field-hint">
          <CodeText text={note} />
        </p>
      ))}
    </section>
  );
}
