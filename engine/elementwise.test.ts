import { describe, expect, it } from 'vitest';
import {
  ELEMENTWISE_OPS,
  elementwise,
  elementwiseValue,
  expressionFor,
  type ElementwiseOpId,
} from './elementwise';

const col = { shape: [2, 1], data: [1, 4] };
const row = { shape: [3], data: [0, 4, 2] };

// Hand-worked: (2, 1) against (3,) gives (2, 3) pairs (1,0) (1,4) (1,2) / (4,0) (4,4) (4,2).
describe('elementwise', () => {
  it.each<[ElementwiseOpId, number[]]>([
    ['add', [1, 5, 3, 4, 8, 6]],
    ['sub', [1, -3, -1, 4, 0, 2]],
    ['mul', [0, 4, 2, 0, 16, 8]],
    ['div', [Infinity, 0.25, 0.5, Infinity, 1, 2]],
    ['max', [1, 4, 2, 4, 4, 4]],
    ['min', [0, 1, 1, 0, 4, 2]],
    ['gt', [1, 0, 0, 1, 0, 1]],
    ['lt', [0, 1, 1, 0, 0, 0]],
    ['ge', [1, 0, 0, 1, 1, 1]],
    ['le', [0, 1, 1, 0, 1, 0]],
    ['eq', [0, 0, 0, 0, 1, 0]],
    ['ne', [1, 1, 1, 1, 0, 1]],
  ])('%s', (id, expected) => {
    const out = elementwise([col, row], ELEMENTWISE_OPS[id]);
    expect(out.shape).toEqual([2, 3]);
    expect(Array.from(out.data)).toEqual(expected);
  });

  it('0 / 0 is nan, as IEEE division gives in both libraries', () => {
    const out = elementwise(
      [
        { shape: [], data: [0] },
        { shape: [1], data: [0] },
      ],
      ELEMENTWISE_OPS.div,
    );
    expect(out.shape).toEqual([1]);
    expect(Number.isNaN(out.data[0])).toBe(true);
  });

  it('folds three operands left to right', () => {
    // (1 - 0) - 10 = -9, (1 - 4) - 10 = -13, ...
    const out = elementwise([col, row, { shape: [], data: [10] }], ELEMENTWISE_OPS.sub);
    expect(Array.from(out.data)).toEqual([-9, -13, -11, -6, -10, -8]);
  });

  it('one element at a time: the same left-to-right fold', () => {
    expect(elementwiseValue(ELEMENTWISE_OPS.sub, [9, 2, 3])).toBe(4);
    // (1 == 2) == 0 is False == 0: True; folded from the right, 1 == (2 == 0) would be False
    expect(elementwiseValue(ELEMENTWISE_OPS.eq, [1, 2, 0])).toBe(1);
    expect(elementwiseValue(ELEMENTWISE_OPS.max, [7])).toBe(7);
  });

  it('comparison results are bool in both libraries; true division gives floats', () => {
    expect([ELEMENTWISE_OPS.gt.numpyDtype, ELEMENTWISE_OPS.gt.torchDtype]).toEqual([
      'bool',
      'torch.bool',
    ]);
    expect([ELEMENTWISE_OPS.div.numpyDtype, ELEMENTWISE_OPS.div.torchDtype]).toEqual([
      'float64',
      'torch.float32',
    ]);
  });
});

describe('expressionFor', () => {
  it.each<[ElementwiseOpId, string[], 'numpy' | 'torch', string]>([
    ['add', ['a', 'b', 'c'], 'numpy', 'a + b + c'],
    ['gt', ['a', 'b'], 'torch', 'a > b'],
    ['gt', ['a', 'b', 'c'], 'numpy', 'np.greater(np.greater(a, b), c)'],
    ['max', ['a', 'b', 'c'], 'torch', 'torch.maximum(torch.maximum(a, b), c)'],
    ['mul', ['a'], 'numpy', 'a'],
  ])('%s %j %s', (id, names, lib, expected) => {
    expect(expressionFor(ELEMENTWISE_OPS[id], names, lib)).toBe(expected);
  });
});
