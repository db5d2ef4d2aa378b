import { useRef } from 'react';
import { CodeText } from '../../components/CodeText';
import { TextField } from '../../components/TextField';
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

const readCondition = (text: string) =>
  text.length > 200
    ? ({ ok: false, error: 'The condition is longer than 200 characters.' } as const)
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
      <h2 id="mask-condition">Condition</h2>
      <TextField
        label={
          <>
            The condition inside <code>a[…]</code>
          </>
        }
        value={condition}
        read={readCondition}
        onCommit={setCondition}
        code
        testId="condition"
        inputRef={box}
        hint="Python over a: comparisons, + - * / // %, & | ^ ~, and, or, not; np.abs, np.isnan, np.logical_and / or / xor / not, np.where, np.argwhere, np.nonzero (or torch.…); .any(), .all(), .nonzero()."
      />
      <div className="condition-examples" role="group" aria-label="Example conditions">
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
          <p>
            <CodeText text={analysis.explanation ?? ''} />
          </p>
          {analysis.parsedAs && analysis.parsedAs !== condition.trim() ? (
            <p>
              Python reads it as <code data-testid="parsed-as">{analysis.parsedAs}</code>.
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
                Use <code>{analysis.suggestion}</code>
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
