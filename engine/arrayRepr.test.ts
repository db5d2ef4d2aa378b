import { describe, expect, it } from 'vitest';
import { numpyRepr, numpyTupleRepr, torchRepr } from './arrayRepr';

// Expected texts typed from NumPy 1.24+/2.x and torch 1.13 REPL conventions.
describe('numpyRepr', () => {
  it.each([
    [{ shape: [2], data: [0.5, 0.25], dtype: 'float64' as const }, 'array([0.5 , 0.25])'],
    [{ shape: [2], data: [1, 0.5], dtype: 'float64' as const }, 'array([1. , 0.5])'],
    [{ shape: [2], data: [-0.5, 0.2], dtype: 'float64' as const }, 'array([-0.5,  0.2])'],
    [{ shape: [2], data: [1, 2], dtype: 'float64' as const }, 'array([1., 2.])'],
    [{ shape: [3], data: [1, 10, -3], dtype: 'int64' as const }, 'array([ 1, 10, -3])'],
    [
      { shape: [2, 2], data: [1, 0, 1, 1], dtype: 'bool' as const },
      'array([[ True, False],\n       [ True,  True]])',
    ],
    // NumPy 1.24, run: repr(a == a) pads True even with no False beside it (issue 11)
    [{ shape: [2], data: [1, 1], dtype: 'bool' as const }, 'array([ True,  True])'],
    [
      { shape: [2, 2], data: [1, 1, 1, 1], dtype: 'bool' as const },
      'array([[ True,  True],\n       [ True,  True]])',
    ],
    [{ shape: [0], data: [], dtype: 'int64' as const }, 'array([], dtype=int64)'],
  ])('%j', (array, expected) => {
    expect(numpyRepr(array)).toBe(expected);
  });

  it('wraps a long 1-D array at 75 columns, continuing under the first element', () => {
    // 30 two-digit numbers: "array([" is 7 columns, each "10, " is 4; 16 fit before column 73
    const data = Array.from({ length: 30 }, (_, i) => 10 + i);
    const text = numpyRepr({ shape: [30], data, dtype: 'int64' });
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'array([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,',
    );
    expect(lines[1]).toBe('       27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39])');
    expect(lines.every((line) => line.length <= 75)).toBe(true);
  });

  it('a 1-tuple keeps its trailing comma', () => {
    expect(numpyTupleRepr([{ shape: [1], data: [0], dtype: 'int64' }])).toBe('(array([0]),)');
  });
});

describe('torchRepr', () => {
  it.each([
    [
      { shape: [2, 2], data: [1, 0, 0, 1], dtype: 'bool' as const },
      'tensor([[ True, False],\n        [False,  True]])',
    ],
    [
      { shape: [2, 2], data: [1, 0, 0, 1], dtype: 'uint8' as const },
      'tensor([[1, 0],\n        [0, 1]], dtype=torch.uint8)',
    ],
    [
      { shape: [3], data: [254, 255, 254], dtype: 'uint8' as const },
      'tensor([254, 255, 254], dtype=torch.uint8)',
    ],
    [{ shape: [0], data: [], dtype: 'int64' as const }, 'tensor([], dtype=torch.int64)'],
    // torch 1.13, run: an all-True tensor is not padded
    [
      { shape: [2, 2], data: [1, 1, 1, 1], dtype: 'bool' as const },
      'tensor([[True, True],\n        [True, True]])',
    ],
  ])('%j', (array, expected) => {
    expect(torchRepr(array)).toBe(expected);
  });

  it('wraps a long vector by whole elements per line', () => {
    // width 1 + ", " = 3 columns each; (80 − 7) / 3 → 24 per line
    const data = Array.from({ length: 30 }, (_, i) => i % 2);
    const lines = torchRepr({ shape: [30], data, dtype: 'int64' }).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`tensor([${'0, 1, '.repeat(12).slice(0, -1)}`);
    expect(lines[1]).toBe('        0, 1, 0, 1, 0, 1])');
  });
});
