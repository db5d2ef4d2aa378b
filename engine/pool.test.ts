import { describe, expect, it } from 'vitest';
import { pool } from './pool';

const row = (values: number[]) => ({ shape: [1, values.length], data: values });

// Hand-worked examples from docs/semantics.md (§2.6, run on PyTorch 1.13).
describe('avg pool divisors', () => {
  it.each([
    [[1, 2, 3, 4, 5], { kernel: [3], stride: [2], padding: [1] }, true, [1, 3, 3]],
    [[1, 2, 3, 4, 5], { kernel: [3], stride: [2], padding: [1] }, false, [1.5, 3, 4.5]],
    [
      [1, 2, 3, 4, 5, 6],
      { kernel: [3], stride: [2], padding: [1], ceilMode: true },
      true,
      [1, 3, 5, 3],
    ],
    [
      [1, 2, 3, 4, 5, 6],
      { kernel: [3], stride: [2], padding: [1], ceilMode: true },
      false,
      [1.5, 3, 5, 6],
    ],
    [[1, 2, 3, 4], { kernel: [3], stride: [2], padding: [0], ceilMode: true }, true, [2, 3.5]],
    [[1, 2, 3, 4], { kernel: [3], stride: [2], padding: [0], ceilMode: true }, false, [2, 3.5]],
  ])('%j %j count_include_pad=%s → %j', (values, spec, countIncludePad, expected) => {
    expect(Array.from(pool(row(values), { mode: 'avg', countIncludePad, ...spec }).data)).toEqual(
      expected,
    );
  });

  it('divisor_override divides every window sum', () => {
    expect(
      Array.from(pool(row([1, 2, 3, 4]), { mode: 'avg', kernel: [2], divisorOverride: 10 }).data),
    ).toEqual([0.3, 0.7]);
  });
});

describe('max pool', () => {
  it('pads with −∞: a padded position never wins', () => {
    expect(
      Array.from(
        pool(row([-5, -6, -7]), { mode: 'max', kernel: [2], stride: [2], padding: [1] }).data,
      ),
    ).toEqual([-5, -6]);
  });

  it('dilation spreads the window (k = 2, d = 2 takes x[j], x[j+2])', () => {
    expect(
      Array.from(
        pool(row([1, 9, 2, 8, 3]), { mode: 'max', kernel: [2], stride: [1], dilation: [2] }).data,
      ),
    ).toEqual([2, 9, 3]);
  });

  it('works per channel in 2-D', () => {
    const out = pool(
      { shape: [2, 2, 2], data: [1, 2, 3, 4, 8, 7, 6, 5] },
      { mode: 'max', kernel: [2, 2] },
    );
    expect(out.shape).toEqual([2, 1, 1]);
    expect(Array.from(out.data)).toEqual([4, 8]);
  });
});
