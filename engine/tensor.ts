/**
 * A dense tensor in row-major order, PyTorch's layout without the batch axis.
 * Results always carry a `Float64Array`; inputs may be any array-like of numbers.
 */
export interface Tensor {
  shape: number[];
  data: ArrayLike<number>;
}

/** Number of elements of a shape: the product of its sizes (1 for a 0-d shape). */
export function numel(shape: readonly number[]): number {
  let n = 1;
  for (const size of shape) n *= size;
  return n;
}

/** Row-major strides of a shape, in elements. */
export function stridesOf(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let step = 1;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    strides[axis] = step;
    step *= shape[axis];
  }
  return strides;
}

/** Flat row-major index of a coordinate. */
export function flatIndex(coord: readonly number[], shape: readonly number[]): number {
  let index = 0;
  for (let axis = 0; axis < shape.length; axis++) index = index * shape[axis] + coord[axis];
  return index;
}

/** Coordinate of a flat row-major index. */
export function unflatIndex(index: number, shape: readonly number[]): number[] {
  const coord = new Array<number>(shape.length);
  let rest = index;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    coord[axis] = rest % shape[axis];
    rest = Math.floor(rest / shape[axis]);
  }
  return coord;
}

/** A fresh `Float64Array` copy of any array-like, so hot loops see one array kind. */
export function toFloat64(data: ArrayLike<number>): Float64Array {
  return data instanceof Float64Array ? data : Float64Array.from(data);
}

/** Shape printed as a Python tuple, the way NumPy prints it in messages: `(3, 4)`, `(5,)`, `()`. */
export function formatTuple(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/** Shape printed as PyTorch's size messages print it: `(3 x 4)`. */
export function formatSizes(sizes: readonly number[], separator = ' x '): string {
  return `(${sizes.join(separator)})`;
}
