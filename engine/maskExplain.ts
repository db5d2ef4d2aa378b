/**
 * The mask lab's explanations, as messages of the mask catalogue
 * (`app/i18n/locales/<lang>/mask.json`): why a condition fails, and what a result that is not a
 * mask is.
 */
import type { MaskProblem, MaskResultKind } from './mask';
import { maskMsg, type Msg } from './message';

const PROBLEMS: readonly MaskProblem[] = [
  'syntax',
  'logical',
  'chained',
  'unbracketed',
  'truth',
  'bitwise-float',
  'negate-bool',
  'bool-arithmetic',
  'name',
  'attribute',
  'none',
  'python-type',
  'zero-division',
  'broadcast',
  'argument',
  'unsupported',
  'not-a-mask',
  'differs',
];

/** Why a condition fails and how to write it, by problem. */
export const EXPLAIN = Object.fromEntries(
  PROBLEMS.map((problem) => [problem, maskMsg(`explain.${problem}`)]),
) as Record<MaskProblem, Msg>;

/** What a result that is not a mask is, by kind. */
export const RESULT_NOTES: Partial<Record<MaskResultKind, Msg>> = {
  scalar: maskMsg('result.scalar'),
  tuple: maskMsg('result.tuple'),
  indices: maskMsg('result.indices'),
};

/** When both sessions give a mask, but compare in different float widths and disagree. */
export const DTYPE_NOTE = maskMsg('result.dtypes');
