import { describe, expect, it } from 'vitest';
import { convSpecOf, convTransposeSpecOf, paddingForWord, poolSpecOf } from './spec';

describe('paddingForWord', () => {
  it.each([
    // [word, k, d, before, after] — total d(k − 1); 'same' puts the odd zero after (docs/semantics.md §2.2)
    ['valid', 3, 1, 0, 0],
    ['same', 3, 1, 1, 1], // Relationship 3: half padding p = ⌊k/2⌋
    ['same', 4, 1, 1, 2], // total 3: PyTorch's Conv2d k = (2, 4) pads [1, 2] on the width
    ['same', 2, 3, 1, 2], // total 3 with dilation
    ['same', 1, 5, 0, 0],
    ['full', 3, 1, 2, 2], // Relationship 4: p = k − 1
    ['full', 3, 2, 4, 4], // d(k − 1) with dilation
  ] as const)('%s, k = %i, d = %i → (%i, %i)', (word, k, d, padBefore, padAfter) => {
    expect(paddingForWord(word, k, d)).toEqual({ padBefore, padAfter });
  });
});

describe('specs from axes', () => {
  const h = { input: 6, kernel: 3, stride: 2, dilation: 1, padBefore: 0, padAfter: 1 };
  const w = { input: 5, kernel: 2, stride: 1, dilation: 2, padBefore: 1, padAfter: 1 };

  it('a convolution keeps each axis’s two ends, or PyTorch’s word', () => {
    expect(convSpecOf([h, w])).toEqual({
      kernel: [3, 2],
      stride: [2, 1],
      dilation: [1, 2],
      padding: [
        [0, 1],
        [1, 1],
      ],
    });
    expect(convSpecOf([h, w], 'same').padding).toBe('same');
  });

  it('a transposed convolution and a pooling take PyTorch’s one padding per axis', () => {
    expect(convTransposeSpecOf([{ ...w, outputPadding: 1 }])).toEqual({
      kernel: [2],
      stride: [1],
      dilation: [2],
      padding: [1],
      outputPadding: [1],
    });
    expect(
      poolSpecOf(
        [
          { ...w, ceilMode: false },
          { ...w, ceilMode: true },
        ],
        'avg',
        false,
      ),
    ).toEqual({
      mode: 'avg',
      kernel: [2, 2],
      stride: [1, 1],
      padding: [1, 1],
      dilation: [2, 2],
      ceilMode: true,
      countIncludePad: false,
    });
  });
});
