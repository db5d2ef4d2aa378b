import { describe, expect, it } from 'vitest';
import {
  axisWindow,
  convAxisDropped,
  convOutputShape,
  convTransposeOutputShape,
  convTransposeOutputSizeRange,
  outputWindow,
  paddedSize,
  poolAxisDroppedWindow,
  poolAxisReach,
  poolOutputShape,
} from './shape';
import type { ConvSpec } from './spec';

describe('convOutputShape', () => {
  it.each([
    // [input, spec, expected] — hand-worked with o = ⌊(i + p₁ + p₂ − d(k − 1) − 1)/s⌋ + 1
    [[5, 5], { kernel: [3, 3], stride: [2, 2], padding: [1, 1] }, [3, 3]],
    [
      [6, 4],
      {
        kernel: [3, 3],
        stride: [2, 1],
        padding: [
          [0, 1],
          [1, 1],
        ],
      },
      [3, 4],
    ],
    [[7], { kernel: [3], dilation: [2] }, [3]],
    [[5, 5], { kernel: [4, 2], padding: 'same' as const }, [5, 5]],
    [[5, 5], { kernel: [3, 3], padding: 'valid' as const }, [3, 3]],
  ] as [number[], ConvSpec, number[]][])('%j with %j → %j', (input, spec, expected) => {
    expect(convOutputShape(input, spec)).toEqual(expected);
  });

  it('names the constraint, the axis and the numbers when the kernel does not fit', () => {
    expect(() =>
      convOutputShape([4, 2], { kernel: [3, 3], dilation: [1, 2], padding: [0, 0] }),
    ).toThrow(
      'padded input 2 (= 2 + 0 + 0) is smaller than the dilated kernel 5 (= 2·(3 − 1) + 1) on axis 1 (width)',
    );
  });

  it("refuses 'same' with a stride, as PyTorch does", () => {
    expect(() =>
      convOutputShape([8, 8], { kernel: [3, 3], stride: [1, 2], padding: 'same' }),
    ).toThrow(/padding='same' needs stride 1 .* stride is 2 on axis 1 \(width\)/);
  });

  it.each([
    [{ kernel: [0, 3] }, /kernel on axis 0 \(height\) must be a positive integer, got 0/],
    [
      { kernel: [3, 3], stride: [1, 1.5] },
      /stride on axis 1 \(width\) must be a positive integer, got 1.5/,
    ],
    [
      { kernel: [3, 3], padding: [-1, 0] },
      /padding on axis 0 \(height\) must be a non-negative integer/,
    ],
    [{ kernel: [3, 3], stride: [1] }, /stride needs one value per spatial axis \(2\), got 1/],
    [{ kernel: [3, 3], padding: 'full' as unknown as 'same' }, /Invalid padding string 'full'/],
  ])('rejects %j', (spec, message) => {
    expect(() => convOutputShape([8, 8], spec)).toThrow(message);
  });
});

describe('convTransposeOutputShape', () => {
  it('is Relationship 14: figure 4.7 gives 6 × 6', () => {
    expect(
      convTransposeOutputShape([3, 3], {
        kernel: [3, 3],
        stride: [2, 2],
        padding: [1, 1],
        outputPadding: [1, 1],
      }),
    ).toEqual([6, 6]);
  });

  it('accepts output padding below the dilation when the stride is 1 (PyTorch: op < max(s, d))', () => {
    expect(
      convTransposeOutputShape([4], { kernel: [2], dilation: [3], outputPadding: [2] }),
    ).toEqual([3 + 3 + 2 + 1]);
  });

  it('rejects output padding ≥ max(stride, dilation) with the numbers', () => {
    expect(() =>
      convTransposeOutputShape([3, 3], { kernel: [3, 3], stride: [2, 2], outputPadding: [0, 2] }),
    ).toThrow('output_padding 2 on axis 1 (width) needs to be < max(stride 2, dilation 1) = 2');
  });

  it('rejects a non-positive output size with the formula', () => {
    expect(() => convTransposeOutputShape([1], { kernel: [3], padding: [2] })).toThrow(
      'output size -1 on axis 0 (length) is not positive',
    );
  });
});

describe('poolOutputShape (PyTorch 1.13)', () => {
  it.each([
    // docs/semantics.md §2.6: plain ceil gives 4, PyTorch drops the window starting in the padding
    [[5], { kernel: [2], stride: [2], padding: [1], ceilMode: true }, [3]],
    [[6], { kernel: [3], stride: [2], padding: [1], ceilMode: true }, [4]],
    [[4], { kernel: [3], stride: [2], padding: [0], ceilMode: true }, [2]],
    [[5, 5], { kernel: [3, 3], stride: [1, 1] }, [3, 3]],
    [[6, 6], { kernel: [2, 2] }, [3, 3]], // stride defaults to the kernel
  ])('%j with %j → %j', (input, spec, expected) => {
    expect(poolOutputShape(input, { mode: 'max', ...spec })).toEqual(expected);
  });

  it('compares padding with half the undilated kernel, as 1.13 does', () => {
    expect(() =>
      poolOutputShape([9, 9], { mode: 'max', kernel: [4, 1], padding: [2, 1], dilation: [1, 2] }),
    ).toThrow('padding 1 on axis 1 (width) is more than ⌊1/2⌋ = 0');
  });

  it('refuses dilation for average pooling', () => {
    expect(() => poolOutputShape([9], { mode: 'avg', kernel: [3], dilation: [2] })).toThrow(
      /average pooling has no dilation/,
    );
  });
});

