import { ConfigError } from './errors';
import { formatTuple, numel, toFloat64, type Tensor } from './tensor';

/** How one axis of the broadcast result comes about. */
export type AxisVerdict = 'equal' | 'stretched' | 'mismatch';

/** One axis of the result, with every operand's size on it lined up from the trailing axis. */
export interface BroadcastAxis {
  /** Result size on this axis (for a mismatch: the size the first operands agreed on). */
  size: number;
  /** Each operand's size here; `null` where the operand has no such axis (an implicit 1). */
  sizes: (number | null)[];
  /** equal: no operand is stretched; stretched: some operand of size 1 (or missing) is repeated. */
  verdict: AxisVerdict;
}

/** The first conflict as NumPy reports it: the operand that set the size and the one that clashed. */
export interface BroadcastConflict {
  /** Axis index counted from the left of the result. */
  axis: number;
  /** The operand whose size the result had taken. */
  first: number;
  /** The operand whose size disagrees. */
  second: number;
}

/** Everything the broadcasting lab shows about a list of shapes. */
export interface BroadcastAnalysis {
  /** Result shape, or null when the shapes do not broadcast. */
  shape: number[] | null;
  axes: BroadcastAxis[];
  /** NumPy's first conflict (iterating axes left to right, operands in order), if any. */
  conflict: BroadcastConflict | null;
}

function checkShape(shape: readonly number[], index: number): void {
  shape.forEach((size) => {
    if (!Number.isInteger(size)) {
      throw new ConfigError('shape-integer', `shape ${index} has a non-integer size ${size}`);
    }
    if (size < 0) {
      throw new ConfigError(
        'shape-negative',
        `negative dimensions are not allowed: shape ${index} is ${formatTuple(shape)}`,
      );
    }
  });
}

/**
 * Lines shapes up from the trailing axis and applies NumPy's rule (which PyTorch follows): on
 * each axis the sizes must be equal or 1, and the result takes the non-1 size (which may be 0).
 * The conflict reported is NumPy's: axes scanned from the left of the result, operands in order;
 * it names the operand that set the axis size and the first one that disagrees.
 *
 * @example analyzeBroadcast([[2, 1], [1, 3], [4, 1, 1]]).shape // [4, 2, 3]
 */
export function analyzeBroadcast(shapes: readonly (readonly number[])[]): BroadcastAnalysis {
  shapes.forEach(checkShape);
  const rank = Math.max(0, ...shapes.map((shape) => shape.length));
  const axes: BroadcastAxis[] = [];
  let conflict: BroadcastConflict | null = null;
  for (let axis = 0; axis < rank; axis++) {
    const sizes = shapes.map((shape) => {
      const k = axis + shape.length - rank;
      return k >= 0 ? shape[k] : null;
    });
    let size = 1;
    let source = -1;
    let clash = false;
    sizes.forEach((s, operand) => {
      if (s === null || s === 1 || clash) return;
      if (size === 1) {
        size = s;
        source = operand;
      } else if (size !== s) {
        clash = true;
        conflict ??= { axis, first: source, second: operand };
      }
    });
    // A missing axis is an implicit 1: it is repeated only when the result is not 1 there.
    const stretched = sizes.some((s) => (s ?? 1) !== size);
    axes.push({ size, sizes, verdict: clash ? 'mismatch' : stretched ? 'stretched' : 'equal' });
  }
  return { shape: conflict ? null : axes.map((a) => a.size), axes, conflict };
}

/**
 * NumPy's `np.broadcast_shapes` error text, naming the first conflicting pair:
 * "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0
 * with shape (3, 4) and arg 1 with shape (5,)." (two spaces after the first period).
 *
 * @param conflict the pair {@link analyzeBroadcast} reports
 * @example numpyBroadcastShapesMessage([[3, 4], [5]], { axis: 1, first: 0, second: 1 }) // '… Mismatch is between arg 0 with shape (3, 4) and arg 1 with shape (5,).'
 */
export function numpyBroadcastShapesMessage(
  shapes: readonly (readonly number[])[],
  conflict: BroadcastConflict,
): string {
  return `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${conflict.first} with shape ${formatTuple(shapes[conflict.first])} and arg ${conflict.second} with shape ${formatTuple(shapes[conflict.second])}.`;
}

