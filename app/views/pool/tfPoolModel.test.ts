import { describe, expect, it } from 'vitest';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { buildPoolModel } from './poolModel';

/** The model of a pool URL, as the page builds it. */
const model = (query: string) =>
  buildPoolModel(decode(`?view=pool&${query}`).params as ViewParams<'pool'>);

// TensorFlow's rule (docs/semantics.md §3.1), worked by hand: SAME gives ⌈i/s⌉ and pads
// P = max((⌈i/s⌉ − 1)s + k − i, 0), ⌊P/2⌋ before and the rest after; VALID pads nothing.

describe('buildPoolModel with TensorFlow’s rules (fw=tf)', () => {
  it('SAME, i 6, k 3, s 2: 3 × 3, zeros (0, 1) drawn after only', () => {
    const m = model('fw=tf&tfpad=same&i=6&k=3&s=2&mode=avg');
    expect(m.error).toBeNull();
    expect(m.output).toEqual([3, 3]);
    expect(m.axes.map((a) => [a.padBefore, a.padAfter])).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(m.padded).toEqual([7, 7]);
    // divisors: input cells only — 3 per axis, the last window 2 (one zero after)
    expect(Array.from(m.divisors!)).toEqual([9, 9, 6, 9, 9, 6, 6, 6, 4]);
    expect(m.geometry?.offset).toEqual([0, 0]);
    expect(m.tf?.port?.map((p) => [p.torchPadding, p.torchOutput])).toEqual([
      [1, 3],
      [1, 3],
    ]);
  });

  it('average values are window sums over input cells only', () => {
    const m = model('fw=tf&tfpad=same&i=5,4&k=2&s=2&mode=avg&seed=4');
    const x = m.values.input;
    expect(m.output).toEqual([3, 2]);
    // height 5: P = 1 → (0, 1); the last row of windows holds input row 4 only
    expect(m.values.output![4]).toBe((x[16] + x[17]) / 2);
    expect(m.values.output![0]).toBe((x[0] + x[1] + x[4] + x[5]) / 4);
  });

  it('the one-pixel difference: i 7, k 2, s 2 → TensorFlow 4, PyTorch’s padding=0 gives 3', () => {
    const m = model('fw=tf&tfpad=same&i=7&k=2&s=2');
    expect(m.output).toEqual([4, 4]);
    expect(m.tf?.port?.map((p) => p.torchOutput)).toEqual([3, 3]);
    expect(m.relationships?.[0].substituted).toContain('\\frac{7}{2}');
    expect(m.tf?.ceilPort).toBeNull();
    // with ceil=1, PyTorch's port with ceil_mode=True reaches 4 too; TensorFlow ignores ceil
    const ceil = model('fw=tf&tfpad=same&i=7&k=2&s=2&ceil=1');
    expect([ceil.output, ceil.tf?.ceilPort, ceil.tf?.ceil]).toEqual([[4, 4], [4, 4], true]);
    expect(ceil.droppedWindow).toEqual([null, null]);
  });

  it('VALID is Relationship 7 with the floor’s dropped cells, and no port panel', () => {
    const m = model('fw=tf&i=7&k=3&s=3');
    expect(m.tf?.padding).toBe('VALID');
    expect(m.output).toEqual([2, 2]);
    expect(m.dropped).toEqual([1, 1]);
    expect(m.tf?.port).toBeNull();
    expect(m.relationships?.map((r) => r.number)).toEqual([7, 7]);
  });

  it('ignores PyTorch’s padding and count_include_pad: cip=1 still divides by input cells', () => {
    const m = model('fw=tf&tfpad=same&i=5&k=3&s=2&p=1&mode=avg&cip=1');
    expect(m.countIncludePad).toBe(false);
    expect(Array.from(m.divisors!)).toEqual([4, 6, 4, 6, 9, 6, 4, 6, 4]);
  });

  it.each([
    ['fw=tf&d=2', /no dilation/, 'Dilation → 1 (Keras’ pooling has none)'],
    [
      'fw=tf&i=4,3&k=5',
      /pool_size 5 is larger than the input 4\u00a0×\u00a03/,
      'Pool size → 4 (height), 3 (width)',
    ],
  ])('%s is refused, with a fix', (query, message, fix) => {
    const m = model(query);
    expect(m.error).toMatch(message);
    expect([m.output, m.geometry, m.divisors]).toEqual([null, null, null]);
    expect(m.fixes[0].label).toBe(fix);
  });

  it('SAME never refuses a window larger than the input', () => {
    expect(model('fw=tf&tfpad=same&i=4&k=5&s=1').output).toEqual([4, 4]);
  });
});
