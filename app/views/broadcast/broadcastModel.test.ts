import { describe, expect, it } from 'vitest';
import { seededIntegers } from '../../../engine';
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
    // 64 × 64 is drawn summarised
    ['a=64,64&b=1', [64, 64], [64, 64], null, [1, 0]],
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
    // result[i, j, k] = a[i, 0, k] + b[j, 0]; operand slot n of seed 7 is stream 7 · 4 + n
    const m = model('a=4,1,3&b=2,1&op=add&seed=7');
    const a = seededIntegers(28, 12, 0, 9);
    const b = seededIntegers(29, 2, 0, 9);
    expect(Array.from({ length: 12 }, (_, k) => m.operands[0].valueAt(k))).toEqual(Array.from(a));
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 2; j++)
        for (let k = 0; k < 3; k++)
          expect(m.resultAt!((i * 2 + j) * 3 + k)).toBe(a[i * 3 + k] + b[j]);
  });

  it('shapes of billions of elements: the verdict at once, values only where asked', () => {
    // issue 18: 64⁶ elements used to be allocated (and thrown as an invalid typed array length)
    const m = model('a=64,64,64,1,1,1&b=64,64,64&op=sub&seed=3');
    expect(m.shape).toEqual([64, 64, 64, 64, 64, 64]);
    expect(m.operands.map((o) => o.count)).toEqual([64 ** 3, 64 ** 3]);
    expect(m.drawLimit).toBe('rank');
    // the last element reads a's last (index 64³ − 1) and b's last: compare with the streams
    const a = seededIntegers(12, 64 ** 3, 0, 9);
    const b = seededIntegers(13, 64 ** 3, 0, 9);
    expect(m.resultAt!(64 ** 6 - 1)).toBe(a[64 ** 3 - 1] - b[64 ** 3 - 1]);
    // result[1, 0, 0, 0, 0, 2] reads a[1, 0, 0, 0, 0, 0] (index 4096) and b[0, 0, 2]
    expect(m.resultAt!(64 ** 5 + 2)).toBe(a[4096] - b[2]);
  });

  it('a large frame of three axes is drawn summarised', () => {
    const m = model('a=64,64,3&b=3');
    expect(m.display?.map((axis) => axis.length)).toEqual([5, 7, 3]);
  });

  it('a mismatch has no result: NumPy’s and PyTorch’s texts, and the largest size per axis', () => {
    const m = model('a=3,4&b=5');
    expect([m.shape, m.resultAt]).toEqual([null, null]);
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
    const [a, c] = [seededIntegers(4, 3, 0, 9), seededIntegers(6, 3, 0, 9)];
    expect([0, 1, 2].map(m.resultAt!)).toEqual([0, 1, 2].map((i) => (a[i] > c[i] ? 1 : 0)));
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
