/**
 * Evaluates a parsed condition on the matrix `a` the way NumPy (2.x) and PyTorch (≥ 1.2, as run
 * in 1.13) do, including the errors they raise, and as PyTorch ≤ 1.1 did for comparison masks
 * (uint8 0/1 tensors, where `~` computed 1 − x). Each session keeps its own dtypes: NumPy's `a`
 * is float64 and PyTorch's float32, so `0.3 < 0.30000001` differs between them; integers are
 * int64 in both. Python scalars are "weak": they take the array's dtype unless they are of a
 * higher kind (bool < int < float), then the library's default (int64; float64 or float32).
 * Texts: docs/semantics.md §5.5.
 */
import type { CompareOp, ConditionNode } from './condition';
import { callFunction, lookupAttribute } from './conditionFunctions';
import { maskMsg } from './message';
import { broadcastOperands, reader } from './pyBroadcast';
import {
  Raised,
  bitwiseOnFloat,
  boolSubtract,
  boolUnary,
  kindMsg,
  notImplemented,
  pythonZeroDivision,
  raise,
  torchZeroDivision,
  truthError,
  unsupported,
  type EvalFailure,
} from './conditionErrors';
import {
  castElem,
  categoryOf,
  elementTypeName,
  floatRemainder,
  floorDivide,
  intDivMod,
  isFloat,
  isInteger,
  roundFloat,
  toNumber,
  truthy,
  wrapInt,
  type ArrayValue,
  type Category,
  type Dtype,
  type Elem,
  type Library,
  type PyValue,
} from './pyValue';
import { numel } from './tensor';

export type { EvalFailure, FailureCause } from './conditionErrors';
export type { Library, PyValue } from './pyValue';

export type EvalOutcome = { ok: true; value: PyValue } | { ok: false; error: EvalFailure };

const isTorch = (lib: Library) => lib !== 'numpy';
const isScalar = (v: PyValue) => v.kind === 'int' || v.kind === 'float' || v.kind === 'bool';

/** Python's type name of a value, as TypeErrors print it. */
export function typeName(v: PyValue, lib: Library): string {
  switch (v.kind) {
    case 'array':
      return isTorch(lib) ? 'Tensor' : v.scalar ? `numpy.${v.dtype}` : 'numpy.ndarray';
    case 'none':
      return 'NoneType';
    case 'module':
      return 'module';
    case 'function':
      return 'builtin_function_or_method';
    default:
      return v.kind;
  }
}

/** Python's `bool(x)`: arrays need exactly one element. */
export function truth(value: PyValue, lib: Library): boolean {
  switch (value.kind) {
    case 'array':
      if (value.data.length === 1) return truthy(value.data[0]);
      return truthError(lib, value.data.length === 0);
    case 'int':
      return value.value !== 0n;
    case 'float':
      return value.value !== 0;
    case 'bool':
      return value.value;
    case 'none':
      return false;
    case 'tuple':
      return value.items.length > 0;
    default:
      return true;
  }
}

const DEFAULT_FLOAT: Record<Library, Dtype> = {
  numpy: 'float64',
  torch: 'float32',
  'torch1.1': 'float32',
};
const defaultOf = (category: Category, lib: Library): Dtype =>
  category === 2 ? DEFAULT_FLOAT[lib] : category === 1 ? 'int64' : 'bool';

/** Promotion of two array dtypes: the higher kind wins; within a kind the wider type. */
function promote(x: Dtype, y: Dtype): Dtype {
  if (x === y) return x;
  const [cx, cy] = [categoryOf(x), categoryOf(y)];
  if (cx !== cy) return cx > cy ? x : y;
  if (cx === 1) {
    if (x === 'int64' || y === 'int64') return 'int64';
    // uint8 with int8 needs int16, which neither session reaches
    return x === 'uint8' ? x : y;
  }
  return x === 'float64' || y === 'float64' ? 'float64' : 'float32';
}

