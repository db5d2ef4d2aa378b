/**
 * Boolean-mask querying: a condition on a matrix `a`, the mask it gives, `a[mask]`, and the
 * index layouts of `np.argwhere`, `np.nonzero`, `torch.nonzero` (docs/semantics.md §5.5–5.6).
 */
import { numpyRepr, numpyTupleRepr, torchRepr, torchTupleRepr } from './arrayRepr';
import { formatCondition, parseCondition, suggestCondition, type ConditionNode } from './condition';
import {
  evaluateCondition,
  type EvalFailure,
  type EvalOutcome,
  type FailureCause,
} from './conditionEval';
import { DTYPE_NOTE, EXPLAIN, RESULT_NOTES } from './maskExplain';
import { maskMsg, type Msg } from './message';
import { describeValue, reprValue } from './pyRepr';
import { truthy, type ArrayValue, type Library, type PyValue } from './pyValue';
import { argwhere, nonzeroTuple, type BoolArray } from './indices';

export { argwhere, nonzeroTuple, type BoolArray } from './indices';

/** The matrix `a`: values in row-major order; `int` prints as int64, `float` as float64. */
export interface MaskMatrix {
  shape: number[];
  data: number[];
  dtype: 'int' | 'float';
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

/** Which mistake a condition makes; null when it gives a mask or a result worth showing. */
export type MaskProblem =
  FailureCause | 'syntax' | 'logical' | 'chained' | 'unbracketed' | 'not-a-mask' | 'differs';

/** What one session gives for the condition, ready to print. */
export interface SessionResult {
  /** The condition as this session spells it (`np.abs` in NumPy is `torch.abs` in PyTorch). */
  code: string;
  /** The REPL text of the value, or null when it is an error or not printed (float arrays). */
  repr: string | null;
  /** What the value is: "torch.bool tensor of size (3, 4)". */
  describe: Msg | null;
  /** The library's error, as `Type: message`, or null. */
  error: string | null;
  /** What this lab does not evaluate, said as the lab (never as a library's error), or null. */
  labError: Msg | null;
}

/** A value as a session prints it, or what it is when it is not printed (float arrays). */
export interface PrintedValue {
  repr: string | null;
  describe: Msg;
}

/** Which kind of result the sessions give, when it is not a mask. */
export type MaskResultKind = 'scalar' | 'tuple' | 'indices' | 'array' | 'other';

export interface MaskAnalysis {
  /** NumPy's and PyTorch's outcomes; null when the text does not parse. */
  numpy: EvalOutcome | null;
  torch: EvalOutcome | null;
  /** The boolean mask (NumPy's), or null when there is none. */
  mask: BoolArray | null;
  /** PyTorch's mask: it compares in float32, so it can differ from NumPy's float64 one. */
  torchMask: BoolArray | null;
  problem: MaskProblem | null;
  /** Why it failed and how to write it, in a sentence or two. */
  explanation: Msg | null;
  /** How Python groups the text, brackets made explicit. */
  parsedAs: string | null;
  /** A corrected condition that gives a mask in both libraries, when it differs from the text. */
  suggestion: string | null;
  /**
   * PyTorch ≤ 1.1 (comparisons gave uint8) beside ≥ 1.2 (bool), when they select differently,
   * as in `((a > 0) + (a < 1) == 2).nonzero()`; null otherwise.
   */
  versions: { old: PrintedValue; current: PrintedValue; code: string } | null;
  /** Both sessions' results, when either is not a mask (a scalar, a tuple, indices, an error). */
  results: {
    /** The kind of NumPy's result (PyTorch's when NumPy fails). */
    kind: MaskResultKind;
    /** What each kind of result is, NumPy's first; one note when both are of one kind. */
    notes: Msg[];
    numpy: SessionResult;
    torch: SessionResult;
  } | null;
}

function walk(
  node: ConditionNode,
  visit: (n: ConditionNode, parent: ConditionNode | null) => void,
  parent: ConditionNode | null = null,
): void {
  visit(node, parent);
  const children =
    node.kind === 'compare'
      ? node.operands
      : node.kind === 'binary' || node.kind === 'logical'
        ? [node.left, node.right]
        : node.kind === 'unary' || node.kind === 'not'
          ? [node.operand]
          : node.kind === 'attribute'
            ? [node.object]
            : node.kind === 'call'
              ? [node.callee, ...node.args]
              : [];
  children.forEach((child) => walk(child, visit, node));
}

const isMaskOf = (value: PyValue, matrix: MaskMatrix) =>
  value.kind === 'array' &&
  value.dtype === 'bool' &&
  value.shape.length === matrix.shape.length &&
  value.shape.every((s, k) => s === matrix.shape[k]);

function failureProblem(node: ConditionNode, cause: FailureCause): MaskProblem {
  let unbracketed = false;
  let logical = false;
  let chained = false;
  walk(node, (n, parent) => {
    const bitwise = n.kind === 'binary' && ['&', '|', '^'].includes(n.op);
    if (bitwise && !n.parens && parent?.kind === 'compare') unbracketed = true;
    if (n.kind === 'logical' || n.kind === 'not') logical = true;
    if (n.kind === 'compare' && n.ops.length > 1) chained = true;
  });
  if ((cause === 'truth' || cause === 'bitwise-float') && unbracketed) return 'unbracketed';
  if (cause === 'truth') return logical ? 'logical' : chained ? 'chained' : 'logical';
  if (cause === 'python-type') return 'bitwise-float';
  return cause;
}

/** Reductions (0-d), index tuples and index rows are results worth showing; the rest is not a mask. */
function kindOf(value: PyValue): MaskResultKind {
  if (value.kind === 'tuple') return 'tuple';
  if (value.kind !== 'array') return 'other';
  if (value.shape.length === 0) return 'scalar';
  return value.indices ? 'indices' : 'array';
}

function sessionResult(node: ConditionNode, outcome: EvalOutcome, lib: Library): SessionResult {
  const code = formatCondition(node, lib === 'numpy' ? { torch: 'np' } : { np: 'torch' });
  if (!outcome.ok) {
    const { type, message, lab } = outcome.error;
    return {
      code,
      repr: null,
      describe: null,
      error: lab ? null : `${type}: ${message}`,
      labError: lab ?? null,
    };
  }
  return {
    code,
    repr: reprValue(outcome.value, lib),
    describe: describeValue(outcome.value, lib),
    error: null,
    labError: null,
  };
}

/** What a value selects, ignoring its dtype: its shape and which elements are non-zero. */
function selection(value: PyValue): string {
  if (value.kind === 'tuple') return `(${value.items.map(selection).join(',')})`;
  if (value.kind === 'array')
    return `${value.shape.join('x')}:${value.data.map((e) => +truthy(e)).join('')}`;
  return `${value.kind}:${'value' in value ? String(value.value) : ''}`;
}

/** The condition in PyTorch ≤ 1.1 beside ≥ 1.2, when the two select different elements. */
function versionsOf(
  node: ConditionNode,
  torch: EvalOutcome,
  matrix: MaskMatrix,
): MaskAnalysis['versions'] {
  const old = evaluateCondition(node, matrix, 'torch1.1');
  if (!old.ok || !torch.ok || selection(old.value) === selection(torch.value)) return null;
  const print = (value: PyValue, lib: Library): PrintedValue => ({
    repr: reprValue(value, lib),
    describe: describeValue(value, lib),
  });
  return {
    code: formatCondition(node, { np: 'torch' }),
    old: print(old.value, 'torch1.1'),
    current: print(torch.value, 'torch'),
  };
}

/**
 * For a NameError such as `t` in a pasted `((t > 0) + (t < 1) == 2).nonzero()`: the same text
 * with that name read as `a`, when both libraries then evaluate it.
 */
function renamed(node: ConditionNode, failure: EvalFailure, matrix: MaskMatrix): string | null {
  const name = /name '(\w+)' is not defined/.exec(failure.message ?? '')?.[1];
  if (!name) return null;
  const text = formatCondition(node, { [name]: 'a' });
  const parsed = parseCondition(text);
  if (!parsed.ok) return null;
  const fine = (['numpy', 'torch'] as const).every(
    (lib) => evaluateCondition(parsed.node, matrix, lib).ok,
  );
  return fine ? text : null;
}

/** The text is a mask in both libraries: the suggestion is offered only then. */
function givesMask(text: string, matrix: MaskMatrix): boolean {
  const parsed = parseCondition(text);
  if (!parsed.ok) return false;
  return (['numpy', 'torch'] as const).every((lib) => {
    const outcome = evaluateCondition(parsed.node, matrix, lib);
    return outcome.ok && isMaskOf(outcome.value, matrix);
  });
}

/**
 * Parses and evaluates a condition on `a` with NumPy's and PyTorch's rules, and says what
 * went wrong and how to write it when it fails.
 *
 * @example analyzeMask('(a > 0) and (a < 1)', a).numpy // error: 'The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()'
 */
export function analyzeMask(text: string, matrix: MaskMatrix): MaskAnalysis {
  const parsed = parseCondition(text);
  const suggest = () => {
    const suggested = suggestCondition(text);
    const differs = suggested && suggested.replace(/\s+/g, '') !== text.replace(/\s+/g, '');
    return differs && givesMask(suggested, matrix) ? suggested : null;
  };
  if (!parsed.ok) {
    return {
      numpy: null,
      torch: null,
      mask: null,
      torchMask: null,
      problem: 'syntax',
      explanation: maskMsg('explain.with', { explain: EXPLAIN.syntax, detail: parsed.message }),
      parsedAs: null,
      suggestion: suggest(),
      versions: null,
      results: null,
    };
  }
  const node = parsed.node;
  const numpy = evaluateCondition(node, matrix, 'numpy');
  const torch = evaluateCondition(node, matrix, 'torch');
  const numpyMask = numpy.ok && isMaskOf(numpy.value, matrix);
  const torchMask = torch.ok && isMaskOf(torch.value, matrix);
  const failure = !numpy.ok ? numpy.error : !torch.ok ? torch.error : null;
  const value = numpy.ok ? numpy.value : torch.ok ? torch.value : null;
  const kind = value ? kindOf(value) : 'other';
  let problem: MaskProblem | null = null;
  if (failure) problem = failureProblem(node, failure.cause);
  else if (numpyMask !== torchMask) problem = 'differs';
  else if (!numpyMask && (kind === 'array' || kind === 'other')) problem = 'not-a-mask';
  const asMask = (o: EvalOutcome, isMask: boolean) =>
    o.ok && isMask
      ? { shape: matrix.shape, data: (o.value as ArrayValue).data.map((e) => (e ? 1 : 0)) }
      : null;
  const mask = asMask(numpy, numpyMask);
  const torchMaskArray = asMask(torch, torchMask);
  // float64 against float32: both masks, but not the same elements
  const dtypesDiffer =
    mask !== null && torchMaskArray !== null && mask.data.join() !== torchMaskArray.data.join();

  const kinds = [numpy, torch].flatMap((o) => (o.ok ? [kindOf(o.value)] : []));
  const notes = dtypesDiffer
    ? [DTYPE_NOTE]
    : [...new Set(kinds.flatMap((k) => (RESULT_NOTES[k] ? [RESULT_NOTES[k]] : [])))];
  return {
    numpy,
    torch,
    mask,
    torchMask: torchMaskArray,
    problem,
    explanation: !problem
      ? null
      : failure?.lab
        ? maskMsg('explain.here', { explain: EXPLAIN[problem], detail: failure.lab })
        : EXPLAIN[problem],
    parsedAs: formatCondition(node),
    suggestion:
      problem === 'name' && failure ? renamed(node, failure, matrix) : problem ? suggest() : null,
    versions: versionsOf(node, torch, matrix),
    results:
      numpyMask && torchMask && !dtypesDiffer
        ? null
        : {
            kind,
            notes,
            numpy: sessionResult(node, numpy, 'numpy'),
            torch: sessionResult(node, torch, 'torch'),
          },
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
