import { describe, expect, it } from 'vitest';
import {
  analyzeBroadcast,
  broadcastBinary,
  broadcastMap,
  numpyChainMessage,
  broadcastShapes,
  expandStrides,
  numpyUfuncMessage,
  sourceIndex,
  torchBroadcastMessage,
} from './broadcast';

// Shapes and texts from docs/semantics.md §5 (NumPy 1.24 / 2.4, torch 1.13, as run).
describe('broadcastShapes', () => {
  it.each([
    [
      [
        [2, 1],
        [1, 3],
        [4, 1, 1],
      ],
      [4, 2, 3],
    ],
    [
      [[6, 7], [5, 6, 1], [7], [5, 1, 7]],
      [5, 6, 7],
    ],
    [
      [
        [3, 1],
        [1, 0],
      ],
      [3, 0],
    ],
    [
      [[], [2, 3]],
      [2, 3],
    ],
    [[[]], []],
  ])('%j → %j', (shapes, expected) => {
    expect(broadcastShapes(...shapes)).toEqual(expected);
  });

  it.each([
    [[[3, 4], [5]], 'Mismatch is between arg 0 with shape (3, 4) and arg 1 with shape (5,).'],
    [
      [[3, 4], [1, 4], [5]],
      'Mismatch is between arg 0 with shape (3, 4) and arg 2 with shape (5,).',
    ],
    [
      [
        [1, 4],
        [3, 1],
        [2, 1, 5],
      ],
      'Mismatch is between arg 0 with shape (1, 4) and arg 2 with shape (2, 1, 5).',
    ],
  ])('%j raises NumPy’s text', (shapes, tail) => {
    expect(() => broadcastShapes(...shapes)).toThrow(
      `shape mismatch: objects cannot be broadcast to a single shape.  ${tail}`,
    );
  });

  it('refuses negative sizes as NumPy does', () => {
    expect(() => broadcastShapes([2, -1])).toThrow('negative dimensions are not allowed');
  });
});

describe('messages', () => {
  it('NumPy ufunc text: compact tuples, trailing space', () => {
    expect(numpyUfuncMessage([[3, 4], [5]])).toBe(
      'operands could not be broadcast together with shapes (3,4) (5,) ',
    );
    expect(numpyUfuncMessage([[3, 4], [5], []])).toBe(
      'operands could not be broadcast together with shapes (3,4) (5,) () ',
    );
  });

  it('PyTorch text counts the dimension from the left of the result', () => {
    expect(torchBroadcastMessage([[3, 4], [5]])).toBe(
      'The size of tensor a (4) must match the size of tensor b (5) at non-singleton dimension 1',
    );
    expect(
      torchBroadcastMessage([
        [2, 3, 4],
        [5, 1],
      ]),
    ).toBe(
      'The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1',
    );
    expect(
      torchBroadcastMessage([
        [2, 1],
        [1, 3],
      ]),
    ).toBeNull();
  });
});

describe('analyzeBroadcast', () => {
  it('lines shapes up from the right with implicit leading 1s', () => {
    const analysis = analyzeBroadcast([[3, 1], [4]]);
    expect(analysis.shape).toEqual([3, 4]);
    expect(analysis.axes.map((a) => a.sizes)).toEqual([
      [3, null],
      [1, 4],
    ]);
    expect(analysis.axes.map((a) => a.verdict)).toEqual(['stretched', 'stretched']);
  });

  it('an implicit leading 1 against a result size of 1 is not a stretch', () => {
    const analysis = analyzeBroadcast([[2, 1, 3], [3]]);
    expect(analysis.axes.map((a) => a.verdict)).toEqual(['stretched', 'equal', 'equal']);
  });

  it('marks the conflicting axis', () => {
    const analysis = analyzeBroadcast([
      [2, 3],
      [2, 4],
    ]);
    expect(analysis.shape).toBeNull();
    expect(analysis.axes.map((a) => a.verdict)).toEqual(['equal', 'mismatch']);
    expect(analysis.conflict).toEqual({ axis: 1, first: 0, second: 1 });
  });
});