const scalarCategory = (v: PyValue): Category =>
  v.kind === 'float' ? 2 : v.kind === 'int' ? 1 : 0;

/**
 * The dtype both operands are computed in. NumPy: arrays (NumPy scalars included) decide, weak
 * Python scalars only lift the kind. PyTorch: tensors with dimensions decide, then 0-d tensors,
 * then Python scalars, each lower group only when it is of a higher kind.
 */
export function computeDtype(operands: PyValue[], lib: Library): Dtype {
  const arrays = operands.filter((v): v is ArrayValue => v.kind === 'array');
  const groups = isTorch(lib)
    ? [arrays.filter((v) => v.shape.length > 0), arrays.filter((v) => v.shape.length === 0)]
    : [arrays];
  let dtype: Dtype | null = null;
  for (const group of groups) {
    if (!group.length) continue;
    const own = group.map((v) => v.dtype).reduce(promote);
    if (dtype === null || categoryOf(own) > categoryOf(dtype)) dtype = own;
  }
  for (const v of operands.filter(isScalar)) {
    const category = scalarCategory(v);
    if (dtype === null || category > categoryOf(dtype)) dtype = defaultOf(category, lib);
  }
  return dtype ?? 'int64';
}

/** An array result; 0-d results of NumPy scalars stay NumPy scalars. */
function makeArray(
  operands: PyValue[],
  dtype: Dtype,
  shape: number[],
  fn: (i: number) => Elem,
  lib: Library,
): ArrayValue {
  const data = Array.from({ length: numel(shape) }, (_, i) => fn(i));
  const scalar =
    !isTorch(lib) &&
    shape.length === 0 &&
    operands.every((v) => v.kind !== 'array' || v.scalar === true);
  return { kind: 'array', dtype, shape, data, ...(scalar ? { scalar } : {}) };
}

const COMPARE: Record<CompareOp, (x: number, y: number) => boolean> = {
  '>': (x, y) => x > y,
  '<': (x, y) => x < y,
  '>=': (x, y) => x >= y,
  '<=': (x, y) => x <= y,
  '==': (x, y) => x === y,
  '!=': (x, y) => x !== y,
};

function compareElems(op: CompareOp, x: Elem, y: Elem): boolean {
  if (typeof x === 'bigint' && typeof y === 'bigint') {
    return COMPARE[op](x < y ? -1 : x > y ? 1 : 0, 0);
  }
  return COMPARE[op](toNumber(x), toNumber(y));
}

/** The arithmetic of one element pair in `dtype`. */
function arithmetic(op: string, x: Elem, y: Elem, dtype: Dtype): Elem {
  if (isInteger(dtype)) {
    const [a, b] = [x as bigint, y as bigint];
    if (op === '+') return wrapInt(a + b, dtype);
    if (op === '-') return wrapInt(a - b, dtype);
    if (op === '*') return wrapInt(a * b, dtype);
    if (op === '&') return wrapInt(a & b, dtype);
    if (op === '|') return wrapInt(a | b, dtype);
    if (op === '^') return wrapInt(a ^ b, dtype);
    const [q, m] = intDivMod(a, b);
    return wrapInt(op === '//' ? q : m, dtype);
  }
  if (dtype === 'bool') {
    const [a, b] = [toNumber(x), toNumber(y)];
    // bool + bool is a logical or, bool * bool a logical and (both libraries)
    if (op === '+' || op === '|') return a || b ? 1 : 0;
    if (op === '*' || op === '&') return a && b ? 1 : 0;
    return a !== b ? 1 : 0; // ^
  }
  const [a, b] = [toNumber(x), toNumber(y)];
  if (op === '+') return roundFloat(a + b, dtype);
  if (op === '-') return roundFloat(a - b, dtype);
  if (op === '*') return roundFloat(a * b, dtype);
  if (op === '/') return roundFloat(a / b, dtype);
  if (op === '//') return floorDivide(a, b, dtype);
  return floatRemainder(a, b, dtype);
}

