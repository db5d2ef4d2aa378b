/**
 * A dense tensor in row-major order, PyTorch's layout without the batch axis.
 * Results always carry a `Float64Array`; inputs may be any array-like of numbers.
 */
export interface Tensor {
  shape: number[];
  data: ArrayLike<number>;
}

/**
 * Number of elements of a shape: the product of its sizes (1 for a 0-d shape).
 *
 * @example numel([2, 3, 4]) // 24
 */
export function numel(shape: readonly number[]): number {
  let n = 1;
  for (const size of shape) n *= size;
  return n;
}

/**
 * Row-major strides of a shape, in elements.
 *
 * @example stridesOf([2, 3, 4]) // [12, 4, 1]
 */
export function stridesOf(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let step = 1;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    strides[axis] = step;
    step *= shape[axis];
  }
  return strides;
}

/**
 * Flat row-major index of a coordinate.
 *
 * @example flatIndex([1, 2], [3, 4]) // 6
 */
export function flatIndex(coord: readonly number[], shape: readonly number[]): number {
  let index = 0;
  for (let axis = 0; axis < shape.length; axis++) index = index * shape[axis] + coord[axis];
  return index;
}

/**
 * Coordinate of a flat row-major index.
 *
 * @example unflatIndex(6, [3, 4]) // [1, 2]
 */
export function unflatIndex(index: number, shape: readonly number[]): number[] {
  const coord = new Array<number>(shape.length);
  let rest = index;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    coord[axis] = rest % shape[axis];
    rest = Math.floor(rest / shape[axis]);
  }
  return coord;
}

/**
 * The data as a `Float64Array` (copied unless it already is one), so hot loops see one array kind.
 *
 * @example toFloat64([1, 2]) // Float64Array [1, 2]
 */
export function toFloat64(data: ArrayLike<number>): Float64Array {
  return data instanceof Float64Array ? data : Float64Array.from(data);
}

/**
 * Shape printed as a Python tuple, the way NumPy prints it in messages: `(3, 4)`, `(5,)`, `()`.
 *
 * @example formatTuple([5]) // '(5,)'
 */
export function formatTuple(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/**
 * Shape printed as PyTorch's size messages print it: `(3 x 4)`.
 *
 * @param separator between sizes
 * @example formatSizes([3, 4]) // '(3 x 4)'
 */
export function formatSizes(sizes: readonly number[], separator = ' x '): string {
  return `(${sizes.join(separator)})`;
}