/**
 * NumPy's ufunc error text, listing every operand without spaces and ending with a space:
 * "operands could not be broadcast together with shapes (3,4) (5,) ".
 *
 * @example numpyUfuncMessage([[3, 4], [5]]) // 'operands could not be broadcast together with shapes (3,4) (5,) '
 */
export function numpyUfuncMessage(shapes: readonly (readonly number[])[]): string {
  const compact = shapes.map((shape) => formatTuple(shape).replace(/ /g, ''));
  return `operands could not be broadcast together with shapes ${compact.join(' ')} `;
}

/** PyTorch's `infer_size`: right-aligned, the first mismatch from the right raises. */
function torchInferSize(a: readonly number[], b: readonly number[]): number[] | string {
  const rank = Math.max(a.length, b.length);
  const out = new Array<number>(rank);
  for (let i = rank - 1; i >= 0; i--) {
    const offset = rank - 1 - i;
    const sa = a.length - 1 - offset >= 0 ? a[a.length - 1 - offset] : 1;
    const sb = b.length - 1 - offset >= 0 ? b[b.length - 1 - offset] : 1;
    if (sa !== sb && sa !== 1 && sb !== 1) {
      return `The size of tensor a (${sa}) must match the size of tensor b (${sb}) at non-singleton dimension ${i}`;
    }
    out[i] = sa === 1 ? sb : sa;
  }
  return out;
}

/**
 * PyTorch's error for an elementwise op on these shapes (`a + b`, `torch.where`,
 * `broadcast_tensors`): shapes are folded left to right with `infer_size`, so with three
 * operands "tensor a" is the shape broadcast so far. Null when they broadcast.
 *
 * @example torchBroadcastMessage([[3, 4], [5]]) // 'The size of tensor a (4) must match the size of tensor b (5) at non-singleton dimension 1'
 */
export function torchBroadcastMessage(shapes: readonly (readonly number[])[]): string | null {
  let acc: readonly number[] = shapes[0] ?? [];
  for (const shape of shapes.slice(1)) {
    const next = torchInferSize(acc, shape);
    if (typeof next === 'string') return next;
    acc = next;
  }
  return null;
}

/**
 * The broadcast shape of any number of shapes, NumPy's `np.broadcast_shapes` (PyTorch's
 * `torch.broadcast_shapes` agrees on every result).
 *
 * @throws {ConfigError} with NumPy's message when two sizes on an axis differ and neither is 1
 * @example broadcastShapes([6, 7], [5, 6, 1], [7], [5, 1, 7]) // [5, 6, 7]
 */
export function broadcastShapes(...shapes: number[][]): number[] {
  const analysis = analyzeBroadcast(shapes);
  if (analysis.conflict) {
    throw new ConfigError(
      'broadcast-mismatch',
      numpyBroadcastShapesMessage(shapes, analysis.conflict),
      analysis.conflict.axis,
    );
  }
  return analysis.shape ?? [];
}

/**
 * Flat index into an operand of the element that feeds result element `resultIndex`:
 * axes the operand lacks or has as size 1 are read at 0 (stride 0, no copy).
 *
 * @param resultIndex flat row-major index into the broadcast result
 * @param resultShape the broadcast shape
 * @param operandShape the operand's own shape (rank at most the result's)
 * @example sourceIndex(4, [2, 3], [3]) // 1: result (1, 1) reads operand element 1
 */
export function sourceIndex(
  resultIndex: number,
  resultShape: readonly number[],
  operandShape: readonly number[],
): number {
  const lead = resultShape.length - operandShape.length;
  let rest = resultIndex;
  let index = 0;
  let step = 1;
  for (let axis = resultShape.length - 1; axis >= lead; axis--) {
    const coord = rest % resultShape[axis];
    rest = Math.floor(rest / resultShape[axis]);
    const size = operandShape[axis - lead];
    if (size !== 1) index += coord * step;
    step *= size;
  }
  return index;
}

/**
 * NumPy's error for a left-to-right chain of binary operations (`a + b + c`): Python evaluates
 * `(a + b) + c`, so the message names the shape broadcast so far and the operand that clashes,
 * two shapes only. With two operands it is the plain ufunc text. Null when every step broadcasts.
 *
 * @example numpyChainMessage([[3, 1], [1, 4], [5]]) // 'operands could not be broadcast together with shapes (3,4) (5,) '
 */