describe('broadcastBinary', () => {
  it('repeats size-1 and missing axes (stride 0)', () => {
    const out = broadcastBinary(
      { shape: [2, 1], data: [1, 2] },
      { shape: [3], data: [10, 20, 30] },
      (x, y) => x + y,
    );
    expect(out.shape).toEqual([2, 3]);
    expect(Array.from(out.data)).toEqual([11, 21, 31, 12, 22, 32]);
  });

  it('throws the NumPy ufunc text', () => {
    expect(() =>
      broadcastBinary(
        { shape: [3, 4], data: new Array(12).fill(0) },
        { shape: [5], data: [1, 2, 3, 4, 5] },
        Math.max,
      ),
    ).toThrow('operands could not be broadcast together with shapes (3,4) (5,) ');
  });

  it('sourceIndex maps a result element to the operand element it reads', () => {
    // result (2, 3); operand (3,) reads column; operand (2, 1) reads row
    expect([0, 1, 2, 3, 4, 5].map((i) => sourceIndex(i, [2, 3], [3]))).toEqual([0, 1, 2, 0, 1, 2]);
    expect([0, 1, 2, 3, 4, 5].map((i) => sourceIndex(i, [2, 3], [2, 1]))).toEqual([
      0, 0, 0, 1, 1, 1,
    ]);
    expect(sourceIndex(4, [2, 3], [])).toBe(0);
  });
});

describe('broadcastMap', () => {
  it('broadcasts any number of operands, 0-d ones included', () => {
    const out = broadcastMap(
      [
        { shape: [2, 1], data: [1, 2] },
        { shape: [3], data: [10, 20, 30] },
        { shape: [], data: [100] },
      ],
      (v) => v[0] + v[1] + v[2],
    );
    expect(out.shape).toEqual([2, 3]);
    expect(Array.from(out.data)).toEqual([111, 121, 131, 112, 122, 132]);
  });

  it('lists every shape in NumPy’s multi-operand text', () => {
    expect(() =>
      broadcastMap(
        [
          { shape: [3, 4], data: new Array(12).fill(0) },
          { shape: [5], data: [1, 2, 3, 4, 5] },
          { shape: [], data: [0] },
        ],
        (v) => v[0],
      ),
    ).toThrow('operands could not be broadcast together with shapes (3,4) (5,) () ');
  });
});

describe('numpyChainMessage', () => {
  it.each([
    [[[3, 4], [5]], 'operands could not be broadcast together with shapes (3,4) (5,) '],
    // (3, 1) + (1, 4) is (3, 4); then (3, 4) + (5,) fails, naming the intermediate shape
    [[[3, 1], [1, 4], [5]], 'operands could not be broadcast together with shapes (3,4) (5,) '],
    [
      [
        [2, 1],
        [1, 3],
        [4, 1, 1],
      ],
      null,
    ],
  ])('%j', (shapes, expected) => {
    expect(numpyChainMessage(shapes)).toBe(expected);
  });
});

describe('expandStrides', () => {
  it.each([
    // contiguous (4, 1, 3) has strides (3, 3, 1); the stretched axis 1 reads with stride 0
    [
      [4, 1, 3],
      [4, 2, 3],
      [3, 0, 1],
    ],
    // a new leading axis is stride 0 when stretched
    [[3], [2, 3], [0, 1]],
    // a new leading axis of size 1 takes the next axis's extent
    [
      [2, 3],
      [1, 2, 3],
      [6, 3, 1],
    ],
    [[], [2, 2], [0, 0]],
    // torch 1.13, run: Tensor.expand(...).stride() with zero sizes and 0-d tensors
    [[], [1], [0]],
    [[], [1, 3], [0, 0]],
    [
      [1, 0, 1, 3],
      [1, 1, 0, 1, 3],
      [3, 3, 3, 3, 1],
    ],
    [[0], [5, 1, 0], [0, 0, 1]],
    [
      [0, 3],
      [5, 0, 3],
      [0, 3, 1],
    ],
    [
      [2, 0],
      [3, 2, 0],
      [0, 1, 1],
    ],
    [
      [0, 2],
      [1, 0, 2],
      [0, 2, 1],
    ],
    [[1], [0], [0]],
    [
      [0, 0],
      [0, 0],
      [1, 1],
    ],
  ])('%j expanded to %j', (shape, target, expected) => {
    expect(expandStrides(shape, target)).toEqual(expected);
  });
});
