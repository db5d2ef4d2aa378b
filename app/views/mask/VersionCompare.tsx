import { CodeText } from '../../components/CodeText';
import { OutputFigure } from './OutputFigure';
import type { MaskAnalysis } from '../../../engine';

type Props = {
  versions: NonNullable<MaskAnalysis['versions']>;
};

const EXPLANATION =
  'Up to PyTorch 1.1 comparisons gave uint8 0/1 tensors, where `+` adds: `(a > 0) + (a < 1)` counts the conditions each element meets, so `== 2` finds the elements that meet both. Since 1.2 they give bool, and bool + bool is a logical or (True + True is True): `== 2` is never true, and `.nonzero()` returns an empty (0, 2) tensor without any error. NumPy’s bool arrays behave like PyTorch ≥ 1.2. Combine masks with `&`: `(a > 0) & (a < 1)` works in every version.';

/** The same condition in PyTorch ≤ 1.1 and ≥ 1.2, side by side, when they select differently. */
export function VersionCompare({ versions }: Props) {
  const columns = [
    { label: 'PyTorch ≤ 1.1 (uint8 comparisons)', text: versions.old, testId: 'version-old' },
    { label: 'PyTorch ≥ 1.2 (bool comparisons)', text: versions.current, testId: 'version-new' },
  ];
  return (
    <div className="stack" data-testid="version-compare">
      <h3>One text, two answers</h3>
      <div className="outputs-pair">
        {columns.map((column) => (
          <OutputFigure
            key={column.testId}
            caption={column.label}
            label={`${column.label}: ${versions.code}`}
            testId={column.testId}
          >
            <span className="repl-prompt">{'>>> '}</span>
            {versions.code}
            {`\n${column.text}`}
          </OutputFigure>
        ))}
      </div>
      <p className="field-hint">
        <CodeText text={EXPLANATION} />
      </p>
    </div>
  );
}
