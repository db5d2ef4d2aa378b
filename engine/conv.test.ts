import { describe, expect, it } from 'vitest';
import { conv } from './conv';
import { convTranspose } from './transposedConv';
import type { ConvSpec } from './spec';

const INF = Number.POSITIVE_INFINITY;
const NAN = Number.NaN;
const ones = (shape: number[]) => ({
  shape,
  data: new Array<number>(shape.reduce((p, s) => p * s)).fill(1),
});

// Outputs of torch 1.13 (float64; float32 gives the same) for the same tensors, run for this
// table: a tap that lands on zero padding multiplies it, so ∞ · 0 = NaN there.
type Row = [string, number[], number[], ConvSpec, number[]];

describe('conv with an infinite or NaN weight on the padding', () => {
  it.each<Row>([
    ['conv1d, p = 1', [1, 3], [INF, 1, 0], { kernel: [3], padding: [1] }, [NAN, INF, INF]],
    ['conv1d, p = 1, −∞', [1, 3], [-INF, 1, 0], { kernel: [3], padding: [1] }, [NAN, -INF, -INF]],
    ['conv1d, NaN weight', [1, 3], [NAN, 1, 0], { kernel: [3], padding: [1] }, [NAN, NAN, NAN]],
    // 'same' with k = 2 pads only after: the ∞ tap (first) never lands on padding
    ['conv1d, same, k = 2', [1, 3], [INF, 1], { kernel: [2], padding: 'same' }, [INF, INF, INF]],
    [
      'conv2d, p = 1, ∞ at the last tap',
      [1, 2, 2],
      [1, 1, 1, INF],
      { kernel: [2, 2], padding: [1, 1] },
      [INF, INF, NAN, INF, INF, NAN, NAN, NAN, NAN],
    ],
    [
      'conv2d, stride 2, dilation 3',
      [1, 1, 5],
      [1, INF],
      { kernel: [1, 2], padding: [0, 2], stride: [1, 2], dilation: [1, 3] },
      [INF, INF, NAN],
    ],
    [
      'conv2d, groups 2: the other group is untouched',
      [2, 1, 2],
      [INF, 1, 1, 1],
      { kernel: [1, 2], padding: [0, 1], groups: 2 },
      [NAN, INF, INF, 1, 2, 1],
    ],
    [
      'conv3d, p = 1 on the last axis',
      [1, 1, 1, 2],
      [INF, 1],
      { kernel: [1, 1, 2], padding: [0, 0, 1] },
      [NAN, INF, INF],
    ],
  ])('%s', (_, inputShape, weights, spec, expected) => {
    const weight = { shape: [spec.groups ?? 1, 1, ...spec.kernel], data: weights };
    const result = conv(ones(inputShape), weight, spec);
    expect(Array.from(result.data)).toEqual(expected);
  });

  it('an ∞ weight on a zero input is NaN too (no padding involved)', () => {
    const result = conv(
      { shape: [1, 3], data: [0, 0, 0] },
      { shape: [1, 1, 3], data: [INF, 1, 0] },
      { kernel: [3] },
    );
    expect(Array.from(result.data)).toEqual([NAN]);
  });
});

describe('convTranspose with an infinite weight', () => {
  // The cropped taps are never multiplied into the output: no NaN from padding.
  it.each([
    [{ kernel: [3], padding: [1] }, [INF, INF, 1]],
    [{ kernel: [3], padding: [1], stride: [2], outputPadding: [1] }, [1, INF, 1, INF, 1, 0]],
  ])('%j', (spec, expected) => {
    const result = convTranspose(ones([1, 3]), { shape: [1, 1, 3], data: [INF, 1, 0] }, spec);
    expect(Array.from(result.data)).toEqual(expected);
  });
});
