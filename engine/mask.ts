/**
 * Boolean-mask querying: a condition on a matrix `a`, the mask it gives, `a[mask]`, and the
 * index layouts of `np.argwhere`, `np.nonzero`, `torch.nonzero` (docs/semantics.md §5.5–5.6).
 */
import { numpyRepr, numpyTupleRepr, torchRepr, torchTupleRepr } from './arrayRepr';
import { formatCondition, parseCondition, suggestCondition, type ConditionNode } from './condition';
import { evaluateCondition, type EvalOutcome } from './conditionEval';
import { unflatIndex } from './tensor';

/** The matrix `a`: values in row-major order; `int` prints as int64, `float` as float64. */
export interface MaskMatrix {
  shape: number[];
  data: number[];
  dtype: 'int' | 'float';
}

/** A mask as 0/1 values in row-major order, with its shape. */
export interface BoolArray {
  shape: number[];
  data: number[];
}

/**
 * `np.argwhere(mask)`: one row per True element, in row-major order, holding its coordinate:
 * shape (N, ndim). `torch.nonzero(mask)` has this layout too. A 0-d mask gives (1, 0) or (0, 0).
 *
 * @example argwhere({ shape: [2, 3], data: [0, 1, 0, 1, 0, 1] }) // { shape: [3, 2], data: [0, 1, 1, 0, 1, 2] }
 */
export function argwhere(mask: BoolArray): BoolArray {
  const rows = mask.data.flatMap((v, i) => (v ? [unflatIndex(i, mask.shape)] : []));
  return { shape: [rows.length, mask.shape.length], data: rows.flat() };
}

/**
 * `np.nonzero(mask)` and `torch.nonzero(mask, as_tuple=True)`: one index array per axis, each
 * of length N; together they index the True elements (`a[np.nonzero(m)]` equals `a[m]`).
 *
 * @example nonzeroTuple({ shape: [2, 3], data: [0, 1, 0, 1, 0, 1] }) // [[0, 1, 1], [1, 0, 2]]
 */
export function nonzeroTuple(mask: BoolArray): number[][] {
  const coords = mask.data.flatMap((v, i) => (v ? [unflatIndex(i, mask.shape)] : []));
  return mask.shape.map((_, axis) => coords.map((c) => c[axis]));
}

/**
 * `a[mask]`: the selected values, in row-major order (always 1-D).
 *
 * @param values the matrix's values, row-major, one per mask element
 * @example maskSelect([5, 6, 7, 8, 9, 10], { shape: [2, 3], data: [0, 1, 0, 1, 0, 1] }) // [6, 8, 10]
 */
export function maskSelect(values: readonly number[], mask: BoolArray): number[] {
  return values.filter((_, i) => mask.data[i]);
}

/** Which mistake a condition makes. */
export type MaskProblem =
  | 'syntax'
  | 'logical'
  | 'chained'
  | 'unbracketed'
  | 'bitwise-float'
  | 'negate-bool'
  | 'name'
  | 'not-a-mask';

export interface MaskAnalysis {
  /** NumPy's and PyTorch's outcomes; null when the text does not parse. */
  numpy: EvalOutcome | null;
  torch: EvalOutcome | null;
  /** The boolean mask (NumPy's), or null when there is none. */
  mask: BoolArray | null;
  problem: MaskProblem | null;
  /** Why it failed and how to write it, in a sentence or two. */
  explanation: string | null;
  /** How Python groups the text, brackets made explicit. */
  parsedAs: string | null;
  /** A corrected condition, when one can be guessed and differs from the text. */
  suggestion: string | null;
}

const EXPLAIN: Record<MaskProblem, string> = {
  syntax: 'The condition is not a Python expression this lab understands.',
  logical:
    'Python’s `and`, `or` and `not` need one True or False, so they call `bool()` on the array, and an array of several booleans has no single truth value. Use the element-wise operators `&`, `|` and `~`, and bracket each comparison: `&` binds tighter than comparisons.',
  chained:
    'A chained comparison such as `0 < a < 1` means `(0 < a) and (a < 1)`: the hidden `and` calls `bool()` on the array `0 < a`. Write two comparisons joined by `&`: `(0 < a) & (a < 1)`.',
  unbracketed:
    '`&` and `|` bind tighter than comparisons, so Python reads the unbracketed form as one chained comparison with a bitwise operation in the middle (see “Python reads it as”). Floats have no bitwise AND, so that fails first; integers get past it and then fail on the chain’s hidden `and`. Bracket each comparison.',
  'bitwise-float':
    '`&`, `|` and `~` are bitwise operators: on floats they have no meaning. Compare first, then combine the boolean results.',
  'negate-bool': 'A mask is inverted with `~` (logical NOT), not with `-`.',
  name: 'The matrix is called `a`; no other names are defined here.',
  'not-a-mask':
    'The condition does not give a boolean array of the shape of `a`, so `a[...]` would not filter by it. Compare `a` with something: `a > 0`.',
};

