import { formatNumber, matrixField } from '../url/fields';
import { TYPED_LIMITS } from '../url/schema';
import { matrixText } from './grid/typedValues';
import { TextField } from './TextField';
import { t } from '../i18n/i18n';
import { say } from '../i18n/say';
import { sayNodes } from '../i18n/sayNodes';
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
 */
export function TypedValuesEditor({ input, kernel, shown, notes, onChange }: Props) {
  const commit = (key: 'x' | 'w', field: typeof INPUT) => (text: string) => {
    const result = field.parse(text);
    if (!result.ok) return;
    onChange(result.value ? { [key]: result.value, num: true } : { [key]: null });
  };
  const limits = TYPED_LIMITS.input;
  const fits =
    shown.inputShape[0] <= limits.maxRows &&
    shown.inputShape[1] <= limits.maxCols &&
    shown.kernelShape[0] <= TYPED_LIMITS.kernel.maxRows &&
    shown.kernelShape[1] <= TYPED_LIMITS.kernel.maxCols;
  return (
    <fieldset className="axis-control typed-values" data-testid="typed-values">
      <legend>{t('common.typed.legend')}</legend>
      <TextField
        label={
          <>
            {t('common.typed.input')} <code>x</code>
          </>
        }
        value={matrixText(input)}
        read={readInput}
        onCommit={commit('x', INPUT)}
        code
        testId="control-x"
        hint={t('common.typed.hint', { max: limits.maxAbs })}
      />
      <TextField
        label={
          <>
            {t('common.typed.kernel')} <code>w</code>
          </>
        }
        value={matrixText(kernel)}
        read={readKernel}
        onCommit={commit('w', KERNEL)}
        code
        testId="control-w"
      />
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
}
