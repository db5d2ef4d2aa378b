import { memo, useMemo } from 'react';
import { formatNumber, matrixField } from '../url/fields';
import { TYPED_LIMITS } from '../url/schema';
import { matrixText } from './grid/typedValues';
import { TextField } from './TextField';
import { t } from '../i18n/i18n';
import { say } from '../i18n/say';
import { sayNodes } from '../i18n/sayNodes';
import { sameProps } from './sameProps';
import type { Msg } from '../../engine';

type Matrix = string[][] | null;

interface Props {
  /** Typed input values (`x`), or null for the seeded ones. */
  input: Matrix;
  /** Typed kernel weights (`w`), or null for the seeded ones. */
  kernel: Matrix;
  /** The values drawn now (typed or seeded), row-major, and their grids' sizes. */
  shown: {
    input: ArrayLike<number>;
    inputShape: readonly [number, number];
    kernel: ArrayLike<number>;
    kernelShape: readonly [number, number];
  };
  /** How typed values of another size were fitted. */
  notes: readonly Msg[];
  onChange: (patch: { x?: Matrix; w?: Matrix; num?: boolean }) => void;
}

const INPUT = matrixField(TYPED_LIMITS.input);
const KERNEL = matrixField(TYPED_LIMITS.kernel);

/** Reads a field's text as the URL does, for a TextField. */
const reader = (field: typeof INPUT) => (text: string) => {
  const result = field.parse(text.replace(/\s+/g, ''));
  return result.ok
    ? ({ ok: true, text: matrixText(result.value) } as const)
    : ({ ok: false, error: t('common.typed.error', { reason: say(result.reason) }) } as const);
};
const readInput = reader(INPUT);
const readKernel = reader(KERNEL);

/** A field's commit: its parsed text into the URL key (empty text: back to the seeded values). */
const committer =
  (onChange: Props['onChange'], key: 'x' | 'w', field: typeof INPUT) => (text: string) => {
    const result = field.parse(text);
    if (!result.ok) return;
    onChange(result.value ? { [key]: result.value, num: true } : { [key]: null });
  };

/** Values as the editor and the URL write them, one decimal at most. */
function asMatrix(values: ArrayLike<number>, [rows, cols]: readonly [number, number]): string[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) =>
      formatNumber(Math.round(values[r * cols + c] * 10) / 10),
    ),
  );
}

/**
 * The reader's own numbers: the input and the kernel as text, rows split by `;` and values by
 * `,` (as the URL keys `x` and `w` hold them). Empty text goes back to the seeded values.
 * Rendered again only when a prop changes (a new model brings new notes of the same words).
 */
export const TypedValuesEditor = memo(function TypedValuesEditor({
  input,
  kernel,
  shown,
  notes,
  onChange,
}: Props) {
  const limits = TYPED_LIMITS.input;
  // Each field changes with its typed text alone, not with the values shown (new with every
  // press on a slider), so the editor's render for those leaves the fields as they are.
  const inputField = useMemo(
    () => (
      <TextField
        label={
          <>
            {t('common.typed.input')} <code>x</code>
          </>
        }
        value={matrixText(input)}
        read={readInput}
        onCommit={committer(onChange, 'x', INPUT)}
        code
        testId="control-x"
        hint={t('common.typed.hint', { max: TYPED_LIMITS.input.maxAbs })}
      />
    ),
    [input, onChange],
  );
  const kernelField = useMemo(
    () => (
      <TextField
        label={
          <>
            {t('common.typed.kernel')} <code>w</code>
          </>
        }
        value={matrixText(kernel)}
        read={readKernel}
        onCommit={committer(onChange, 'w', KERNEL)}
        code
        testId="control-w"
      />
    ),
    [kernel, onChange],
  );
  const fits =
    shown.inputShape[0] <= limits.maxRows &&
    shown.inputShape[1] <= limits.maxCols &&
    shown.kernelShape[0] <= TYPED_LIMITS.kernel.maxRows &&
    shown.kernelShape[1] <= TYPED_LIMITS.kernel.maxCols;
  return (
    <fieldset className="axis-control typed-values" data-testid="typed-values">
      <legend>{t('common.typed.legend')}</legend>
      {inputField}
      {kernelField}
      <button
        type="button"
        className="link-button"
        disabled={!fits}
        title={
          fits
            ? undefined
            : t('common.typed.tooBig', { rows: limits.maxRows, cols: limits.maxCols })
        }
        data-testid="edit-shown-values"
        onClick={() =>
          onChange({
            x: asMatrix(shown.input, shown.inputShape),
            w: asMatrix(shown.kernel, shown.kernelShape),
            num: true,
          })
        }
      >
        {t('common.typed.start')}
      </button>
      {notes.map((note) => (
        <p key={String(note.values?.name)} className="field-hint" data-testid="typed-note">
          {sayNodes(note)}
        </p>
      ))}
    </fieldset>
  );
}, sameProps<Props>('notes'));