function walk(
  node: ConditionNode,
  visit: (n: ConditionNode, parent: ConditionNode | null) => void,
  parent: ConditionNode | null = null,
): void {
  visit(node, parent);
  const children =
    node.kind === 'compare'
      ? node.operands
      : node.kind === 'bitwise' || node.kind === 'logical'
        ? [node.left, node.right]
        : node.kind === 'unary' || node.kind === 'not'
          ? [node.operand]
          : [];
  children.forEach((child) => walk(child, visit, node));
}

function problemOf(
  node: ConditionNode,
  outcome: EvalOutcome,
  matrix: MaskMatrix,
): MaskProblem | null {
  let unbracketed = false;
  let logical = false;
  let chained = false;
  walk(node, (n, parent) => {
    if (n.kind === 'bitwise' && !n.parens && parent?.kind === 'compare') unbracketed = true;
    if (n.kind === 'logical' || n.kind === 'not') logical = true;
    if (n.kind === 'compare' && n.ops.length > 1) chained = true;
  });
  if (!outcome.ok) {
    const cause = outcome.error.cause;
    if ((cause === 'truth' || cause === 'bitwise-float') && unbracketed) return 'unbracketed';
    if (cause === 'truth') return logical ? 'logical' : chained ? 'chained' : 'logical';
    if (cause === 'python-type') return 'bitwise-float';
    return cause;
  }
  const value = outcome.value;
  const isMask =
    value.kind === 'array' && value.dtype === 'bool' && value.data.length === matrix.data.length;
  return isMask ? null : 'not-a-mask';
}

/**
 * Parses and evaluates a condition on `a` with NumPy's and PyTorch's rules, and says what
 * went wrong and how to write it when it fails.
 *
 * @example analyzeMask('(a > 0) and (a < 1)', a).numpy // error: 'The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()'
 */
export function analyzeMask(text: string, matrix: MaskMatrix): MaskAnalysis {
  const parsed = parseCondition(text);
  const suggested = suggestCondition(text);
  const differs = (s: string | null) =>
    s && s.replace(/\s+/g, '') !== text.replace(/\s+/g, '') ? s : null;
  if (!parsed.ok) {
    return {
      numpy: null,
      torch: null,
      mask: null,
      problem: 'syntax',
      explanation: `${EXPLAIN.syntax} ${parsed.message[0].toUpperCase()}${parsed.message.slice(1)}.`,
      parsedAs: null,
      suggestion: differs(suggested),
    };
  }
  const numpy = evaluateCondition(parsed.node, matrix, 'numpy');
  const torch = evaluateCondition(parsed.node, matrix, 'torch');
  const problem = problemOf(parsed.node, numpy, matrix);
  const mask =
    !problem && numpy.ok && numpy.value.kind === 'array'
      ? { shape: matrix.shape, data: numpy.value.data }
      : null;
  return {
    numpy,
    torch,
    mask,
    problem,
    explanation: problem ? EXPLAIN[problem] : null,
    parsedAs: formatCondition(parsed.node),
    suggestion: problem ? differs(suggested) : null,
  };
}

/** Every output the lab prints for a mask, as the Python REPL prints it. */
export interface MaskOutputs {
  count: number;
  indexed: string;
  argwhere: string;
  nonzero: string;
  torchNonzero: string;
  torchNonzeroTuple: string;
}

/**
 * The REPL texts of `a[mask]`, `np.argwhere`, `np.nonzero`, `torch.nonzero` (both forms).
 *
 * @example maskOutputs({ shape: [2, 2], data: [1, 2, 3, 4], dtype: 'int' }, { shape: [2, 2], data: [0, 1, 1, 0] }).nonzero // '(array([0, 1]), array([1, 0]))'
 */
export function maskOutputs(matrix: MaskMatrix, mask: BoolArray): MaskOutputs {
  const selected = maskSelect(matrix.data, mask);
  const rows = argwhere(mask);
  const tuple = nonzeroTuple(mask);
  const index = (data: number[]) => ({ shape: [data.length], data, dtype: 'int64' as const });
  return {
    count: selected.length,
    indexed: numpyRepr({
      shape: [selected.length],
      data: selected,
      dtype: matrix.dtype === 'int' ? 'int64' : 'float64',
    }),
    argwhere: numpyRepr({ ...rows, dtype: 'int64' }),
    nonzero: numpyTupleRepr(tuple.map(index)),
    torchNonzero: torchRepr({ ...rows, dtype: 'int64' }),
    torchNonzeroTuple: torchTupleRepr(tuple.map(index)),
  };
}
