import { describe, expect, it } from 'vitest';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { buildConvModel } from './convModel';

/** The model of a conv URL, as the page builds it. */
const model = (query: string) =>
  buildConvModel(decode(`?view=conv&${query}`).params as ViewParams<'conv'>);

describe('buildConvModel: what the figure draws', () => {
  it.each([
    // [query, output, padded = i + p₁ + p₂, dropped = (padded − k̂) mod s, relationships]
    ['i=4&k=3&s=1&p=0', [2, 2], [4, 4], [0, 0], [1, 1]], // figure 2.1
    ['i=5&k=3&s=2&p=1', [3, 3], [7, 7], [0, 0], [6, 6]], // figure 2.6
    ['i=6&k=3&s=2&p=1', [3, 3], [8, 8], [1, 1], [6, 6]], // figure 2.7: (8 − 3) mod 2 = 1
    ['i=7&k=3&s=1&p=0&d=2', [3, 3], [7, 7], [0, 0], [15, 15]], // figure 5.1
    // 'same' with k = 4: d(k − 1) = 3 → (1, 2); s = 1 with unequal ends is Relationship 2
    ['i=5&k=4&s=1&p=same', [5, 5], [8, 8], [0, 0], [2, 2]],
    // 'full' with k = 3, d = 2: d(k − 1) = 4 on each side; 13 − 5 + 1 = 9
    ['i=5&k=3&s=1&p=full&d=2', [9, 9], [13, 13], [0, 0], [15, 15]],
    ['i=5&k=3&s=2&p=valid', [2, 2], [5, 5], [0, 0], [5, 5]],
    // height i 6, p (0, 1), s 2: ⌊(7 − 3)/2⌋ + 1 = 3; width i 4, p (1, 1), s 1: 6 − 3 + 1 = 4
    ['i=6,4&k=3&s=2,1&p=0:1,1', [3, 4], [7, 6], [0, 0], [6, 3]],
  ])('%s → output %j, padded %j, dropped %j', (query, output, padded, dropped, rels) => {
    const m = model(query);
    expect(m.error).toBeNull();
    expect(m.output).toEqual(output);
    expect(m.padded).toEqual(padded);
    expect(m.dropped).toEqual(dropped);
    expect(m.relationships?.map((r) => r.number)).toEqual(rels);
    expect(m.geometry?.rowShape).toEqual(output);
  });

  it.each([
    // [query, padBefore, padAfter] per axis — the padding words resolved by the engine
    ['i=5&k=4&p=same&s=1', [1, 1], [2, 2]],
    ['i=5&k=3,5&p=full&s=1', [2, 4], [2, 4]],
    ['i=5&k=3&p=valid&s=1', [0, 0], [0, 0]],
    ['i=5&k=3&p=0:1,2:0', [0, 2], [1, 0]],
  ])('%s pads %j before and %j after', (query, before, after) => {
    const m = model(query);
    expect(m.axes.map((a) => a.padBefore)).toEqual(before);
    expect(m.axes.map((a) => a.padAfter)).toEqual(after);
  });

  it("keeps PyTorch's 'same' as the word, so a stride is refused with fixes", () => {
    const m = model('i=8&k=3&s=2&p=same');
    expect(m.spec.padding).toBe('same');
    expect(m.error).toMatch(/padding='same' needs stride 1/);
    expect([m.output, m.geometry, m.relationships]).toEqual([null, null, null]);
    expect(m.fixes.map((f) => f.label)).toEqual([
      'Stride → 1 (PyTorch allows padding=same only without a stride)',
      'Keep the stride; pad ⌊d(k − 1)/2⌋ on each side instead of same',
    ]);
  });

  it('a kernel larger than the padded input: the message and the nearest valid settings', () => {
    // padded 4 < k̂ 7: largest kernel ⌊(4 − 1)/1⌋ + 1 = 4; pad ⌈(7 − 4)/2⌉ = 2; input 4 + 7 − 4 = 7
    const m = model('i=4&k=7&s=1&p=0');
    expect(m.error).toMatch(
      /padded input 4 \(= 4 \+ 0 \+ 0\) is smaller than the dilated kernel 7/,
    );
    expect(m.padded).toEqual([4, 4]);
    expect(m.fixes.map((f) => f.label)).toEqual([
      'Kernel size 7 → 4 (height), 7 → 4 (width)',
      'Padding per side 0 → 2 (height), 0 → 2 (width)',
      'Input size 4 → 7 (height), 4 → 7 (width)',
    ]);
  });

  it('computes values only with numbers on; each output is the sum over its window', () => {
    expect(model('i=3&k=2&s=1&p=0').values.output).toBeNull();
    const m = model('i=3&k=2&s=1&p=0&num=1&seed=4');
    const { input: x, kernel: w, output: y } = m.values;
    // y[r, c] = Σ w[a, b] · x[r + a, c + b] on a 3 × 3 input with a 2 × 2 kernel
    const sum = (r: number, c: number) =>
      w![0] * x[r * 3 + c] +
      w![1] * x[r * 3 + c + 1] +
      w![2] * x[(r + 1) * 3 + c] +
      w![3] * x[(r + 1) * 3 + c + 1];
    expect(Array.from(y!)).toEqual([sum(0, 0), sum(0, 1), sum(1, 0), sum(1, 1)]);
  });
});

