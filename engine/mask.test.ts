import { describe, expect, it } from 'vitest';
import {
  analyzeMask,
  argwhere,
  maskOutputs,
  maskSelect,
  nonzeroTuple,
  type MaskMatrix,
} from './mask';

// Texts from docs/semantics.md §5.5 (NumPy 2.4 / torch 1.13, as run).
const NUMPY_AMBIGUOUS =
  'The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()';
const TORCH_AMBIGUOUS = 'Boolean value of Tensor with more than one value is ambiguous';
const NUMPY_BITWISE_FLOAT =
  "ufunc 'bitwise_and' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''";
const TORCH_BITWISE_FLOAT = '"bitwise_and_cpu" not implemented for \'Float\'';

const floats: MaskMatrix = { shape: [2, 3], data: [0.5, -1, 2, 0.2, 1, 0], dtype: 'float' };
const ints: MaskMatrix = { shape: [2, 3], data: [0, 1, 0, 2, 0, 3], dtype: 'int' };

describe('analyzeMask', () => {
  it('(a > 0) & (a < 1) selects the values strictly between 0 and 1', () => {
    const result = analyzeMask('(a > 0) & (a < 1)', floats);
    expect(result.problem).toBeNull();
    expect(result.mask?.data).toEqual([1, 0, 0, 1, 0, 0]);
  });

  it.each([
    ['(a > 0) and (a < 1)', 'logical'],
    ['(a > 0) or (a < 1)', 'logical'],
    ['not (a > 0)', 'logical'],
    ['0 < a < 1', 'chained'],
  ])('%s raises the ambiguous-truth errors (%s)', (text, problem) => {
    const result = analyzeMask(text, floats);
    expect(result.problem).toBe(problem);
    expect(result.numpy).toEqual({
      ok: false,
      error: { type: 'ValueError', message: NUMPY_AMBIGUOUS, cause: 'truth' },
    });
    expect(result.torch).toEqual({
      ok: false,
      error: { type: 'RuntimeError', message: TORCH_AMBIGUOUS, cause: 'truth' },
    });
    expect(result.mask).toBeNull();
  });

  it('unbracketed a > 0 & a < 1 on floats fails in the bitwise AND', () => {
    const result = analyzeMask('a > 0 & a < 1', floats);
    expect(result.problem).toBe('unbracketed');
    expect(result.parsedAs).toBe('a > (0 & a) < 1');
    expect(result.suggestion).toBe('(a > 0) & (a < 1)');
    expect(result.numpy).toMatchObject({
      error: { type: 'TypeError', message: NUMPY_BITWISE_FLOAT },
    });
    expect(result.torch).toMatchObject({
      error: { type: 'RuntimeError', message: TORCH_BITWISE_FLOAT },
    });
  });

  it('unbracketed on integers gets past the AND and fails on the chain', () => {
    const result = analyzeMask('a > 0 & a < 1', ints);
    expect(result.problem).toBe('unbracketed');
    expect(result.numpy).toMatchObject({ error: { message: NUMPY_AMBIGUOUS } });
    expect(result.torch).toMatchObject({ error: { message: TORCH_AMBIGUOUS } });
  });

  it('a one-element matrix has a truth value, so `and` works there', () => {
    const one: MaskMatrix = { shape: [1, 1], data: [0.5], dtype: 'float' };
    const result = analyzeMask('(a > 0) and (a < 1)', one);
    expect(result.problem).toBeNull();
    expect(result.mask?.data).toEqual([1]);
  });

  it.each([
    ['b > 0', 'name', "name 'b' is not defined"],
    ['-(a > 0)', 'negate-bool', 'The numpy boolean negative, the `-` operator, is not supported'],
  ])('%s → %s', (text, problem, message) => {
    const result = analyzeMask(text, floats);
    expect(result.problem).toBe(problem);
    expect(result.numpy).toMatchObject({ ok: false });
    if (result.numpy && !result.numpy.ok) expect(result.numpy.error.message).toContain(message);
  });

  it.each(['a + 1 > 0 &', 'a & 1', '1 > 0'])('%j gives no mask', (text) => {
    const result = analyzeMask(text, ints);
    expect(result.mask).toBeNull();
    expect(result.problem).not.toBeNull();
  });

  it('~ inverts a bool mask; on ints it is bitwise NOT and gives no mask', () => {
    expect(analyzeMask('~(a > 0)', ints).mask?.data).toEqual([1, 0, 1, 0, 1, 0]);
    expect(analyzeMask('~a', ints).problem).toBe('not-a-mask');
  });
});

// docs/semantics.md §5.6: m = [[0,1,0],[2,0,3]]
describe('index layouts', () => {
  const m = { shape: [2, 3], data: [0, 1, 0, 1, 0, 1] };

  it('argwhere is (N, ndim), row-major', () => {
    expect(argwhere(m)).toEqual({ shape: [3, 2], data: [0, 1, 1, 0, 1, 2] });
  });

  it('nonzero is a tuple of ndim arrays', () => {
    expect(nonzeroTuple(m)).toEqual([
      [0, 1, 1],
      [1, 0, 2],
    ]);
  });

  it('a[mask] keeps row-major order', () => {
    expect(maskSelect([0, 1, 0, 2, 0, 3], m)).toEqual([1, 2, 3]);
  });

  it('prints each as the REPL does', () => {
    const out = maskOutputs(ints, m);
    expect(out.count).toBe(3);
    expect(out.indexed).toBe('array([1, 2, 3])');
    expect(out.argwhere).toBe('array([[0, 1],\n       [1, 0],\n       [1, 2]])');
    expect(out.nonzero).toBe('(array([0, 1, 1]), array([1, 0, 2]))');
    expect(out.torchNonzero).toBe('tensor([[0, 1],\n        [1, 0],\n        [1, 2]])');
    expect(out.torchNonzeroTuple).toBe('(tensor([0, 1, 1]), tensor([1, 0, 2]))');
  });

  it('an all-False mask prints empty arrays with their shapes and dtypes', () => {
    const out = maskOutputs(floats, { shape: [2, 3], data: [0, 0, 0, 0, 0, 0] });
    expect(out.indexed).toBe('array([], dtype=float64)');
    expect(out.argwhere).toBe('array([], shape=(0, 2), dtype=int64)');
    expect(out.nonzero).toBe('(array([], dtype=int64), array([], dtype=int64))');
    expect(out.torchNonzero).toBe('tensor([], size=(0, 2), dtype=torch.int64)');
    expect(out.torchNonzeroTuple).toBe(
      '(tensor([], dtype=torch.int64), tensor([], dtype=torch.int64))',
    );
  });
});
