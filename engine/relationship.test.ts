import { describe, expect, it } from 'vitest';
import { convRelationship, poolRelationship, transposedRelationship } from './relationship';

type Paper = { i: number; k: number; s: number; p: number; d: number };

/** The paper's symbols as the engine's axis (both ends padded by p unless p₂ is given). */
const geometry = ({ i, k, s, p, d }: Paper, padAfter = p) => ({
  input: i,
  kernel: k,
  stride: s,
  dilation: d,
  padBefore: p,
  padAfter,
});
const transposed = (a: Paper & { op: number }) => ({ ...geometry(a), outputPadding: a.op });
const pooled = (a: Paper & { ceil: boolean }) => ({ ...geometry(a), ceilMode: a.ceil });

// The paper's worked example for each relationship (arXiv 1603.07285 v2, sections 2–5), with the
// output size printed in the paper. Half/full padding and the transposed cases use the figures'
// parameters (bin/generate_makefile of vdumoulin/conv_arithmetic).
const DIRECT: [
  number,
  string,
  { i: number; k: number; s: number; p: number; d: number },
  number,
][] = [
  [1, 'figure 2.1', { i: 4, k: 3, s: 1, p: 0, d: 1 }, 2],
  [2, 'figure 2.2', { i: 5, k: 4, s: 1, p: 2, d: 1 }, 6],
  [3, 'figure 2.3', { i: 5, k: 3, s: 1, p: 1, d: 1 }, 5],
  [4, 'figure 2.4', { i: 5, k: 3, s: 1, p: 2, d: 1 }, 7],
  [5, 'figure 2.5', { i: 5, k: 3, s: 2, p: 0, d: 1 }, 2],
  [6, 'figure 2.6', { i: 5, k: 3, s: 2, p: 1, d: 1 }, 3],
  [6, 'figure 2.7 (odd)', { i: 6, k: 3, s: 2, p: 1, d: 1 }, 3],
  [15, 'figure 5.1', { i: 7, k: 3, s: 1, p: 0, d: 2 }, 3],
];

const TRANSPOSED: [
  number,
  string,
  { i: number; k: number; s: number; p: number; d: number; op: number },
  number,
][] = [
  [8, 'figure 4.1', { i: 2, k: 3, s: 1, p: 0, d: 1, op: 0 }, 4],
  [9, 'figure 4.2', { i: 6, k: 4, s: 1, p: 2, d: 1, op: 0 }, 5],
  [10, 'figure 4.3', { i: 5, k: 3, s: 1, p: 1, d: 1, op: 0 }, 5],
  [11, 'figure 4.4', { i: 7, k: 3, s: 1, p: 2, d: 1, op: 0 }, 5],
  [12, 'figure 4.5', { i: 2, k: 3, s: 2, p: 0, d: 1, op: 0 }, 5],
  [13, 'figure 4.6', { i: 3, k: 3, s: 2, p: 1, d: 1, op: 0 }, 5],
  [14, 'figure 4.7', { i: 3, k: 3, s: 2, p: 1, d: 1, op: 1 }, 6],
];

describe('paper relationships, worked examples', () => {
  it.each(DIRECT)('Relationship %i (%s)', (number, _figure, a, output) => {
    const rel = convRelationship(geometry(a));
    expect(rel.number).toBe(number);
    expect(rel.output).toBe(output);
    expect(rel.substituted.endsWith(`= ${output}`)).toBe(true);
  });

  it.each(TRANSPOSED)('Relationship %i (%s)', (number, _figure, a, output) => {
    const rel = transposedRelationship(transposed(a));
    expect(rel.number).toBe(number);
    expect(rel.output).toBe(output);
  });

  it('Relationship 7 (figures 1.5 and 1.6: 3 × 3 pooling of a 5 × 5 input, unit strides)', () => {
    const rel = poolRelationship(pooled({ i: 5, k: 3, s: 1, p: 0, d: 1, ceil: false }));
    expect(rel.number).toBe(7);
    expect(rel.output).toBe(3);
    expect(rel.note).toBeUndefined();
  });
});