describe('buildConvModel with TensorFlow’s rules (fw=tf)', () => {
  it('SAME with stride 2 is allowed and pads the odd zero after: i 6, k 3 → 3, (0, 1)', () => {
    const m = model('i=6&k=3&s=2&p=same&fw=tf');
    expect(m.error).toBeNull();
    expect(m.output).toEqual([3, 3]);
    expect(m.axes.map((a) => [a.padBefore, a.padAfter])).toEqual([
      [0, 1],
      [0, 1],
    ]);
    // PyTorch's port pads (1, 1): the same size, shifted
    expect(m.port?.map((p) => [p.torchPadding, p.torchOutput])).toEqual([
      [1, 3],
      [1, 3],
    ]);
    expect(m.paddingMode).toBe('explicit');
  });

  it('the one-pixel bug: i 63, k 2, s 2 → TensorFlow ⌈63/2⌉ = 32, PyTorch’s padding=0 31', () => {
    const m = model('i=64,63&k=2&s=2&p=same&fw=tf');
    expect(m.output).toEqual([32, 32]);
    expect(m.port?.map((p) => p.torchOutput)).toEqual([32, 31]);
  });

  it('a kernel that does not fit: TensorFlow’s padding words, not PyTorch’s sentence', () => {
    // i 3, k 5, VALID: k̂ = 1·(5 − 1) + 1 = 5 > 3 on the first axis refused
    const valid = model('i=3&k=5&p=valid&fw=tf');
    expect(valid.refuser).toBe('TensorFlow');
    expect(valid.error).toBe(
      "padding 'valid' leaves no window on axis 0 (height): the dilated kernel 5 (= 1·(5 − 1) + 1) is larger than the input 3 (padding 'same' always has one)",
    );
    // explicit padding 1 on each side: 3 + 1 + 1 = 5 < k̂ = 2·(4 − 1) + 1 = 7; width fits
    const explicit = model('i=3,9&k=4&d=2&p=1&fw=tf');
    expect(explicit.error).toBe(
      "explicit padding leaves no window on axis 0 (height): the dilated kernel 7 (= 2·(4 − 1) + 1) is larger than the padded input 5 (= 3 + 1 + 1) (padding 'same' always has one)",
    );
    expect(explicit.explain.map((m) => m.id)).toEqual(['common.err.kernelLarger']);
    // PyTorch's own view of the same URL keeps PyTorch's words
    expect(model('i=3&k=5&p=valid').error).toMatch(/PyTorch: "Kernel size can't be greater/);
  });

  it('PyTorch refuses the same URL without fw=tf, and VALID is PyTorch’s padding 0 either way', () => {
    expect(model('i=6&k=3&s=2&p=same').error).toMatch(/strided convolutions/);
    expect(model('i=6&k=3&s=2&p=same').port).toBeNull();
    expect(model('i=7&k=3&s=2&p=valid&fw=tf').output).toEqual(model('i=7&k=3&s=2&p=0').output);
  });
});
