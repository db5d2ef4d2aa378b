/**
 * Values of the mask lab's two Python sessions and the element arithmetic of their dtypes.
 * NumPy holds the matrix as float64 (int64 for whole numbers); PyTorch's `torch.tensor` of
 * Python floats is float32 (Math.fround), of ints int64. Integer dtypes hold `bigint` elements
 * (wrapped to their width, as C integers wrap), bool and float dtypes hold `number`s.
 */

export type Dtype = 'bool' | 'uint8' | 'int8' | 'int64' | 'float32' | 'float64';
export type Elem = number | bigint;

/** Which session computes: NumPy 2.x, PyTorch ≥ 1.2 (as 1.13), or PyTorch ≤ 1.1 (uint8 masks). */
export type Library = 'numpy' | 'torch' | 'torch1.1';

export interface ArrayValue {
  kind: 'array';
  dtype: Dtype;
  shape: number[];
  data: Elem[];
  /** NumPy only: a NumPy scalar such as `np.True_` (0-d, prints without `array(…)`). */
  scalar?: boolean;
  /** Coordinates from argwhere / nonzero, one row per element (N, ndim). */
  indices?: boolean;
}

export type PyValue =
  | ArrayValue
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'none' }
  | { kind: 'tuple'; items: PyValue[] }
  | { kind: 'module'; name: 'np' | 'torch' }
  | { kind: 'function'; name: string; self?: PyValue };

/** The category promotion climbs: bool < integer < floating point. */
export type Category = 0 | 1 | 2;

export const isInteger = (dtype: Dtype) =>
  dtype === 'uint8' || dtype === 'int8' || dtype === 'int64';
export const isFloat = (dtype: Dtype) => dtype === 'float32' || dtype === 'float64';
export const categoryOf = (dtype: Dtype): Category =>
  dtype === 'bool' ? 0 : isInteger(dtype) ? 1 : 2;

const BITS: Record<'uint8' | 'int8' | 'int64', [number, boolean]> = {
  uint8: [8, false],
  int8: [8, true],
  int64: [64, true],
};

/** An integer wrapped to the dtype's width, as C arithmetic wraps. */
export function wrapInt(value: bigint, dtype: Dtype): bigint {
  const [bits, signed] = BITS[dtype as keyof typeof BITS];
  return signed ? BigInt.asIntN(bits, value) : BigInt.asUintN(bits, value);
}

/** Rounds a double to the dtype's float width. */
export const roundFloat = (value: number, dtype: Dtype) =>
  dtype === 'float32' ? Math.fround(value) : value;

export const toNumber = (e: Elem): number => (typeof e === 'bigint' ? Number(e) : e);

/**
 * An element converted to a dtype, as a C cast does: to bool by ≠ 0, floats to integers by
 * truncation (wrapped), anything to a float by rounding.
 */
export function castElem(e: Elem, dtype: Dtype): Elem {
  if (dtype === 'bool') return toNumber(e) !== 0 ? 1 : 0;
  if (isFloat(dtype)) return roundFloat(toNumber(e), dtype);
  if (typeof e === 'bigint') return wrapInt(e, dtype);
  return wrapInt(BigInt(Math.trunc(Number.isFinite(e) ? e : 0)), dtype);
}

/** A Python scalar as an element of a dtype. */
export function scalarElem(value: PyValue, dtype: Dtype): Elem {
  switch (value.kind) {
    case 'int':
      return isFloat(dtype) ? roundFloat(Number(value.value), dtype) : castElem(value.value, dtype);
    case 'float':
      return castElem(value.value, dtype);
    case 'bool':
      return castElem(value.value ? 1 : 0, dtype);
    default:
      throw new Error(`not a scalar: ${value.kind}`);
  }
}

/** Elements as Python's `bool()` reads them: anything but 0 (NaN included) is true. */
export const truthy = (e: Elem) => toNumber(e) !== 0;

/** Python's type name of a scalar element of the dtype, as object comparisons report it. */
export const elementTypeName = (dtype: Dtype) =>
  dtype === 'bool' ? 'bool' : isInteger(dtype) ? 'int' : 'float';

/** floor division of doubles as C and Python compute it (npy_divmod, ATen div_floor). */
export function floorDivide(a: number, b: number, dtype: Dtype): number {
  const r = (v: number) => roundFloat(v, dtype);
  if (b === 0) return r(a / b);
  const mod = a % b;
  let div = r(r(a - mod) / b);
  if (mod !== 0 && b < 0 !== mod < 0) div = r(div - 1);
  if (div === 0) return a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  let floor = Math.floor(div);
  if (r(div - floor) > 0.5) floor = r(floor + 1);
  return floor;
}

/** Python's float modulo (sign of the divisor), as NumPy and PyTorch compute it. */
export function floatRemainder(a: number, b: number, dtype: Dtype): number {
  const mod = a % b;
  if (b === 0) return Number.NaN;
  if (mod !== 0 && b < 0 !== mod < 0) return roundFloat(mod + b, dtype);
  return mod === 0 ? (b < 0 ? -0 : 0) : mod;
}

/** Integer floor division and modulo (Python's signs); division by zero gives 0 (NumPy). */
export function intDivMod(a: bigint, b: bigint): [bigint, bigint] {
  if (b === 0n) return [0n, 0n];
  let q = a / b;
  let m = a % b;
  if (m !== 0n && m < 0n !== b < 0n) {
    q -= 1n;
    m += b;
  }
  return [q, m];
}