describe('most specific relationship first', () => {
  it.each([
    // k = 1, p = 0 is also "half" and "full" padding; no padding is the plainest reading.
    [{ i: 5, k: 1, s: 1, p: 0, d: 1 }, 1],
    // even kernel with p = k/2 is not half padding (needs k odd)
    [{ i: 5, k: 4, s: 1, p: 2, d: 1 }, 2],
    [{ i: 5, k: 3, s: 1, p: 2, d: 1 }, 4],
    [{ i: 9, k: 5, s: 1, p: 2, d: 1 }, 3],
    [{ i: 9, k: 3, s: 3, p: 0, d: 1 }, 5],
    [{ i: 9, k: 3, s: 1, p: 0, d: 3 }, 15],
  ])('%o → Relationship %i', (a, number) => {
    expect(convRelationship(geometry(a)).number).toBe(number);
  });

  it('asymmetric padding is Relationship 6 with p₁ + p₂, and says so', () => {
    const rel = convRelationship(geometry({ i: 6, k: 3, s: 2, p: 0, d: 1 }, 1));
    expect(rel.number).toBe(6);
    expect(rel.output).toBe(3); // ⌊(6 + 1 − 3)/2⌋ + 1
    expect(rel.note).toMatch(/p₁ \+ p₂/);
  });

  it('dilated transposed convolutions use k̂ in the same relationships', () => {
    // k = 3, d = 2 → k̂ = 5; s = 1, p = 2 = ⌊5/2⌋ is half padding: o′ = i′
    const rel = transposedRelationship(transposed({ i: 6, k: 3, s: 1, p: 2, d: 2, op: 0 }));
    expect(rel.number).toBe(10);
    expect(rel.dilated).toBe(true);
    expect(rel.output).toBe(6);
    expect(rel.formula).toContain('\\hat{k}');
  });

  it.each([
    // [axis, o′ = s(i′ − 1) + a + d(k − 1) + 1 − 2p worked by hand]
    [{ i: 4, k: 2, s: 1, p: 0, d: 3, op: 2 }, 3 + 2 + 3 + 1], // unit stride, a allowed by d = 3
    // issue 11 reproducer ?view=transposed&i=8&k=2&s=1&p=0&d=3&op=1
    [{ i: 8, k: 2, s: 1, p: 0, d: 3, op: 1 }, 7 + 1 + 3 + 1],
    [{ i: 3, k: 3, s: 2, p: 1, d: 3, op: 2 }, 4 + 2 + 6 + 1 - 2],
  ])('output padding a ≥ s (allowed by dilation) is outside the paper: %o', (axis, output) => {
    const rel = transposedRelationship(transposed(axis));
    expect(rel.number).toBeNull();
    expect(rel.output).toBe(output);
    expect(rel.formula).toBe("o' = s(i' - 1) + a + d(k - 1) + 1 - 2p");
    expect(rel.note).toContain(`a = ${axis.op} ≥ s = ${axis.s}: none of the paper's relationships`);
  });

  it('output padding below the stride stays Relationship 14 even with dilation', () => {
    expect(transposedRelationship(transposed({ i: 3, k: 3, s: 3, p: 1, d: 2, op: 2 })).number).toBe(
      14,
    );
  });

  it('negative p′ (p > k̂ − 1) is flagged as a crop', () => {
    expect(
      transposedRelationship(transposed({ i: 6, k: 2, s: 2, p: 2, d: 1, op: 0 })).note,
    ).toMatch(/crop/);
  });
});

describe('pooling beyond the paper', () => {
  it('notes the ceil-mode drop with the numbers (i = 5, k = 2, s = 2, p = 1)', () => {
    // plain ceil gives 4 windows; PyTorch drops the one starting at 5 = i + p − 1 + 1
    const rel = poolRelationship(pooled({ i: 5, k: 2, s: 2, p: 1, d: 1, ceil: true }));
    expect(rel.output).toBe(3);
    expect(rel.note).toMatch(/drops the last window/);
  });

  it('uses the PyTorch formula with padding', () => {
    const rel = poolRelationship(pooled({ i: 5, k: 3, s: 2, p: 1, d: 1, ceil: false }));
    expect(rel.output).toBe(3);
    expect(rel.formula).toContain('2p');
  });
});
