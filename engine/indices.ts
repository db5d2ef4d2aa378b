/**
 * Index layouts of the True (non-zero) elements of an array, row-major: `np.argwhere` and
 * `torch.nonzero` give one row per element (N, ndim); `np.nonzero`, `np.where(cond)` and
 * `torch.nonzero(as_tuple=True)` give one index array per axis (docs/semantics.md §5.6).
 */
import { unflatIndex } from './tensor';

/** A mask or any array read as one: 0/1 (or any numbers, non-zero meaning True), row-major. */
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
