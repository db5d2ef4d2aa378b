import { describe, expect, it } from 'vitest';
import {
  directConvsFor,
  equivalentAxisLayout,
  transposeOf,
  transposedEquivalent,
} from './equivalent';

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
    const eq = transposedEquivalent(axis);
    expect(eq).toMatchObject({ ...expected, stride: 1, zerosBetween: axis.s - 1, a: axis.op });
    expect(eq.note).toMatch(/rotated 180°/);
  });

  it('negative p′ means a crop', () => {
    expect(transposedEquivalent({ i: 4, k: 2, s: 2, p: 3, d: 1, op: 0 }).padBefore).toBe(-2);
  });
});

describe('which direct convolutions does a transposed one undo?', () => {
  it('k = 3, s = 2, p = 1 maps both 5 and 6 to 3 (figures 2.6 and 2.7)', () => {
    expect(directConvsFor({ i: 3, k: 3, s: 2, p: 1, d: 1, op: 0 })).toEqual([
      { inputSize: 5, outputPadding: 0 },
      { inputSize: 6, outputPadding: 1 },
    ]);
  });

  it('transposeOf recovers the input size with a = (i + 2p − k̂) mod s', () => {
    expect(transposeOf({ i: 6, k: 3, s: 2, p: 1, d: 1 })).toEqual({
      i: 3,
      k: 3,
      s: 2,
      p: 1,
      d: 1,
      op: 1,
    });
    expect(transposeOf({ i: 7, k: 3, s: 3, p: 0, d: 2 })).toEqual({
      i: 1,
      k: 3,
      s: 3,
      p: 0,
      d: 2,
      op: 2,
    });
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
    const layout = equivalentAxisLayout(transposedEquivalent(axis));
    expect(layout.kinds.join(' ')).toBe(kinds);
    expect(layout.regionStart).toBe(regionStart);
    expect(layout.region).toBe(region);
  });

  it('maps input positions back to input cells', () => {
    const layout = equivalentAxisLayout(
      transposedEquivalent({ i: 3, k: 3, s: 2, p: 1, d: 1, op: 1 }),
    );
    expect(layout.inputIndex).toEqual([-1, 0, -1, 1, -1, 2, -1, -1]);
  });
});