describe('convAxisDropped', () => {
  it.each([
    // [i, k, s, p, dropped] — figure 2.7 drops one cell per axis; figure 2.6 none
    [6, 3, 2, 1, 1],
    [5, 3, 2, 1, 0],
    [7, 3, 3, 0, 1],
    [8, 2, 3, 0, 0],
  ])('i=%i k=%i s=%i p=%i → %i', (input, kernel, stride, p, dropped) => {
    expect(convAxisDropped({ input, kernel, stride, dilation: 1, padBefore: p, padAfter: p })).toBe(
      dropped,
    );
  });
});

describe('poolAxisDroppedWindow', () => {
  it.each([
    // [i, k, s, p, ceil, start] — docs/semantics.md §2.6: i=5, k=2, s=2, p=1 keeps 3 of 4
    [5, 2, 2, 1, true, 5],
    [6, 3, 2, 1, true, null],
    [5, 2, 2, 1, false, null],
  ])('i=%i k=%i s=%i p=%i ceil=%s → %s', (i, k, s, p, ceil, start) => {
    expect(
      poolAxisDroppedWindow({
        input: i,
        kernel: k,
        stride: s,
        dilation: 1,
        padBefore: p,
        padAfter: p,
        ceilMode: ceil,
      }),
    ).toBe(start);
  });
});

describe('padded size and the window of an output cell', () => {
  const axis = { input: 5, kernel: 3, stride: 2, dilation: 2, padBefore: 1, padAfter: 2 };

  it('pads the input on both ends: i + p₁ + p₂', () => {
    expect(paddedSize(axis)).toBe(8);
  });

  it.each([
    // [o, start = o·s, span = k̂ = 2·(3 − 1) + 1]
    [0, 0, 5],
    [1, 2, 5],
  ])('output %i starts at %i of the padded input and spans %i cells', (o, start, span) => {
    expect(axisWindow(axis, o)).toEqual({ start, span });
  });

  it('is a rectangle per output cell (figure 2.6: i = 5, k = 3, s = 2, p = 1)', () => {
    const fig = { input: 5, kernel: 3, stride: 2, dilation: 1, padBefore: 1, padAfter: 1 };
    expect(outputWindow([fig, { ...fig, stride: 1 }], [2, 1])).toEqual({
      start: [4, 1],
      span: [3, 3],
    });
  });
});

describe('poolAxisReach', () => {
  const pool = (input: number, kernel: number, stride: number, p: number, ceilMode = true) => ({
    input,
    kernel,
    stride,
    dilation: 1,
    padBefore: p,
    padAfter: p,
    ceilMode,
  });

  it.each([
    // docs/semantics.md §2.6: [1..6], k 3, s 2, p 1, ceil → 4 windows; the last starts at 5 and covers
    // 5, 6 (padding), 7 (past it): overhang 1
    [pool(6, 3, 2, 1), { output: 4, droppedWindow: null, overhang: 1, reach: 1 }],
    // [1..4], k 3, s 2, p 0, ceil → 2 windows; the last covers 2, 3 and 4 (past the end)
    [pool(4, 3, 2, 0), { output: 2, droppedWindow: null, overhang: 1, reach: 1 }],
    // i 5, k 2, s 2, p 1, ceil: windows at −1, 1, 3 are kept; the one at 5 is dropped and
    // would cover 5 (padding) and 6, one cell past it
    [pool(5, 2, 2, 1), { output: 3, droppedWindow: 5, overhang: 0, reach: 1 }],
    // floor mode never hangs over
    [pool(6, 3, 2, 1, false), { output: 3, droppedWindow: null, overhang: 0, reach: 0 }],
  ])('%j → %j', (axis, expected) => {
    expect(poolAxisReach(axis)).toEqual(expected);
  });
});

describe('convTransposeOutputSizeRange (the output_size argument)', () => {
  const axis = (i: number, k: number, s: number, p: number, d = 1) => ({
    input: i,
    kernel: k,
    stride: s,
    dilation: d,
    padBefore: p,
    padAfter: p,
    outputPadding: 0,
  });

  it.each([
    // [axis, min, max] — PyTorch's message "valid sizes range from [5, 5] to [6, 6]" for i′ 3,
    // k 3, s 2, p 1; with s = 1 and d = 3 the range is one size (semantics: "[9] to [9]")
    [axis(3, 3, 2, 1), 5, 6],
    [axis(3, 3, 1, 0, 3), 9, 9],
    [axis(2, 3, 3, 0), 6, 8],
  ])('%j → %i … %i', (a, min, max) => {
    expect(convTransposeOutputSizeRange(a)).toEqual({ min, max });
  });
});
