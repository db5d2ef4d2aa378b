/**
 * Elementwise operations the broadcasting lab offers, with their NumPy and PyTorch spellings
 * and the dtype each library gives for integer (int64) operands.
 */
import { broadcastMap } from './broadcast';
import type { ElementwiseOpId } from './elementwiseOps';
import type { Tensor } from './tensor';

export { ELEMENTWISE_OP_IDS } from './elementwiseOps';
export type { ElementwiseOpId } from './elementwiseOps';

/** Result dtype family: integers stay int64, true division gives floats, comparisons bool. */
export type ResultKind = 'int' | 'float' | 'bool';

export interface ElementwiseOp {
  id: ElementwiseOpId;
  /** What the operation does, for labels. */
  label: string;
  /** Python operator, when the operation has one (`+`, `>`); null for `np.maximum`. */
  operator: string | null;
  /** NumPy ufunc, e.g. `np.add`. */
  numpy: string;
  /** PyTorch function, e.g. `torch.add`. */
  torch: string;
  kind: ResultKind;
  /** NumPy's result dtype for int64 operands. */
  numpyDtype: string;
  /** PyTorch's result dtype for int64 operands. */
  torchDtype: string;
  /** The scalar function; comparisons return 1 (True) or 0 (False). */
  fn: (x: number, y: number) => number;
}

const arithmetic = (
  id: ElementwiseOpId,
  label: string,
  operator: string | null,
  numpy: string,
  torch: string,
  fn: (x: number, y: number) => number,
): ElementwiseOp => ({
  id,
  label,
  operator,
  numpy,
  torch,
  kind: 'int',
  numpyDtype: 'int64',
  torchDtype: 'torch.int64',
  fn,
});

const comparison = (
  id: ElementwiseOpId,
  label: string,
  operator: string,
  numpy: string,
  fn: (x: number, y: number) => boolean,
): ElementwiseOp => ({
  id,
  label,
  operator,
  numpy,
  torch: `torch.${id}`,
  kind: 'bool',
  numpyDtype: 'bool',
  torchDtype: 'torch.bool',
  fn: (x, y) => (fn(x, y) ? 1 : 0),
});

/**
 * The operations by id. Division is true division in both libraries (Python 3 `/`; PyTorch
 * since 1.5): int64 operands give float64 in NumPy and float32 (the default dtype) in PyTorch,
 * and x / 0 is ±inf, 0 / 0 is nan (IEEE 754, as both libraries compute it).
 */
export const ELEMENTWISE_OPS: Record<ElementwiseOpId, ElementwiseOp> = {
  add: arithmetic('add', 'add (+)', '+', 'np.add', 'torch.add', (x, y) => x + y),
  sub: arithmetic('sub', 'subtract (−)', '-', 'np.subtract', 'torch.sub', (x, y) => x - y),
  mul: arithmetic('mul', 'multiply (×)', '*', 'np.multiply', 'torch.mul', (x, y) => x * y),
  div: {
    id: 'div',
    label: 'divide (/)',
    operator: '/',
    numpy: 'np.divide',
    torch: 'torch.div',
    kind: 'float',
    numpyDtype: 'float64',
    torchDtype: 'torch.float32',
    fn: (x, y) => x / y,
  },
  max: arithmetic('max', 'maximum', null, 'np.maximum', 'torch.maximum', Math.max),
  min: arithmetic('min', 'minimum', null, 'np.minimum', 'torch.minimum', Math.min),
  gt: comparison('gt', 'greater (>)', '>', 'np.greater', (x, y) => x > y),
  lt: comparison('lt', 'less (<)', '<', 'np.less', (x, y) => x < y),
  ge: comparison('ge', 'greater or equal (>=)', '>=', 'np.greater_equal', (x, y) => x >= y),
  le: comparison('le', 'less or equal (<=)', '<=', 'np.less_equal', (x, y) => x <= y),
  eq: comparison('eq', 'equal (==)', '==', 'np.equal', (x, y) => x === y),
  ne: comparison('ne', 'not equal (!=)', '!=', 'np.not_equal', (x, y) => x !== y),
};

/**
 * Applies `op` to any number of operands as Python evaluates a left-to-right chain,
 * `op(op(a, b), c)`: with broadcasting, element i of the result is the fold of the elements
 * that meet at i. Comparisons fold on 0/1 (NumPy compares a bool array with int64 as 0/1).
 *
 * @throws {ConfigError} when the shapes do not broadcast
 * @example elementwise([{ shape: [2, 1], data: [1, 2] }, { shape: [2], data: [5, 0] }], ELEMENTWISE_OPS.sub)
 * // { shape: [2, 2], data: [-4, 1, -3, 2] }
 */
export function elementwise(operands: readonly Tensor[], op: ElementwiseOp): Tensor {
  return broadcastMap(operands, (values) => elementwiseValue(op, values));
}

/**
 * One element of `elementwise`: the left-to-right fold of the values that meet at a position,
 * so a view can compute only the elements it shows.
 *
 * @param values one value per operand, in operand order (at least one)
 * @example elementwiseValue(ELEMENTWISE_OPS.sub, [9, 2, 3]) // 4: (9 − 2) − 3
 */
export function elementwiseValue(op: ElementwiseOp, values: readonly number[]): number {
  return values.reduce((acc, v) => op.fn(acc, v));
}

/**
 * The expression in Python, for `names` like ['a', 'b', 'c'], in the library's spelling:
 * operators where Python's chaining keeps the meaning (`a + b + c`), nested calls otherwise
 * (`np.maximum(np.maximum(a, b), c)`; `a > b > c` would be a chained comparison).
 *
 * @param lib whose function names to use when there is no operator
 * @example expressionFor(ELEMENTWISE_OPS.max, ['a', 'b', 'c'], 'numpy') // 'np.maximum(np.maximum(a, b), c)'
 */
export function expressionFor(op: ElementwiseOp, names: readonly string[], lib: 'numpy' | 'torch') {
  if (names.length === 1) return names[0];
  if (op.operator && (op.kind !== 'bool' || names.length === 2)) {
    return names.join(` ${op.operator} `);
  }
  const fn = lib === 'numpy' ? op.numpy : op.torch;
  return names.slice(1).reduce((acc, name) => `${fn}(${acc}, ${name})`, names[0]);
}
