import { describe, expect, it } from 'vitest';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { buildPoolModel } from './poolModel';

/** The model of a pool URL, as the page builds it. */
const model = (query: string) =>
  buildPoolModel(decode(`?view=pool&${query}`).params as ViewParams<'pool'>);

describe('buildPoolModel: what the figure draws', () => {
  it.each([
    // [query, output, padded (input, padding, and what ceil-mode windows reach past it),
    //  overhang, dropped window starts]
    // figure 1.6: 5 × 5, k 3, s 1 → 3 × 3, nothing past the input
    ['i=5&k=3&s=1&p=0', [3, 3], [5, 5], [0, 0], [null, null]],
    // i 5, k 2, s 2, p 1, ceil: windows at −1, 1, 3 are kept; the one at 5 is dropped and
    // would cover 5 (padding) and 6, one cell past: 5 + 1 + 1 + 1 = 8
    ['i=5&k=2&s=2&p=1&ceil=1', [3, 3], [8, 8], [1, 1], [5, 5]],
    // i 6, k 3, s 2, p 1, ceil: 4 windows, the last at 5 covers 5, 6 (padding), 7: 9 drawn
    ['i=6&k=3&s=2&p=1&ceil=1', [4, 4], [9, 9], [1, 1], [null, null]],
    // the same in floor mode: 3 windows, no overhang
    ['i=6&k=3&s=2&p=1', [3, 3], [8, 8], [0, 0], [null, null]],
  ])('%s → output %j, padded %j, overhang %j', (query, output, padded, overhang, dropped) => {
    const m = model(query);
    expect(m.error).toBeNull();
    expect(m.output).toEqual(output);
    expect(m.padded).toEqual(padded);
    expect(m.overhang).toEqual(overhang);
    expect(m.droppedWindow).toEqual(dropped);
    expect(m.relationships?.map((r) => r.number)).toEqual([7, 7]);
  });

  it('marks the cells the floor drops, in floor mode only', () => {
    // (7 − 3) mod 3 = 1 on the height; (5 − 3) mod 1 = 0 on the width
    expect(model('i=7,5&k=3&s=3,1&p=0').dropped).toEqual([1, 0]);
    expect(model('i=7,5&k=3&s=3,1&p=0&ceil=1').dropped).toEqual([0, 0]);
  });

  it.each([
    // i 5, k 3, s 2, p 1: windows start at −1, 1, 3. With count_include_pad each spans 3 cells
    // of input and padding; without it, 2, 3 and 2 input cells per axis.
    ['cip=1', [9, 9, 9, 9, 9, 9, 9, 9, 9]],
    ['cip=0', [4, 6, 4, 6, 9, 6, 4, 6, 4]],
  ])('average pooling divides each window by its divisor (%s)', (cip, divisors) => {
    const m = model(`i=5&k=3&s=2&p=1&mode=avg&${cip}`);
    expect(Array.from(m.divisors!)).toEqual(divisors);
    expect(m.padValue).toBe('0');
    expect(m.countIncludePad).toBe(cip === 'cip=1');
  });

  it('max pooling pads with −∞ and has no divisors; each output is its window’s maximum', () => {
    const m = model('i=4&k=2&s=2&p=0&seed=3');
    expect([m.padValue, m.divisors]).toEqual(['−∞', null]);
    const x = m.values.input;
    const max = (r: number, c: number) =>
      Math.max(x[r * 4 + c], x[r * 4 + c + 1], x[(r + 1) * 4 + c], x[(r + 1) * 4 + c + 1]);
    expect(Array.from(m.values.output!)).toEqual([max(0, 0), max(0, 2), max(2, 0), max(2, 2)]);
  });

  it.each([
    // [query, message, first fix] — PyTorch 1.13: p ≤ ⌊k/2⌋; AvgPool has no dilation
    [
      'i=5&k=3&p=2',
      /pad should be at most half of kernel size/,
      'Padding 2 → 1 (height), 2 → 1 (width)',
    ],
    [
      'i=9&k=3&d=2&mode=avg',
      /average pooling has no dilation/,
      'Dilation → 1 (average pooling has none)',
    ],
  ])('%s is refused, with fixes', (query, message, fix) => {
    const m = model(query);
    expect(m.error).toMatch(message);
    expect([m.output, m.geometry, m.divisors]).toEqual([null, null, null]);
    expect(m.fixes[0].label).toBe(fix);
  });
});
