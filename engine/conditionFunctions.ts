/**
 * The functions and methods the mask lab's conditions may call. `np.f` and `torch.f` are read
 * in each session as its own library's function (the NumPy session runs `np.abs`, the PyTorch
 * session `torch.abs`), so one text shows both libraries' answers, layouts and errors.
 */
import { kindMsg, notImplemented, raise, unsupported } from './conditionErrors';
import { argwhere, nonzeroTuple } from './indices';
import { maskMsg } from './message';
import { broadcastOperands, reader } from './pyBroadcast';
import {
  castElem,
  isFloat,
  isInteger,
  toNumber,
  truthy,
  wrapInt,
  type ArrayValue,
  type Dtype,
  type Library,
  type PyValue,
} from './pyValue';

/** Functions by name, with how many arguments the lab takes. */
const FUNCTIONS: Record<string, number> = {
  __abs__: 1,
  abs: 1,
  absolute: 1,
  isnan: 1,
  logical_and: 2,
  logical_or: 2,
  logical_xor: 2,
  logical_not: 1,
  where: 1,
  argwhere: 1,
  nonzero: 1,
  any: 1,
  all: 1,
};
const METHODS = ['any', 'all', 'nonzero'];
/** Functions that PyTorch 1.1 did not have, or whose 1.1 results this lab does not rebuild. */
const NOT_IN_TORCH_1_1 = [
  'logical_and',
  'logical_or',
  'logical_xor',
  'logical_not',
  'where',
  'argwhere',
];
const isTorch = (lib: Library) => lib !== 'numpy';
const maskDtype = (lib: Library): Dtype => (lib === 'torch1.1' ? 'uint8' : 'bool');

/** `np.f` / `torch.f` and `x.method`; names outside the lab's list are refused as the lab. */
export function lookupAttribute(object: PyValue, name: string): PyValue {
  if (object.kind === 'module') {
    if (name in FUNCTIONS && !name.startsWith('_')) return { kind: 'function', name };
    return unsupported(maskMsg('lab.function', { name: `${object.name}.${name}` }));
  }
  if (object.kind === 'array') {
    if (METHODS.includes(name)) return { kind: 'function', name, self: object };
    return unsupported(maskMsg('lab.method', { name: `.${name}` }));
  }
  if (
    (object.kind === 'int' || object.kind === 'float' || object.kind === 'bool') &&
    METHODS.includes(name)
  ) {
    return raise(
      'AttributeError',
      `'${object.kind}' object has no attribute '${name}'`,
      'attribute',
    );
  }
  return unsupported(maskMsg('lab.lookup', { name: `.${name}`, kind: kindMsg(object) }));
}

/** A NumPy function's argument as an array: Python scalars become NumPy scalars. */
function asNumpyArray(v: PyValue): ArrayValue {
  if (v.kind === 'array') return v;
  const dtype: Dtype = v.kind === 'float' ? 'float64' : v.kind === 'int' ? 'int64' : 'bool';
  const value =
    v.kind === 'int' ? v.value : v.kind === 'float' ? v.value : v.kind === 'bool' ? +v.value : 0;
  if (v.kind === 'none' || v.kind === 'tuple' || v.kind === 'module' || v.kind === 'function') {
    return unsupported(maskMsg('lab.argument', { kind: kindMsg(v) }));
  }
  return { kind: 'array', dtype, shape: [], data: [castElem(value, dtype)], scalar: true };
}

/** PyTorch's functions take tensors only: its TypeError names the argument and what it got. */
function asTensor(v: PyValue, fn: string, position: number, lib: Library): ArrayValue {
  if (v.kind === 'array') return v;
  const names: Record<string, string[]> = { where: ['condition'] };
  const argument = (names[fn] ?? ['input', 'other'])[position - 1];
  const got = v.kind === 'none' ? 'NoneType' : v.kind;
  if (lib === 'torch1.1') unsupported(maskMsg('lab.rebuildCall'));
  return raise(
    'TypeError',
    `${fn}(): argument '${argument}' (position ${position}) must be Tensor, not ${got}`,
    'argument',
  );
}

const indexArray = (data: number[]): ArrayValue => ({
  kind: 'array',
  dtype: 'int64',
  shape: [data.length],
  data: data.map((v) => BigInt(v)),
});

/** The array as 0/1 numbers (non-zero is True), for the index layouts. */
const asMask = (v: ArrayValue) => ({
  shape: v.shape,
  data: v.data.map((e) => (truthy(e) ? 1 : 0)),
});

function nonzeroResult(x: ArrayValue, layout: 'rows' | 'tuple', lib: Library): PyValue {
  if (layout === 'rows') {
    const rows = argwhere(asMask(x));
    const data = rows.data.map((v) => BigInt(v));
    return { kind: 'array', dtype: 'int64', shape: rows.shape, data, indices: true };
  }
  if (x.shape.length === 0) {
    if (!isTorch(lib)) {
      raise(
        'ValueError',
        'Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.',
        'argument',
      );
    }
    // torch.nonzero(as_tuple=True) and torch.where(cond) read a 0-d tensor as 1-D
    return { kind: 'tuple', items: [indexArray(truthy(x.data[0]) ? [0] : [])] };
  }
  return { kind: 'tuple', items: nonzeroTuple(asMask(x)).map((axis) => indexArray(axis)) };
}

