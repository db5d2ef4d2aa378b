import { CodeText } from '../../components/CodeText';
import { t } from '../../i18n/i18n';
import { say } from '../../i18n/say';
import { OutputFigure } from './OutputFigure';
import type { MaskAnalysis, SessionResult } from '../../../engine';

type Props = {
  /** Both sessions' results for a condition that is not a mask in both libraries. */
  results: NonNullable<MaskAnalysis['results']>;
};

/** What the REPL shows: the value, the error, or what the value is when it is not printed. */
function printed(result: SessionResult) {
  if (result.error !== null) return result.error;
  if (result.labError) return <CodeText text={say(result.labError)} />;
  if (result.repr !== null) return result.repr;
  const describe = result.describe ? say(result.describe) : t('mask.results.noValue');
  return <CodeText text={t('mask.results.notPrinted', { describe })} />;
}

/** NumPy's and PyTorch's results side by side: scalars, index tuples, index rows, errors. */
export function ResultsPanel({ results }: Props) {
  const sessions = [
    { label: 'NumPy', result: results.numpy, testId: 'result-numpy' },
    { label: 'PyTorch', result: results.torch, testId: 'result-torch' },
  ];
  return (
    <section className="panel stack" aria-labelledby="mask-results">
      <h2 id="mask-results">{t('mask.results.title')}</h2>
      <div className="outputs-pair">
        {sessions.map(({ label, result, testId }) => (
          <OutputFigure
            key={testId}
            caption={
              <>
                {label}: <code lang="en">{result.code}</code>
              </>
            }
            label={t('mask.results.printed', { label, code: result.code })}
            testId={testId}
            hint={result.describe && result.repr ? <CodeText text={say(result.describe)} /> : null}
          >
            {printed(result)}
          </OutputFigure>
        ))}
      </div>
      {results.notes.map((note) => (
        <p key={note.id} className="field-hint">
          <CodeText text={say(note)} />
        </p>
      ))}
    </section>
  );
}
