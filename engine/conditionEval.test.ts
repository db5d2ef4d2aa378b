import { describe, expect, it } from 'vitest';
import { parseCondition } from './condition';
import { evaluateCondition } from './conditionEval';
import { analyzeMask, type MaskMatrix } from './mask';
import { reprValue } from './pyRepr';
import type { Library } from './pyValue';

// Every expected text below was printed by NumPy 1.24 / torch 1.13 for the same matrix (NumPy 2
// where noted), run for these tables; the PyTorch 1.1 texts are derived (uint8 comparisons).
const floats: MaskMatrix = { shape: [2, 2], data: [0.5, -1, 0.3, 2], dtype: 'float' };
const ints: MaskMatrix = { shape: [2, 2], data: [0, 1, 2, 3], dtype: 'int' };

/** What a session prints for the condition: the value's repr, or `Type: message`. */
function run(text: string, matrix: MaskMatrix, lib: Library): string | null {
  const parsed = parseCondition(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.message));
  const outcome = evaluateCondition(parsed.node, matrix, lib);
  return outcome.ok
    ? reprValue(outcome.value, lib)
    : `${outcome.error.type}: ${outcome.error.message}`;
}

describe('the lab prints what NumPy and PyTorch print (issue 11)', () => {
  it.each([
    // [condition, matrix, NumPy, PyTorch]
    [
      '~a',
      floats,
      "TypeError: ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
      'TypeError: ~ (operator.invert) is only implemented on integer and Boolean-type tensors',
    ],
    [
      '+(a > 0)',
      floats,
      // NumPy 2: no bool loop for positive (1.24 only warned)
      "UFuncTypeError: ufunc 'positive' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None",
      'RuntimeError: The `+` operator, on a bool tensor is not supported.',
    ],
    ['a == None', floats, 'array([[False, False],\n       [False, False]])', 'False'],
    ['a != None', floats, 'array([[ True,  True],\n       [ True,  True]])', 'True'],
    [
      'a > None',
      floats,
      "TypeError: '>' not supported between instances of 'float' and 'NoneType'",
      "TypeError: '>' not supported between instances of 'Tensor' and 'NoneType'",
    ],
    [
      'None > a',
      floats,
      "TypeError: '<' not supported between instances of 'float' and 'NoneType'",
      "TypeError: '>' not supported between instances of 'NoneType' and 'Tensor'",
    ],
    [
      '(a | 4294967296) > 4294967296',
      ints,
      'array([[False,  True],\n       [ True,  True]])',
      'tensor([[False,  True],\n        [ True,  True]])',
    ],
    // float64 against float32: 0.3 < 0.30000001 in NumPy, equal once both are float32
    [
      'a < 0.30000001',
      floats,
      'array([[False,  True],\n       [ True, False]])',
      'tensor([[False,  True],\n        [False, False]])',
    ],
    [
      'a % 2 == 0',
      ints,
      'array([[ True, False],\n       [ True, False]])',
      'tensor([[ True, False],\n        [ True, False]])',
    ],
    [
      'a * 2 > 1',
      floats,
      'array([[False, False],\n       [False,  True]])',
      'tensor([[False, False],\n        [False,  True]])',
    ],
    [
      'np.abs(a) > 1',
      floats,
      'array([[False, False],\n       [False,  True]])',
      'tensor([[False, False],\n        [False,  True]])',
    ],
    [
      'torch.abs(a) > 0.4',
      floats,
      'array([[ True,  True],\n       [False,  True]])',
      'tensor([[ True,  True],\n        [False,  True]])',
    ],
    [
      'np.isnan(a)',
      floats,
      'array([[False, False],\n       [False, False]])',
      'tensor([[False, False],\n        [False, False]])',
    ],
    [
      'np.logical_and(a > 0, a < 1)',
      floats,
      'array([[ True, False],\n       [ True, False]])',
      'tensor([[ True, False],\n        [ True, False]])',
    ],
    [
      'np.logical_and(a > 0, 1)',
      floats,
      'array([[ True, False],\n       [ True,  True]])',
      "TypeError: logical_and(): argument 'other' (position 2) must be Tensor, not int",
    ],
    [
      'np.logical_not(a)',
      floats,
      'array([[False, False],\n       [False, False]])',
      'tensor([[False, False],\n        [False, False]])',
    ],
    [
      '(a > 0) ^ (a < 1)',
      floats,
      'array([[False,  True],\n       [False,  True]])',
      'tensor([[False,  True],\n        [False,  True]])',
    ],
    [
      'a ^ 1',
      floats,
      "TypeError: ufunc 'bitwise_xor' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
      'RuntimeError: "bitwise_xor_cpu" not implemented for \'Float\'',
    ],
    // NumPy 2 prints its bool scalar as np.True_ (1.24: True)
    ['(a > 0).any()', floats, 'np.True_', 'tensor(True)'],
    ['(a > 0).all()', floats, 'np.False_', 'tensor(False)'],
    [
      'np.where(a > 0)',
      floats,
      '(array([0, 1, 1]), array([0, 0, 1]))',
      '(tensor([0, 1, 1]), tensor([0, 0, 1]))',
    ],
    [
      'np.argwhere(a > 0)',
      floats,
      'array([[0, 0],\n       [1, 0],\n       [1, 1]])',
      'tensor([[0, 0],\n        [1, 0],\n        [1, 1]])',
    ],
    // since PyTorch 1.2 (and in NumPy) bool + bool is a logical or: `== 2` finds nothing
    [
      '((a > 0) + (a < 1) == 2).nonzero()',
      floats,
      '(array([], dtype=int64), array([], dtype=int64))',
      'tensor([], size=(0, 2), dtype=torch.int64)',
    ],
    [
      '(a > 0) - (a < 1)',
      floats,
      'TypeError: numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.',
      'RuntimeError: Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.',
    ],
    [
      'a // 0 == 0',
      ints,
      'array([[ True,  True],\n       [ True,  True]])',
      'RuntimeError: ZeroDivisionError',
    ],
    [
      'abs(a > 0)',
      floats,
      'array([[ True, False],\n       [ True,  True]])',
      'RuntimeError: "abs_cpu" not implemented for \'Bool\'',
    ],
    [
      '(1).any()',
      floats,
      "AttributeError: 'int' object has no attribute 'any'",
      "AttributeError: 'int' object has no attribute 'any'",
    ],
    [
      '1 // 0',
      floats,
      'ZeroDivisionError: integer division or modulo by zero',
      'ZeroDivisionError: integer division or modulo by zero',
    ],
    [
      '1.5 & 2',
      floats,
      "TypeError: unsupported operand type(s) for &: 'float' and 'int'",
      "TypeError: unsupported operand type(s) for &: 'float' and 'int'",
    ],
  ])('%s', (text, matrix, numpy, torch) => {
    expect(run(text, matrix, 'numpy')).toBe(numpy);
    expect(run(text, matrix, 'torch')).toBe(torch);
  });

  it('PyTorch ≤ 1.1 counted the conditions with uint8 masks: the trap finds the cells there', () => {
    // 1.1 had uint8 comparisons: 1 + 1 == 2 holds where both conditions do
    expect(run('((a > 0) + (a < 1) == 2).nonzero()', floats, 'torch1.1')).toBe(
      'tensor([[0, 0],\n        [1, 0]])',
    );
    expect(run('a > 0', floats, 'torch1.1')).toBe(
      'tensor([[1, 0],\n        [1, 1]], dtype=torch.uint8)',
    );
    // ~ on a uint8 tensor was 1 − x
    expect(run('~(a > 0)', floats, 'torch1.1')).toBe(
      'tensor([[0, 1],\n        [0, 0]], dtype=torch.uint8)',
    );
  });

  it('the trap is shown side by side for PyTorch ≤ 1.1 and ≥ 1.2', () => {
    const analysis = analyzeMask('((a > 0) + (a < 1) == 2).nonzero()', floats);
    expect(analysis.versions).toMatchObject({
      code: '((a > 0) + (a < 1) == 2).nonzero()',
      old: { repr: 'tensor([[0, 0],\n        [1, 0]])' },
      current: { repr: 'tensor([], size=(0, 2), dtype=torch.int64)' },
    });
    // NumPy's .nonzero() is a tuple, PyTorch's the (N, ndim) rows: both notes are given
    expect(analysis.results?.kind).toBe('tuple');
    expect(analysis.results?.notes).toHaveLength(2);
    expect(analysis.results?.numpy.repr).toBe('(array([], dtype=int64), array([], dtype=int64))');
    // a plain comparison selects the same cells in both versions: no side-by-side
    expect(analyzeMask('(a > 0) & (a < 1)', floats).versions).toBeNull();
  });

  it.each([
    ['not a', 'a == 0'],
    ['1 and a', '(1 != 0) & (a != 0)'],
  ])('the rewrite of %s is itself a mask: %s', (text, suggestion) => {
    const analysis = analyzeMask(text, floats);
    expect(analysis.suggestion).toBe(suggestion);
    const check = analyzeMask(suggestion, floats);
    expect(check.problem).toBeNull();
    expect(check.mask).not.toBeNull();
  });

  it('the circulating workaround written with t gets t read as a', () => {
    const analysis = analyzeMask('((t > 0) + (t < 1) == 2).nonzero()', floats);
    expect(analysis.problem).toBe('name');
    expect(analysis.suggestion).toBe('((a > 0) + (a < 1) == 2).nonzero()');
  });

  it('a rewrite that would not be a mask is not offered', () => {
    // `~a` fails on floats in both libraries, so `not ~a` has no mask to suggest
    expect(analyzeMask('not ~a', floats).suggestion).toBeNull();
  });

  it('float64 and float32 masks that differ are both shown, with PyTorch’s for its session', () => {
    const analysis = analyzeMask('a < 0.30000001', floats);
    expect(analysis.mask?.data).toEqual([0, 1, 1, 0]);
    expect(analysis.torchMask?.data).toEqual([0, 1, 0, 0]);
    expect(analysis.problem).toBeNull();
    expect(analysis.results?.notes).toEqual([{ id: 'mask.result.dtypes' }]);
  });

  it('np. and torch. name the session’s own library, and each session is spelled its way', () => {
    const analysis = analyzeMask('np.where(a > 0)', floats);
    expect(analysis.results?.numpy.code).toBe('np.where(a > 0)');
    expect(analysis.results?.torch.code).toBe('torch.where(a > 0)');
  });

  it('functions the lab does not evaluate are said to be the lab’s limit, not an error', () => {
    const analysis = analyzeMask('np.sum(a) > 1', floats);
    expect(analysis.problem).toBe('unsupported');
    expect(analysis.numpy).toMatchObject({ ok: false, error: { type: 'Lab' } });
    expect(analysis.explanation).toEqual({
      id: 'mask.explain.here',
      values: {
        explain: { id: 'mask.explain.unsupported' },
        detail: { id: 'mask.lab.function', values: { name: 'np.sum' } },
      },
    });
  });
});
