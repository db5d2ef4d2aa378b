/**
 * Evaluates a parsed condition on a matrix `a` the way NumPy (2.x) and PyTorch (≥ 1.2, as run
 * in 1.13) do, including the errors they raise: Python's `and`/`or`/`not` and chained
 * comparisons call `bool()` on an array, and `&` on floats has no meaning.
 * Texts: docs/semantics.md §5.5.
 */
import type { CompareOp, ConditionNode } from './condition';

export type Library = 'numpy' | 'torch';

/** Element type: NumPy bool/int64/float64, PyTorch bool/int64/float32. */
export type ElementKind = 'bool' | 'int' | 'float';

export type CondValue =
  | { kind: 'scalar'; dtype: ElementKind; value: number }
  | { kind: 'array'; dtype: ElementKind; shape: number[]; data: number[] };

/** Why an evaluation failed, so the lab can explain it. */
export type FailureCause = 'truth' | 'bitwise-float' | 'negate-bool' | 'name' | 'python-type';

export interface EvalFailure {
  /** Python exception class, e.g. `ValueError`. */
  type: string;
  /** The exception's message, exactly as the library prints it. */
  message: string;
  cause: FailureCause;
}

export type EvalOutcome = { ok: true; value: CondValue } | { ok: false; error: EvalFailure };

class Raised extends Error {
  constructor(readonly failure: EvalFailure) {
    super(failure.message);
  }
}

const raise = (type: string, message: string, cause: FailureCause): never => {
  throw new Raised({ type, message, cause });
};

const TRUTH = {
  numpy: {
    many: [
      'ValueError',
      'The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()',
    ],
    empty: [
      'ValueError',
      'The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.',
    ],
  },
  torch: {
    many: ['RuntimeError', 'Boolean value of Tensor with more than one value is ambiguous'],
    empty: ['RuntimeError', 'Boolean value of Tensor with no values is ambiguous'],
  },
} as const;

const UFUNC = { '&': 'bitwise_and', '|': 'bitwise_or', '~': 'invert' } as const;
const TORCH_KERNEL = { '&': 'bitwise_and_cpu', '|': 'bitwise_or_cpu', '~': 'bitwise_not_cpu' };

