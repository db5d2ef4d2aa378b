import { parseCondition } from '../condition';
import { evaluateCondition } from '../conditionEval';
import { maskOutputs, type MaskMatrix } from '../mask';
import { PICK_ONE } from './common';
import type { Draw } from './draw';
import { msg } from './message';
import type { Level } from './topics';
import type { Question } from './types';

/** What NumPy prints for `a[cond]`: the selected values, or the exception it raises. */
export function numpyIndexed(cond: string, matrix: MaskMatrix): string | null {
  const parsed = parseCondition(cond);
  if (!parsed.ok) return null;
  const outcome = evaluateCondition(parsed.node, matrix, 'numpy');
  if (!outcome.ok) {
    const { type, message } = outcome.error;
    return type === 'Lab' ? null : `${type}: ${message}`;
  }
  const { value } = outcome;
  if (value.kind !== 'array' || value.dtype !== 'bool') return null;
  if (value.shape.join() !== matrix.shape.join()) return null;
  const mask = { shape: matrix.shape, data: value.data.map((e) => (e ? 1 : 0)) };
  return maskOutputs(matrix, mask).indexed;
}

const arrayText = (matrix: MaskMatrix) => {
  const cols = matrix.shape[1];
  const rows = Array.from(
    { length: matrix.shape[0] },
    (_, r) => `[${matrix.data.slice(r * cols, (r + 1) * cols).join(', ')}]`,
  );
  return `np.array([${rows.join(', ')}])`;
};

const HINT = msg('mask.hint');

/**
 * Boolean masks: level 1 which condition selects the elements between two bounds (or outside
 * them); level 2 what `a[mask]` returns; level 3 what a pitfall gives (`and`, the precedence of
 * `&`, a chained comparison): its result or its exact error.
 */
export function maskQuestion(draw: Draw, level: Level): Question | null {
  const rows = draw.int(2, 3);
  const cols = 3;
  const data = Array.from({ length: rows * cols }, () => draw.int(-3, 6));
  const matrix: MaskMatrix = { shape: [rows, cols], data, dtype: 'int' };
  const lo = draw.int(-1, 2);
  const hi = lo + draw.int(2, 3);
  const outside = draw.chance(0.3);
  const good = outside ? `(a < ${lo}) | (a > ${hi})` : `(a > ${lo}) & (a < ${hi})`;
  const pitfalls = outside
    ? [`a < ${lo} | a > ${hi}`, `(a < ${lo}) or (a > ${hi})`, `a < ${lo} or a > ${hi}`]
    : [`a > ${lo} & a < ${hi}`, `(a > ${lo}) and (a < ${hi})`, `${lo} < a < ${hi}`];
  const what = outside ? msg('mask.outside', { lo, hi }) : msg('mask.between', { lo, hi });
  const cells = Array.from({ length: rows }, (_, r) =>
    data.slice(r * cols, (r + 1) * cols).map(String),
  );
  const base = {
    topic: 'mask' as const,
    level,
    hint: HINT,
    seeLabel: msg('mask.see'),
  };
  const right = numpyIndexed(good, matrix);
  if (!right || right === 'array([], dtype=int64)') return null;
  if (level === 1) {
    const conditions = draw.shuffle([good, ...pitfalls]);
    // Right: the conditions NumPy reads as the wanted mask (the others raise).
    const correct = conditions.flatMap((cond, n) =>
      numpyIndexed(cond, matrix) === right ? [n] : [],
    );
    if (correct.length !== 1) return null;
    return {
      ...base,
      key: `mask-which:${outside}:${lo}:${hi}:${data}:${conditions.join('|')}`,
      prompt: msg('mask.which', { a: arrayText(matrix), what }),
      format: PICK_ONE,
      answer: {
        kind: 'choice',
        options: conditions.map((code) => msg('code', { code })),
        correct,
        multiple: false,
      },
      solution: [
        msg('mask.good', { cond: good }),
        msg('mask.gives', { indexed: `a[${good}]`, result: right }),
      ],
      see: { view: 'mask', matrix: cells, cond: good },
    };
  }
  const asked = level === 2 ? good : draw.pick(pitfalls);
  const result = numpyIndexed(asked, matrix);
  if (!result) return null;
  const others = [
    good,
    ...pitfalls,
    outside ? `(a <= ${lo}) | (a >= ${hi})` : `(a >= ${lo}) & (a <= ${hi})`,
    `~(${good})`,
  ]
    .map((cond) => numpyIndexed(cond, matrix))
    .filter((text): text is string => text !== null && text !== result);
  const options = draw.shuffle([result, ...draw.shuffle([...new Set(others)]).slice(0, 3)]);
  if (options.length < 3) return null;
  return {
    ...base,
    key: `mask-${level}:${asked}:${data}:${options.join('|')}`,
    prompt: msg('mask.what', { a: arrayText(matrix), indexed: `a[${asked}]` }),
    format: PICK_ONE,
    answer: {
      kind: 'choice',
      options: options.map((code) => msg('code', { code })),
      correct: [options.indexOf(result)],
      multiple: false,
    },
    solution: [
      level === 2 ? msg('mask.true', { what }) : msg('mask.python', { cond: asked }),
      msg(
        result.startsWith('ValueError: The truth value')
          ? 'mask.truth'
          : /^\w+Error: /.test(result)
            ? 'mask.numpyRaises'
            : 'mask.numpy',
        { result },
      ),
    ],
    see: { view: 'mask', matrix: cells, cond: asked },
  };
}