const isBoolOperand = (v: PyValue) =>
  v.kind === 'bool' || (v.kind === 'array' && v.dtype === 'bool');

/** A binary operation with at least one array operand. */
function arrayBinary(op: string, x: PyValue, y: PyValue, lib: Library): PyValue {
  const operands = [x, y];
  const shape = broadcastOperands(operands, lib);
  let dtype = computeDtype(operands, lib);
  let result = dtype;
  const compare = op in COMPARE;
  if (compare) result = lib === 'torch1.1' ? 'uint8' : 'bool';
  else if (op === '-') {
    if (isTorch(lib) && (isBoolOperand(x) || isBoolOperand(y))) {
      boolSubtract(lib, isBoolOperand(x) && isBoolOperand(y));
    }
    if (!isTorch(lib) && dtype === 'bool') boolSubtract(lib, true);
  } else if (op === '/') {
    if (!isFloat(dtype)) dtype = result = DEFAULT_FLOAT[lib];
  } else if (op === '//' || op === '%') {
    if (dtype === 'bool') {
      if (isTorch(lib)) notImplemented(op, 'bool', 'bool-arithmetic');
      dtype = result = 'int8';
    }
  } else if (op === '&' || op === '|' || op === '^') {
    if (isFloat(dtype)) bitwiseOnFloat(lib, op, dtype);
  }
  const [rx, ry] = [reader(x, shape, dtype), reader(y, shape, dtype)];
  if (isTorch(lib) && isInteger(dtype) && (op === '//' || op === '%')) {
    const size = numel(shape);
    for (let i = 0; i < size; i++) if (ry(i) === 0n) torchZeroDivision();
  }
  const fn = compare
    ? (i: number) => castElem(compareElems(op as CompareOp, rx(i), ry(i)) ? 1 : 0, result)
    : (i: number) => arithmetic(op, rx(i), ry(i), dtype);
  return makeArray(operands, result, shape, fn, lib);
}

/** A binary operation between Python scalars, as Python computes it. */
function scalarBinary(op: string, x: PyValue, y: PyValue): PyValue {
  const num = (v: PyValue) =>
    v.kind === 'int'
      ? Number(v.value)
      : v.kind === 'float'
        ? v.value
        : v.kind === 'bool'
          ? +v.value
          : 0;
  const big = (v: PyValue) =>
    v.kind === 'int' ? v.value : v.kind === 'bool' ? BigInt(v.value) : 0n;
  const floats = x.kind === 'float' || y.kind === 'float';
  if (op in COMPARE) {
    const value = floats
      ? COMPARE[op as CompareOp](num(x), num(y))
      : compareElems(op as CompareOp, big(x), big(y));
    return { kind: 'bool', value };
  }
  if (op === '&' || op === '|' || op === '^') {
    if (floats) {
      const message = `unsupported operand type(s) for ${op}: '${x.kind}' and '${y.kind}'`;
      raise('TypeError', message, 'python-type');
    }
    // Python's integers have no width: no wrapping here
    const [a, b] = [big(x), big(y)];
    const value = op === '&' ? a & b : op === '|' ? a | b : a ^ b;
    if (x.kind === 'bool' && y.kind === 'bool') return { kind: 'bool', value: value !== 0n };
    return { kind: 'int', value };
  }
  if ((op === '/' || op === '//' || op === '%') && num(y) === 0) pythonZeroDivision(op, floats);
  if (op === '/' || floats) {
    const [a, b] = [num(x), num(y)];
    const value =
      op === '/'
        ? a / b
        : op === '//'
          ? floorDivide(a, b, 'float64')
          : op === '%'
            ? floatRemainder(a, b, 'float64')
            : (arithmetic(op, a, b, 'float64') as number);
    return { kind: 'float', value };
  }
  const [a, b] = [big(x), big(y)];
  if (op === '+') return { kind: 'int', value: a + b };
  if (op === '-') return { kind: 'int', value: a - b };
  if (op === '*') return { kind: 'int', value: a * b };
  const [q, m] = intDivMod(a, b);
  return { kind: 'int', value: op === '//' ? q : m };
}