function bitwiseOnFloat(lib: Library, op: '&' | '|' | '~'): never {
  if (lib === 'numpy') {
    return raise(
      'TypeError',
      `ufunc '${UFUNC[op]}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
      'bitwise-float',
    );
  }
  return raise(
    'RuntimeError',
    `"${TORCH_KERNEL[op]}" not implemented for 'Float'`,
    'bitwise-float',
  );
}

/** Python's `bool(x)`: arrays need exactly one element. */
function truth(value: CondValue, lib: Library): boolean {
  if (value.kind === 'scalar') return value.value !== 0;
  if (value.data.length === 1) return value.data[0] !== 0;
  const [type, message] = TRUTH[lib][value.data.length ? 'many' : 'empty'];
  return raise(type, message, 'truth');
}

const pyType = (v: CondValue) =>
  v.dtype === 'float' ? 'float' : v.dtype === 'bool' ? 'bool' : 'int';

const COMPARE: Record<CompareOp, (x: number, y: number) => boolean> = {
  '>': (x, y) => x > y,
  '<': (x, y) => x < y,
  '>=': (x, y) => x >= y,
  '<=': (x, y) => x <= y,
  '==': (x, y) => x === y,
  '!=': (x, y) => x !== y,
};

/** Elementwise combination of a scalar or array with another (arrays share `a`'s shape). */
function combine(
  x: CondValue,
  y: CondValue,
  dtype: ElementKind,
  fn: (p: number, q: number) => number,
): CondValue {
  const array = x.kind === 'array' ? x : y.kind === 'array' ? y : null;
  if (!array)
    return {
      kind: 'scalar',
      dtype,
      value: fn(x.kind === 'scalar' ? x.value : 0, y.kind === 'scalar' ? y.value : 0),
    };
  const at = (v: CondValue, i: number) => (v.kind === 'array' ? v.data[i] : v.value);
  return {
    kind: 'array',
    dtype,
    shape: array.shape,
    data: array.data.map((_, i) => fn(at(x, i), at(y, i))),
  };
}

function bitwise(op: '&' | '|', x: CondValue, y: CondValue, lib: Library): CondValue {
  if (x.dtype === 'float' || y.dtype === 'float') {
    if (x.kind === 'scalar' && y.kind === 'scalar') {
      raise(
        'TypeError',
        `unsupported operand type(s) for ${op}: '${pyType(x)}' and '${pyType(y)}'`,
        'python-type',
      );
    }
    bitwiseOnFloat(lib, op);
  }
  const dtype: ElementKind = x.dtype === 'bool' && y.dtype === 'bool' ? 'bool' : 'int';
  // JS bitwise operators work on 32-bit integers; values here are small integers.
  return combine(x, y, dtype, op === '&' ? (p, q) => p & q : (p, q) => p | q);
}

function unary(op: '~' | '-' | '+', x: CondValue, lib: Library): CondValue {
  if (op === '+') return x;
  if (op === '-') {
    if (x.kind === 'array' && x.dtype === 'bool') {
      return lib === 'numpy'
        ? raise(
            'TypeError',
            'The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.',
            'negate-bool',
          )
        : raise(
            'RuntimeError',
            'Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.',
            'negate-bool',
          );
    }
    const dtype = x.dtype === 'bool' ? 'int' : x.dtype;
    return combine(x, x, dtype, (p) => -p);
  }
  if (x.dtype === 'float') {
    if (x.kind === 'scalar')
      raise('TypeError', "bad operand type for unary ~: 'float'", 'python-type');
    bitwiseOnFloat(lib, '~');
  }
  if (x.kind === 'array' && x.dtype === 'bool') return combine(x, x, 'bool', (p) => (p ? 0 : 1));
  return combine(x, x, 'int', (p) => -p - 1);
}

function evaluate(node: ConditionNode, a: CondValue, lib: Library): CondValue {
  switch (node.kind) {
    case 'name':
      return node.name === 'a'
        ? a
        : raise('NameError', `name '${node.name}' is not defined`, 'name');
    case 'number':
      return { kind: 'scalar', dtype: node.integer ? 'int' : 'float', value: node.value };
    case 'bool-literal':
      return { kind: 'scalar', dtype: 'bool', value: node.value ? 1 : 0 };
    case 'compare': {
      // Python: x < y < z is (x < y) and (y < z), with y evaluated once.
      let left = evaluate(node.operands[0], a, lib);
      let result: CondValue = left;
      for (let k = 0; k < node.ops.length; k++) {
        const right = evaluate(node.operands[k + 1], a, lib);
        const test = COMPARE[node.ops[k]];
        result = combine(left, right, 'bool', (p, q) => (test(p, q) ? 1 : 0));
        if (k < node.ops.length - 1 && !truth(result, lib)) return result;
        left = right;
      }
      return result;
    }
    case 'bitwise':
      return bitwise(node.op, evaluate(node.left, a, lib), evaluate(node.right, a, lib), lib);
    case 'unary':
      return unary(node.op, evaluate(node.operand, a, lib), lib);
    case 'logical': {
      const left = evaluate(node.left, a, lib);
      const keepLeft = node.op === 'and' ? !truth(left, lib) : truth(left, lib);
      return keepLeft ? left : evaluate(node.right, a, lib);
    }
    case 'not':
      return {
        kind: 'scalar',
        dtype: 'bool',
        value: truth(evaluate(node.operand, a, lib), lib) ? 0 : 1,
      };
  }
}

/**
 * Evaluates `node` with `a` bound to the given array, as `lib` would.
 *
 * @example evaluateCondition(parse('(a > 0) & (a < 1)'), a, 'numpy') // { ok: true, value: bool array }
 */
export function evaluateCondition(
  node: ConditionNode,
  a: { shape: number[]; data: readonly number[]; dtype: 'int' | 'float' },
  lib: Library,
): EvalOutcome {
  try {
    const value = evaluate(node, { kind: 'array', ...a, data: a.data.slice() }, lib);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Raised) return { ok: false, error: error.failure };
    throw error;
  }
}