function elementwise(
  x: ArrayValue,
  dtype: Dtype,
  fn: (e: number | bigint) => number | bigint,
  lib: Library,
): ArrayValue {
  const scalar = !isTorch(lib) && x.scalar === true;
  return {
    kind: 'array',
    dtype,
    shape: x.shape,
    data: x.data.map(fn),
    ...(scalar ? { scalar } : {}),
  };
}

function absolute(x: ArrayValue, lib: Library): ArrayValue {
  if (x.dtype === 'bool') {
    if (isTorch(lib)) notImplemented('abs', 'bool', 'bool-arithmetic');
    return x;
  }
  return elementwise(
    x,
    x.dtype,
    (e) =>
      isInteger(x.dtype)
        ? wrapInt((e as bigint) < 0n ? -(e as bigint) : (e as bigint), x.dtype)
        : Math.abs(e as number),
    lib,
  );
}

function logical(name: string, args: ArrayValue[], lib: Library): ArrayValue {
  const dtype = maskDtype(lib);
  if (name === 'logical_not') return elementwise(args[0], dtype, (e) => (truthy(e) ? 0 : 1), lib);
  const shape = broadcastOperands(args, lib);
  const size = shape.reduce((p, s) => p * s, 1);
  const read = (v: ArrayValue) => {
    const at = reader(v, shape, 'bool');
    return (i: number) => at(i) === 1;
  };
  const [p, q] = args.map(read);
  const op = {
    logical_and: (x: boolean, y: boolean) => x && y,
    logical_or: (x: boolean, y: boolean) => x || y,
    logical_xor: (x: boolean, y: boolean) => x !== y,
  }[name]!;
  const scalar = !isTorch(lib) && args.every((v) => v.scalar === true);
  return {
    kind: 'array',
    dtype,
    shape,
    data: Array.from({ length: size }, (_, i) => (op(p(i), q(i)) ? 1 : 0)),
    ...(scalar ? { scalar } : {}),
  };
}

/** Calls a function (or method) with evaluated arguments, as the session's library would. */
export function callFunction(fn: PyValue, args: PyValue[], lib: Library): PyValue {
  if (fn.kind !== 'function') {
    return raise(
      'TypeError',
      `'${fn.kind === 'array' ? (isTorch(lib) ? 'Tensor' : 'numpy.ndarray') : fn.kind}' object is not callable`,
      'python-type',
    );
  }
  const name = fn.name;
  if (fn.self) {
    if (args.length) unsupported(maskMsg('lab.noArguments', { name: `.${name}()` }));
    args = [fn.self];
  } else if (args.length !== FUNCTIONS[name]) {
    const count = FUNCTIONS[name];
    return unsupported(maskMsg(name === 'where' ? 'lab.arityWhere' : 'lab.arity', { name, count }));
  }
  if (lib === 'torch1.1' && NOT_IN_TORCH_1_1.includes(name)) {
    unsupported(maskMsg('lab.rebuild', { name }));
  }
  // Python's built-in abs() calls the object's own __abs__: the library's abs on arrays
  if (name === '__abs__')
    return args[0].kind === 'array' ? absolute(args[0], lib) : pythonAbs(args[0]);
  const arrays = args.map((v, k) =>
    isTorch(lib)
      ? asTensor(v, name === 'absolute' ? 'absolute' : name, k + 1, lib)
      : asNumpyArray(v),
  );
  const x = arrays[0];
  switch (name) {
    case 'abs':
    case 'absolute':
      return absolute(x, lib);
    case 'isnan':
      return elementwise(
        x,
        maskDtype(lib),
        (e) => (isFloat(x.dtype) && Number.isNaN(toNumber(e)) ? 1 : 0),
        lib,
      );
    case 'logical_and':
    case 'logical_or':
    case 'logical_xor':
    case 'logical_not':
      return logical(name, arrays, lib);
    case 'where':
      return nonzeroResult(x, 'tuple', lib);
    case 'argwhere':
      return nonzeroResult(x, 'rows', lib);
    case 'nonzero':
      return nonzeroResult(x, isTorch(lib) ? 'rows' : 'tuple', lib);
    default: {
      // any, all: a NumPy bool scalar, a 0-d PyTorch tensor (uint8 in 1.1)
      const values = x.data.map(truthy);
      const result = name === 'any' ? values.some(Boolean) : values.every(Boolean);
      const dtype = lib === 'torch1.1' && x.dtype === 'uint8' ? 'uint8' : 'bool';
      return {
        kind: 'array',
        dtype,
        shape: [],
        data: [castElem(result ? 1 : 0, dtype)],
        ...(isTorch(lib) ? {} : { scalar: true }),
      };
    }
  }
}

/** Python's abs() of a Python number. */
function pythonAbs(v: PyValue): PyValue {
  if (v.kind === 'int') return { kind: 'int', value: v.value < 0n ? -v.value : v.value };
  if (v.kind === 'bool') return { kind: 'int', value: BigInt(v.value) };
  if (v.kind === 'float') return { kind: 'float', value: Math.abs(v.value) };
  return raise(
    'TypeError',
    `bad operand type for abs(): '${v.kind === 'none' ? 'NoneType' : v.kind}'`,
    'python-type',
  );
}