const SYMBOLS = { '>': '<', '<': '>', '>=': '<=', '<=': '>=', '==': '==', '!=': '!=' } as const;

/** Operations with None: `==` and `!=` compare identity, everything else is a TypeError. */
function noneBinary(op: string, x: PyValue, y: PyValue, lib: Library): PyValue {
  const array = x.kind === 'array' ? x : y.kind === 'array' ? y : null;
  if (op === '==' || op === '!=') {
    const equal = x.kind === 'none' && y.kind === 'none';
    const value = op === '==' ? equal : !equal;
    // NumPy compares element by element; a Tensor gives Python's identity answer
    if (array && !isTorch(lib)) {
      return makeArray([array], 'bool', array.shape, () => (value ? 1 : 0), lib);
    }
    return { kind: 'bool', value };
  }
  // NumPy's object loop names the element types; a reflected comparison swaps the operands.
  const describe = (v: PyValue) =>
    v.kind === 'array' && !isTorch(lib) ? elementTypeName(v.dtype) : typeName(v, lib);
  const reflect = !isTorch(lib) && x.kind === 'none' && y.kind === 'array' && op in SYMBOLS;
  const [left, right, symbol] = reflect ? [y, x, SYMBOLS[op as CompareOp]] : [x, y, op];
  const message =
    op in COMPARE
      ? `'${symbol}' not supported between instances of '${describe(left)}' and '${describe(right)}'`
      : `unsupported operand type(s) for ${op}: '${describe(left)}' and '${describe(right)}'`;
  return raise('TypeError', message, 'none');
}

function binary(op: string, x: PyValue, y: PyValue, lib: Library): PyValue {
  if (op === '**' || op === '<<' || op === '>>' || op === '@') {
    unsupported(maskMsg('lab.operator', { op }));
  }
  if (x.kind === 'none' || y.kind === 'none') return noneBinary(op, x, y, lib);
  const operand = (v: PyValue) => v.kind === 'array' || isScalar(v);
  if (!operand(x) || !operand(y)) {
    return unsupported(maskMsg('lab.combine', { kind: kindMsg(!operand(x) ? x : y) }));
  }
  return x.kind === 'array' || y.kind === 'array'
    ? arrayBinary(op, x, y, lib)
    : scalarBinary(op, x, y);
}

function unaryOp(op: '~' | '-' | '+', x: PyValue, lib: Library): PyValue {
  if (x.kind === 'array') {
    const { dtype } = x;
    if (op === '~' && isFloat(dtype)) bitwiseOnFloat(lib, '~', dtype);
    if (dtype === 'bool' && op !== '~') boolUnary(lib, op);
    const fn = (e: Elem): Elem => {
      if (op === '+') return e;
      if (op === '-') return isInteger(dtype) ? wrapInt(-(e as bigint), dtype) : -(e as number);
      if (dtype === 'bool') return e ? 0 : 1;
      // PyTorch ≤ 1.1: `~` on a uint8 tensor was 1 − x (logical NOT of a 0/1 mask)
      if (lib === 'torch1.1' && dtype === 'uint8') return wrapInt(1n - (e as bigint), dtype);
      return wrapInt(~(e as bigint), dtype);
    };
    return makeArray([x], dtype, x.shape, (i) => fn(x.data[i]), lib);
  }
  if (x.kind === 'int' || x.kind === 'bool') {
    const v = x.kind === 'int' ? x.value : BigInt(x.value);
    return { kind: 'int', value: op === '~' ? ~v : op === '-' ? -v : v };
  }
  if (x.kind === 'float') {
    if (op === '~') raise('TypeError', "bad operand type for unary ~: 'float'", 'python-type');
    return { kind: 'float', value: op === '-' ? -x.value : x.value };
  }
  return raise(
    'TypeError',
    `bad operand type for unary ${op}: '${typeName(x, lib)}'`,
    'python-type',
  );
}

