/**
 * What the mask lab's sessions print for a value: NumPy's and PyTorch's `repr` of bool and
 * integer arrays and tuples of them (see arrayRepr), NumPy 2's scalars (`np.True_`), PyTorch's
 * 0-d tensors (`tensor(True)`), and Python's numbers. Float arrays are described, not printed.
 */
import { numpyRepr, torchRepr, type NumpyDtype, type TorchDtype } from './arrayRepr';
import { maskMsg, type Msg } from './message';
import { formatTuple } from './tensor';
import { isFloat, toNumber, type Library, type PyValue } from './pyValue';

/**
 * Python's `repr` of a float: the shortest digits that read back, `.0` on whole numbers, and an
 * exponent (two digits at least) below 1e-4 or from 1e16.
 *
 * @example pythonFloatRepr(2) // '2.0'
 * @example pythonFloatRepr(1e-7) // '1e-07'
 */
export function pythonFloatRepr(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e16)) {
    const [mantissa, exponent] = value.toExponential().split('e');
    const sign = exponent.startsWith('-') ? '-' : '+';
    return `${mantissa}e${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
  const text = String(value);
  return Number.isInteger(value) ? `${text}.0` : text;
}

/**
 * The REPL text of a value in a session, or null when the lab does not print it (float arrays,
 * modules, functions).
 *
 * @example reprValue({ kind: 'array', dtype: 'bool', shape: [], data: [1], scalar: true }, 'numpy') // 'np.True_'
 */
export function reprValue(value: PyValue, lib: Library): string | null {
  switch (value.kind) {
    case 'array': {
      if (isFloat(value.dtype)) return null;
      const data = value.data.map(toNumber);
      if (lib === 'numpy') {
        if (value.scalar) {
          if (value.dtype === 'bool') return data[0] ? 'np.True_' : 'np.False_';
          return `np.${value.dtype}(${data[0]})`;
        }
        if (value.dtype === 'uint8') return null;
        return numpyRepr({ shape: value.shape, data, dtype: value.dtype as NumpyDtype });
      }
      if (value.dtype === 'int8') return null;
      return torchRepr({ shape: value.shape, data, dtype: value.dtype as TorchDtype });
    }
    case 'tuple': {
      const items = value.items.map((item) => reprValue(item, lib));
      if (items.some((item) => item === null)) return null;
      return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
    }
    case 'bool':
      return value.value ? 'True' : 'False';
    case 'int':
      return String(value.value);
    case 'float':
      return pythonFloatRepr(value.value);
    case 'none':
      return 'None';
    default:
      return null;
  }
}

/**
 * A short description of a value's type, as a message of the mask catalogue: "float64 array of
 * shape (3, 4)", "torch.bool tensor of size (3, 4)", "tuple of 2 arrays", "Python bool".
 *
 * @example describeValue({ kind: 'array', dtype: 'float32', shape: [2, 2], data: [] }, 'torch') // { id: 'mask.value.tensor', values: { dtype: 'torch.float32', shape: '(2, 2)' } }
 */
export function describeValue(value: PyValue, lib: Library): Msg {
  const numpy = lib === 'numpy';
  switch (value.kind) {
    case 'array':
      if (numpy && value.scalar) return maskMsg('value.scalar', { dtype: value.dtype });
      return numpy
        ? maskMsg('value.array', { dtype: value.dtype, shape: formatTuple(value.shape) })
        : maskMsg('value.tensor', {
            dtype: `torch.${value.dtype}`,
            shape: formatTuple(value.shape),
          });
    case 'tuple':
      return maskMsg(numpy ? 'value.tupleArrays' : 'value.tupleTensors', {
        count: value.items.length,
      });
    case 'none':
      return maskMsg('value.none');
    case 'module':
      return maskMsg('value.module', { name: value.name });
    case 'function':
      return maskMsg('value.function', { name: value.name });
    default:
      return maskMsg('value.python', { kind: value.kind });
  }
}
