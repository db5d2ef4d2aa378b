import { describe, expect, it } from 'vitest';
import {
  directConvsFor,
  equivalentAxisLayout,
  rotatedKernel,
  scatterAxis,
  transposeOf,
  transposedEquivalent,
} from './equivalent';
import type { TransposedAxisGeometry } from './spec';

type PaperAxis = { i: number; k: number; s: number; p: number; d: number; op: number };

/** The paper's symbols as the engine's axis (PyTorch pads both ends by p). */
const axisOf = ({ i, k, s, p, d, op }: PaperAxis): TransposedAxisGeometry => ({
  input: i,
  kernel: k,
  stride: s,
  dilation: d,
  padBefore: p,
  padAfter: p,
  outputPadding: op,
});

// The paper's figures 4.1–4.7 with the sizes given in their captions.
describe('equivalent direct convolution (figures 4.1–4.7)', () => {
  it.each([
    [
      '4.1',
      { i: 2, k: 3, s: 1, p: 0, d: 1, op: 0 },
      { stretched: 2, padBefore: 2, padAfter: 2, output: 4 },
    ],
    [
      '4.2',
      { i: 6, k: 4, s: 1, p: 2, d: 1, op: 0 },
      { stretched: 6, padBefore: 1, padAfter: 1, output: 5 },
    ],
    [
      '4.3',
      { i: 5, k: 3, s: 1, p: 1, d: 1, op: 0 },
      { stretched: 5, padBefore: 1, padAfter: 1, output: 5 },
    ],
    [
      '4.4',
      { i: 7, k: 3, s: 1, p: 2, d: 1, op: 0 },
      { stretched: 7, padBefore: 0, padAfter: 0, output: 5 },
    ],
    [
      '4.5',
      { i: 2, k: 3, s: 2, p: 0, d: 1, op: 0 },
      { stretched: 3, padBefore: 2, padAfter: 2, output: 5 },
    ],
    [
      '4.6',
      { i: 3, k: 3, s: 2, p: 1, d: 1, op: 0 },
      { stretched: 5, padBefore: 1, padAfter: 1, output: 5 },
    ],
    [
      '4.7',
      { i: 3, k: 3, s: 2, p: 1, d: 1, op: 1 },
      { stretched: 5, padBefore: 1, padAfter: 2, output: 6 },
    ],
  ])('figure %s', (_figure, axis, expected) => {
    const eq = transposedEquivalent(axisOf(axis));
    expect(eq).toMatchObject({ ...expected, stride: 1, zerosBetween: axis.s - 1, a: axis.op });
    expect(eq.note).toMatch(/rotated 180°/);
  });

  it('negative p′ means a crop', () => {
    expect(transposedEquivalent(axisOf({ i: 4, k: 2, s: 2, p: 3, d: 1, op: 0 })).padBefore).toBe(
      -2,
    );
  });
});

describe('which direct convolutions does a transposed one undo?', () => {
  it('k = 3, s = 2, p = 1 maps both 5 and 6 to 3 (figures 2.6 and 2.7)', () => {
    expect(directConvsFor(axisOf({ i: 3, k: 3, s: 2, p: 1, d: 1, op: 0 }))).toEqual([
      { inputSize: 5, outputPadding: 0 },
      { inputSize: 6, outputPadding: 1 },
    ]);
  });

  it('transposeOf recovers the input size with a = (i + 2p − k̂) mod s', () => {
    // ⌊(6 + 2 − 3)/2⌋ + 1 = 3, a = 5 mod 2 = 1; ⌊(7 − 5)/3⌋ + 1 = 1, a = 2 mod 3 = 2
    // (the direct convolution's axis; its output padding field is ignored and replaced)
    expect(transposeOf(axisOf({ i: 6, k: 3, s: 2, p: 1, d: 1, op: 0 }))).toEqual(
      axisOf({ i: 3, k: 3, s: 2, p: 1, d: 1, op: 1 }),
    );
    expect(transposeOf(axisOf({ i: 7, k: 3, s: 3, p: 0, d: 2, op: 0 }))).toEqual(
      axisOf({ i: 1, k: 3, s: 3, p: 0, d: 2, op: 2 }),
    );
  });
});