/** The largest magnitude an integer literal may have here: int64. */
const INT64_MAX = 2n ** 63n - 1n;

function literal(node: Extract<ConditionNode, { kind: 'number' }>): PyValue {
  const text = node.text.replace(/_/g, '');
  if (!node.integer) return { kind: 'float', value: Number(text) };
  const value = BigInt(text);
  if (value > INT64_MAX) {
    unsupported(maskMsg('lab.int64', { text, max: String(INT64_MAX) }));
  }
  return { kind: 'int', value };
}

/** Evaluates one node: Python's rules for names, operators and short-circuiting. */
export function evaluate(node: ConditionNode, a: ArrayValue, lib: Library): PyValue {
  const sub = (n: ConditionNode) => evaluate(n, a, lib);
  switch (node.kind) {
    case 'name':
      if (node.name === 'a') return a;
      if (node.name === 'np' || node.name === 'torch') return { kind: 'module', name: node.name };
      if (node.name === 'abs') return { kind: 'function', name: '__abs__' };
      return raise('NameError', `name '${node.name}' is not defined`, 'name');
    case 'number':
      return literal(node);
    case 'constant':
      return node.value === null ? { kind: 'none' } : { kind: 'bool', value: node.value };
    case 'compare': {
      // Python: x < y < z is (x < y) and (y < z), with y evaluated once.
      let left = sub(node.operands[0]);
      let result: PyValue = left;
      for (let k = 0; k < node.ops.length; k++) {
        const right = sub(node.operands[k + 1]);
        result = binary(node.ops[k], left, right, lib);
        if (k < node.ops.length - 1 && !truth(result, lib)) return result;
        left = right;
      }
      return result;
    }
    case 'binary':
      return binary(node.op, sub(node.left), sub(node.right), lib);
    case 'unary':
      return unaryOp(node.op, sub(node.operand), lib);
    case 'logical': {
      const left = sub(node.left);
      const keepLeft = node.op === 'and' ? !truth(left, lib) : truth(left, lib);
      return keepLeft ? left : sub(node.right);
    }
    case 'not':
      return { kind: 'bool', value: !truth(sub(node.operand), lib) };
    case 'attribute':
      return lookupAttribute(sub(node.object), node.name);
    case 'call':
      return callFunction(sub(node.callee), node.args.map(sub), lib);
  }
}

/** The matrix `a` in a session: float64 in NumPy, float32 in PyTorch; int64 for integers. */
export function sessionMatrix(
  matrix: { shape: number[]; data: readonly number[]; dtype: 'int' | 'float' },
  lib: Library,
): ArrayValue {
  const dtype: Dtype = matrix.dtype === 'int' ? 'int64' : isTorch(lib) ? 'float32' : 'float64';
  return {
    kind: 'array',
    dtype,
    shape: matrix.shape,
    data: matrix.data.map((v) => castElem(v, dtype)),
  };
}

/**
 * Evaluates `node` with `a` bound to the matrix, as `lib` would.
 *
 * @example evaluateCondition(parse('(a > 0) & (a < 1)'), a, 'numpy') // { ok: true, value: bool array }
 */
export function evaluateCondition(
  node: ConditionNode,
  matrix: { shape: number[]; data: readonly number[]; dtype: 'int' | 'float' },
  lib: Library,
): EvalOutcome {
  try {
    return { ok: true, value: evaluate(node, sessionMatrix(matrix, lib), lib) };
  } catch (error) {
    if (error instanceof Raised) return { ok: false, error: error.failure };
    throw error;
  }
}
