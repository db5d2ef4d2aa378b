import { describe, expect, it } from 'vitest';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { buildBroadcastModel, formatValue, resultText } from './broadcastModel';

/** The model of a broadcast URL, as the page builds it. */
const model = (query: string) =>
  buildBroadcastModel(decode(`?view=broadcast&${query}`).params as ViewParams<'broadcast'>);

describe('buildBroadcastModel', () => {
  it.each([
    // [query, result shape, frame, what limits the picture, axes stretched (trailing first)]
    // (4,1,3) with (2,1): b lacks axis 0 (stretched to 4), a's 1 → 2, b's 1 → 3
    ['a=4,1,3&b=2,1', [4, 2, 3], [4, 2, 3], null, [2, 1, 0]],
    // nothing to stretch: equal shapes
    ['a=2,3&b=2,3', [2, 3], [2, 3], null, []],
    // 64 × 64 cells are too many to draw
    ['a=64,64&b=1', [64, 64], [64, 64], 'size', [1, 0]],
    // four axes are summarised, not drawn; axis 1 is 1 in a and missing in b, so a size 1
    // meets only an implicit 1 there and nothing is stretched
    ['a=2,1,4,3&b=1', [2, 1, 4, 3], [2, 1, 4, 3], 'rank', [3, 2, 0]],
  ])('%s → %j', (query, shape, frame, drawLimit, stretched) => {
    const m = model(query);
    expect(m.shape).toEqual(shape);
    expect(m.frame).toEqual(frame);
    expect(m.drawLimit).toBe(drawLimit);
    expect(m.stretchOrder).toEqual(stretched);
    expect([m.numpyError, m.torchError]).toEqual([null, null]);
  });

  it('each result element is the operation on the elements it broadcasts from', () => {
    // result[i, j, k] = a[i, 0, k] + b[j, 0]
    const m = model('a=4,1,3&b=2,1&op=add&seed=7');
    const [a, b] = m.operands.map((o) => o.values);
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 2; j++)
        for (let k = 0; k < 3; k++)
          expect(m.result![(i * 2 + j) * 3 + k]).toBe(a[i * 3 + k] + b[j]);
  });

  it('a mismatch has no result: NumPy’s and PyTorch’s texts, and the largest size per axis', () => {
    const m = model('a=3,4&b=5');
    expect([m.shape, m.result]).toEqual([null, null]);
    expect(m.numpyError).toBe('operands could not be broadcast together with shapes (3,4) (5,) ');
    expect(m.numpyShapesError).toBe(
      'shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (3, 4) and arg 1 with shape (5,).',
    );
    expect(m.torchError).toBe(
      'The size of tensor a (4) must match the size of tensor b (5) at non-singleton dimension 1',
    );
    expect(m.frame).toEqual([3, 5]);
    expect(resultText(m)).toBe(m.numpyError);
  });

  it('operands that are absent are left out; comparisons give 1 and 0', () => {
    const m = model('a=3&b=none&c=3&op=gt');
    expect(m.operands.map((o) => o.name)).toEqual(['a', 'c']);
    const [a, c] = m.operands.map((o) => o.values);
    expect(Array.from(m.result!)).toEqual([0, 1, 2].map((i) => (a[i] > c[i] ? 1 : 0)));
    expect(resultText(m)).toBe('(3,)');
  });
});

describe('formatValue', () => {
  it.each([
    [1, 'bool', 'T'],
    [0, 'bool', 'F'],
    [7, 'int', '7'],
    [2 / 3, 'float', '0.67'],
    [Number.NaN, 'float', 'nan'],
    [-Infinity, 'float', '-inf'],
  ] as const)('%d (%s) → %s', (value, kind, text) => {
    expect(formatValue(value, kind)).toBe(text);
  });
});