describe('equivalentAxisLayout', () => {
  it.each([
    // figure 4.5: i′ = 2, k = 3, s = 2, p = 0 → p′ = 2 on both sides, one zero inserted
    [{ i: 2, k: 3, s: 2, p: 0, d: 1, op: 0 }, 'pad pad input inserted input pad pad', 0, 7],
    // figure 4.7: the a = 1 extra zero at the end
    [
      { i: 3, k: 3, s: 2, p: 1, d: 1, op: 1 },
      'pad input inserted input inserted input pad a',
      0,
      8,
    ],
    // p = 3 > k − 1 = 2: p′ = −1, one stretched cell cropped at each end
    [{ i: 3, k: 3, s: 1, p: 3, d: 1, op: 0 }, 'cropped input cropped', 1, 1],
    // p′ = −1 but a = 1: crop one at the start only
    [{ i: 3, k: 2, s: 2, p: 2, d: 1, op: 1 }, 'cropped inserted input inserted input', 1, 4],
  ])('%j → %s', (axis, kinds, regionStart, region) => {
    const layout = equivalentAxisLayout(transposedEquivalent(axisOf(axis)));
    expect(layout.kinds.join(' ')).toBe(kinds);
    expect(layout.regionStart).toBe(regionStart);
    expect(layout.region).toBe(region);
    expect(layout.conv).toEqual({
      input: region,
      kernel: axis.k,
      stride: 1,
      dilation: axis.d,
      padBefore: 0,
      padAfter: 0,
    });
  });

  it('maps input positions back to input cells', () => {
    const layout = equivalentAxisLayout(
      transposedEquivalent(axisOf({ i: 3, k: 3, s: 2, p: 1, d: 1, op: 1 })),
    );
    expect(layout.inputIndex).toEqual([-1, 0, -1, 1, -1, 2, -1, -1]);
  });
});

describe('scatterAxis', () => {
  it.each([
    // [axis, full = (i′ − 1)s + k̂, output, zeros past the full result, canvas]
    // figure 4.7: full (3 − 1)·2 + 3 = 7; PyTorch keeps cells 1 … 6 of it
    [{ i: 3, k: 3, s: 2, p: 1, d: 1, op: 1 }, 7, 6, 0, 7],
    // figure 4.5: no padding, the output is the full result
    [{ i: 2, k: 3, s: 2, p: 0, d: 1, op: 0 }, 5, 5, 0, 5],
    // s = 1, d = 3, a = 2 > p = 0 (docs/semantics.md §2.5): two zeros past the full length 1 + 4 = 5
    [{ i: 2, k: 2, s: 1, p: 0, d: 3, op: 2 }, 5, 7, 2, 7],
    // a = 2 > p = 1: one zero past; full (4 − 1)·3 + 3 = 12, output 12 − 2 + 2 = 12
    [{ i: 4, k: 3, s: 3, p: 1, d: 1, op: 2 }, 12, 12, 1, 13],
  ])('%j → full %i, output %i, %i zeros past, canvas %i', (axis, full, output, past, canvas) => {
    expect(scatterAxis(axisOf(axis))).toEqual({
      full,
      output,
      cropBefore: axis.p,
      zerosPast: past,
      canvas,
    });
  });
});

describe('rotatedKernel', () => {
  it('turns each kernel 180° and swaps input and output channels', () => {
    // One input channel, two output channels, 1 × 3 kernels: [Cin, Cout, 1, 3] → [Cout, Cin, 1, 3].
    const weight = { shape: [1, 2, 1, 3], data: [1, 2, 3, 4, 5, 6] };
    const rotated = rotatedKernel(weight, 1);
    expect(rotated.shape).toEqual([2, 1, 1, 3]);
    expect(Array.from(rotated.data)).toEqual([3, 2, 1, 6, 5, 4]);
  });

  it('keeps each group to its own channels', () => {
    // Two groups of one channel each, 2 × 2 kernels: channel 1 stays channel 1.
    const weight = { shape: [2, 1, 2, 2], data: [1, 2, 3, 4, 5, 6, 7, 8] };
    const rotated = rotatedKernel(weight, 2);
    expect(rotated.shape).toEqual([2, 1, 2, 2]);
    expect(Array.from(rotated.data)).toEqual([4, 3, 2, 1, 8, 7, 6, 5]);
  });
});
