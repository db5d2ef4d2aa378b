/**
 * Broadcasting in the mask lab's sessions: operands (arrays and Python scalars) lined up to one
 * shape with NumPy's rule, or the library's own error when they do not broadcast.
 */
import { analyzeBroadcast, numpyUfuncMessage, torchBroadcastMessage } from './broadcast';
import { raise } from './conditionErrors';
import { castElem, scalarElem, type Dtype, type Elem, type Library, type PyValue } from './pyValue';

/** Broadcasts arrays and scalars to one shape; the library's error when they do not. */
export function broadcastOperands(operands: PyValue[], lib: Library): number[] {
  const shapes = operands.flatMap((v) => (v.kind === 'array' ? [v.shape] : []));
  const analysis = analyzeBroadcast(shapes);
  if (analysis.shape) return analysis.shape;
  return lib !== 'numpy'
    ? raise('RuntimeError', torchBroadcastMessage(shapes) ?? '', 'broadcast')
    : raise('ValueError', numpyUfuncMessage(shapes), 'broadcast');
}

/** Element `i` of an operand broadcast to `shape`, converted to `dtype`. */
export function reader(v: PyValue, shape: number[], dtype: Dtype): (i: number) => Elem {
  if (v.kind !== 'array') {
    const e = scalarElem(v, dtype);
    return () => e;
  }
  const data = v.data.map((e) => castElem(e, dtype));
  if (v.shape.length === shape.length && v.shape.every((s, k) => s === shape[k])) {
    return (i) => data[i];
  }
  const strides = shape.map((_, axis) => {
    const k = axis - (shape.length - v.shape.length);
    if (k < 0 || v.shape[k] === 1) return 0;
    return v.shape.slice(k + 1).reduce((p, s) => p * s, 1);
  });
  return (i) => {
    let rest = i;
    let index = 0;
    for (let axis = shape.length - 1; axis >= 0; axis--) {
      index += (rest % shape[axis]) * strides[axis];
      rest = Math.floor(rest / shape[axis]);
    }
    return data[index];
  };
}