export function numpyChainMessage(shapes: readonly (readonly number[])[]): string | null {
  let acc: readonly number[] = shapes[0] ?? [];
  for (const shape of shapes.slice(1)) {
    const step = analyzeBroadcast([acc, shape]);
    if (!step.shape) return numpyUfuncMessage([acc, shape]);
    acc = step.shape;
  }
  return null;
}

/**
 * Applies `fn` to the elements that meet at each position after broadcasting every operand
 * (NumPy / PyTorch semantics, any number of operands): result element `i` reads element
 * `sourceIndex(i, shape, operand.shape)` of each operand.
 *
 * @param operands tensors to broadcast together (0-d operands have shape `[]` and one value)
 * @param fn receives one value per operand, in operand order
 * @throws {ConfigError} with NumPy's multi-operand ufunc text, listing every shape
 * @example broadcastMap([{ shape: [2, 1], data: [1, 2] }, { shape: [3], data: [10, 20, 30] }, { shape: [], data: [100] }], (v) => v[0] + v[1] + v[2])
 * // { shape: [2, 3], data: [111, 121, 131, 112, 122, 132] }
 */
export function broadcastMap(
  operands: readonly Tensor[],
  fn: (values: readonly number[]) => number,
): Tensor {
  const shapes = operands.map((t) => t.shape);
  const analysis = analyzeBroadcast(shapes);
  if (!analysis.shape) {
    throw new ConfigError('broadcast-mismatch', numpyUfuncMessage(shapes), analysis.conflict?.axis);
  }
  const shape = analysis.shape;
  const data = operands.map((t) => toFloat64(t.data));
  const out = new Float64Array(numel(shape));
  const values = new Array<number>(operands.length);
  for (let i = 0; i < out.length; i++) {
    for (let k = 0; k < operands.length; k++) {
      values[k] = data[k][sourceIndex(i, shape, shapes[k])];
    }
    out[i] = fn(values);
  }
  return { shape, data: out };
}

/**
 * Applies `fn` elementwise after broadcasting `a` and `b` (NumPy / PyTorch semantics).
 *
 * @throws {ConfigError} with NumPy's ufunc message: "operands could not be broadcast together
 *   with shapes (3,4) (5,) "
 * @example broadcastBinary({ shape: [2, 1], data: [1, 2] }, { shape: [3], data: [10, 20, 30] }, (x, y) => x + y)
 * // { shape: [2, 3], data: [11, 21, 31, 12, 22, 32] }
 */
export function broadcastBinary(
  a: Tensor,
  b: Tensor,
  fn: (x: number, y: number) => number,
): Tensor {
  return broadcastMap([a, b], (values) => fn(values[0], values[1]));
}

/**
 * Strides of a contiguous PyTorch tensor of `shape`: each axis steps over the later axes, a size
 * 0 counted as 1 (`torch.zeros(1, 0, 1, 3).stride()` is `(3, 3, 3, 1)`, not `(0, 0, 3, 1)`).
 *
 * @example torchContiguousStrides([1, 0, 1, 3]) // [3, 3, 3, 1]
 */
export function torchContiguousStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let step = 1;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    strides[axis] = step;
    step *= Math.max(shape[axis], 1);
  }
  return strides;
}

/**
 * Strides, in elements, of `t.expand(*target)` for a contiguous tensor of `shape` (PyTorch 1.13's
 * `inferExpandGeometry`): a stretched axis gets stride 0 (every index reads the same element, no
 * memory is used); a new leading axis of size 1 takes the next axis's size times its stride; the
 * kept axes keep {@link torchContiguousStrides}. A 0-d tensor expands with stride 0 everywhere.
 *
 * @example expandStrides([4, 1, 3], [4, 2, 3]) // [3, 0, 1]
 * @example expandStrides([1, 0, 1, 3], [1, 1, 0, 1, 3]) // [3, 3, 3, 3, 1]
 */
export function expandStrides(shape: readonly number[], target: readonly number[]): number[] {
  const own = torchContiguousStrides(shape);
  const out = new Array<number>(target.length);
  for (let i = target.length - 1; i >= 0; i--) {
    const dim = i - (target.length - shape.length);
    const size = dim >= 0 ? shape[dim] : 1;
    const stride = dim >= 0 ? own[dim] : i + 1 < target.length ? target[i + 1] * out[i + 1] : 0;
    out[i] = size !== target[i] ? 0 : stride;
  }
  return out;
}
