import { useRef } from 'react';
import { CodeText } from '../../components/CodeText';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n/i18n';
import { say } from '../../i18n/say';
import { tNodes } from '../../i18n/tNodes';
import type { MaskAnalysis } from '../../../engine';
import { SessionFailure } from './SessionFailure';

type Props = {
  /** The condition as typed. */
  condition: string;
  analysis: MaskAnalysis;
  /** Sets the condition (the URL's `cond`). */
  onCondition: (cond: string) => void;
};

/** Conditions worth trying: the right way, the usual mistakes, reductions, indices, the trap. */
const EXAMPLES = [
  '(a > 0) & (a < 1)',
  '(a < 0) | (a > 1)',
  '~(a > 0)',
  '(a > 0) and (a < 1)',
  '0 < a < 1',
  'a > 0 & a < 1',
  'np.abs(a) > 1',
  '(a > 0).any()',
  'np.where(a > 0)',
  '((a > 0) + (a < 1) == 2).nonzero()',
];

const MAX_CHARS = 200;

const readCondition = (text: string) =>
  text.length > MAX_CHARS
    ? ({ ok: false, error: t('mask.cond.tooLong', { max: MAX_CHARS }) } as const)
    : ({ ok: true, text } as const);

/**
 * The condition box, example conditions to drop in, and why a condition fails with NumPy's and
 * PyTorch's errors.
 */
export function ConditionPanel({ condition, analysis, onCondition: setCondition }: Props) {
  const numpyError = analysis.numpy && !analysis.numpy.ok ? analysis.numpy.error : null;
  const torchError = analysis.torch && !analysis.torch.ok ? analysis.torch.error : null;
  const box = useRef<HTMLInputElement>(null);
  // The suggestion's button goes away with the problem: focus moves to the box it filled.
  const applySuggestion = (suggestion: string) => {
    setCondition(suggestion);
    box.current?.focus();
  };
  return (
    <section className="panel stack" aria-labelledby="mask-condition">
      <h2 id="mask-condition">{t('mask.cond.title')}</h2>
      <TextField
        label={<CodeText text={t('mask.cond.label')} />}
        value={condition}
        read={readCondition}
        onCommit={setCondition}
        code
        testId="condition"
        inputRef={box}
        hint={<CodeText text={t('mask.cond.hint')} />}
      />
      <div className="condition-examples" role="group" aria-label={t('mask.cond.examples')}>
        {EXAMPLES.map((example) => (
          <button
            key={example}
            type="button"
            aria-pressed={example === condition}
            onClick={() => setCondition(example)}
          >
            <code>{example}</code>
          </button>
        ))}
      </div>
      {analysis.problem ? (
        <div className="config-error" data-testid="condition-error" role="status">
          <p>{analysis.explanation ? <CodeText text={say(analysis.explanation)} /> : null}</p>
          {analysis.parsedAs && analysis.parsedAs !== condition.trim() ? (
            <p>
              {tNodes('mask.cond.parsedAs', {
                code: (
                  <code data-testid="parsed-as" lang="en">
                    {analysis.parsedAs}
                  </code>
                ),
              })}
            </p>
          ) : null}
          {numpyError ? (
            <p>
              NumPy: <SessionFailure error={numpyError} testId="numpy-condition-error" />
            </p>
          ) : null}
          {torchError ? (
            <p>
              PyTorch: <SessionFailure error={torchError} testId="torch-condition-error" />
            </p>
          ) : null}
          {analysis.suggestion ? (
            <div className="fixes">
              <button type="button" onClick={() => applySuggestion(analysis.suggestion ?? '')}>
                {tNodes('mask.cond.use', { code: <code lang="en">{analysis.suggestion}</code> })}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
