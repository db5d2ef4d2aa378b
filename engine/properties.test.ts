// Laws that tie the engine's pieces together, checked on random configurations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conv } from './conv';
import { equivalentConvTensors, transposedEquivalent } from './equivalent';
import { convLinks, linkMatrix, matTVec, matVec, transposedLinks } from './indexMap';
import { convOutputShape, convTransposeOutputShape, poolOutputShape } from './shape';
import { pool } from './pool';
import { dilatedKernel } from './spec';
import { numel, type Tensor } from './tensor';
import { convTranspose } from './transposedConv';

interface Axis {
  i: number;
  k: number;
  s: number;
  p: number;
  d: number;
}

/** One axis whose padded input holds the dilated kernel. */
const axisArb: fc.Arbitrary<Axis> = fc
  .record({
    k: fc.integer({ min: 1, max: 4 }),
    s: fc.integer({ min: 1, max: 3 }),
    p: fc.integer({ min: 0, max: 3 }),
    d: fc.integer({ min: 1, max: 3 }),
    extra: fc.integer({ min: 0, max: 5 }),
  })
  .map(({ k, s, p, d, extra }) => ({
    k,
    s,
    p,
    d,
    i: Math.max(1, dilatedKernel(k, d) - 2 * p) + extra,
  }));

interface Problem {
  axes: Axis[];
  groups: number;
  cin: number;
  cout: number;
}

const problemArb: fc.Arbitrary<Problem> = fc
  .record({
    axes: fc.array(axisArb, { minLength: 1, maxLength: 3 }),
    groups: fc.integer({ min: 1, max: 2 }),
    inPer: fc.integer({ min: 1, max: 2 }),
    outPer: fc.integer({ min: 1, max: 2 }),
  })
  .map(({ axes, groups, inPer, outPer }) => ({
    axes,
    groups,
    cin: groups * inPer,
    cout: groups * outPer,
  }));

/** Deterministic small integers from a seed, so sums are exact. */
function ints(count: number, seed: number): number[] {
  return Array.from({ length: count }, (_, n) => (((n + 1) * 7919 + seed * 104729) % 7) - 3);
}

function tensor(shape: number[], seed: number): Tensor {
  return { shape, data: ints(numel(shape), seed) };
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let n = 0; n < a.length; n++) sum += a[n] * b[n];
  return sum;
}

const convSpecOf = (pr: Problem) => ({
  kernel: pr.axes.map((a) => a.k),
  stride: pr.axes.map((a) => a.s),
  dilation: pr.axes.map((a) => a.d),
  padding: pr.axes.map((a) => a.p),
  groups: pr.groups,
});

/** The transposed conv whose output has the direct conv's input shape (paper's a per axis). */
const transposeSpecOf = (pr: Problem) => ({
  ...convSpecOf(pr),
  outputPadding: pr.axes.map((a) => (a.i + 2 * a.p - dilatedKernel(a.k, a.d)) % a.s),
});

describe('laws', () => {
  it('adjointness: ⟨conv(x), y⟩ = ⟨x, convTranspose(y)⟩ with the same weight', () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 0, max: 1000 }), (pr, seed) => {
        const x = tensor([pr.cin, ...pr.axes.map((a) => a.i)], seed);
        const w = tensor([pr.cout, pr.cin / pr.groups, ...pr.axes.map((a) => a.k)], seed + 1);
        const cx = conv(x, w, convSpecOf(pr));
        const y = tensor(cx.shape, seed + 2);
        const cty = convTranspose(y, w, transposeSpecOf(pr));
        expect(cty.shape).toEqual(x.shape);
        expect(dot(cx.data, y.data)).toBe(dot(x.data, cty.data));
      }),
      { numRuns: 200 },
    );
  });

  it('section 4.1: C·x = conv(x) and Cᵀ·y = convTranspose(y), single channel', () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 0, max: 1000 }), (pr, seed) => {
        const spatial = pr.axes.map((a) => a.i);
        const kernel = pr.axes.map((a) => a.k);
        const x = tensor([1, ...spatial], seed);
        const w = tensor([1, 1, ...kernel], seed + 1);
        const spec = { ...convSpecOf(pr), groups: 1 };
        const C = linkMatrix(convLinks(spatial, spec));
        const cx = conv(x, w, spec);
        expect(Array.from(matVec(C, w.data, x.data))).toEqual(Array.from(cx.data));
        const y = tensor(cx.shape, seed + 2);
        const ct = convTranspose(y, w, { ...transposeSpecOf(pr), groups: 1 });
        expect(Array.from(matTVec(C, w.data, y.data))).toEqual(Array.from(ct.data));
      }),
      { numRuns: 200 },
    );
  });

  it('the transposed links give the same Cᵀ as the direct ones', () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 0, max: 1000 }), (pr, seed) => {
        const spec = { ...transposeSpecOf(pr), groups: 1 };
        const inSpatial = convOutputShape(
          pr.axes.map((a) => a.i),
          convSpecOf(pr),
        );
        const y = tensor([1, ...inSpatial], seed);
        const w = tensor([1, 1, ...spec.kernel], seed + 1);
        const T = linkMatrix(transposedLinks(inSpatial, spec));
        expect(Array.from(matTVec(T, w.data, y.data))).toEqual(
          Array.from(convTranspose(y, w, spec).data),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('sections 4.2–4.6: the equivalent direct conv with the rotated kernel equals convTranspose', () => {
    const opArb = fc.integer({ min: 0, max: 3 });
    fc.assert(
      fc.property(problemArb, opArb, fc.integer({ min: 0, max: 1000 }), (pr, opSeed, seed) => {
        const spec = {
          kernel: pr.axes.map((a) => a.k),
          stride: pr.axes.map((a) => a.s),
          dilation: pr.axes.map((a) => a.d),
          padding: pr.axes.map((a) => a.p),
          outputPadding: pr.axes.map((a) => opSeed % Math.max(a.s, a.d)),
          groups: pr.groups,
        };
        const inSpatial = pr.axes.map((a) => a.i);
        let expected: Tensor;
        try {
          expected = convTranspose(
            tensor([pr.cin, ...inSpatial], seed),
            tensor([pr.cin, pr.cout / pr.groups, ...spec.kernel], seed + 1),
            spec,
          );
        } catch {
          return; // output size ≤ 0: nothing to compare
        }
        const eq = equivalentConvTensors(
          tensor([pr.cin, ...inSpatial], seed),
          tensor([pr.cin, pr.cout / pr.groups, ...spec.kernel], seed + 1),
          spec,
        );
        const actual = conv(eq.input, eq.weight, eq.spec);
        expect(actual.shape).toEqual(expected.shape);
        expect(Array.from(actual.data)).toEqual(Array.from(expected.data));
        pr.axes.forEach((a, axis) => {
          const e = transposedEquivalent({
            input: a.i,
            kernel: a.k,
            stride: a.s,
            dilation: a.d,
            padBefore: a.p,
            padAfter: a.p,
            outputPadding: spec.outputPadding[axis],
          });
          expect(e.output).toBe(expected.shape[axis + 1]);
          expect(e.stretched + e.padBefore + e.padAfter).toBe(eq.input.shape[axis + 1]);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('every shape function agrees with the shape of the computed tensor', () => {
    fc.assert(
      fc.property(problemArb, fc.boolean(), (pr, ceilMode) => {
        const spatial = pr.axes.map((a) => a.i);
        const x = tensor([pr.cin, ...spatial], 1);
        const w = tensor([pr.cout, pr.cin / pr.groups, ...pr.axes.map((a) => a.k)], 2);
        expect(conv(x, w, convSpecOf(pr)).shape.slice(1)).toEqual(
          convOutputShape(spatial, convSpecOf(pr)),
        );
        const ts = transposeSpecOf(pr);
        const small = convOutputShape(spatial, convSpecOf(pr));
        const y = tensor([pr.cin, ...small], 4);
        const shapeT = convTransposeOutputShape(small, ts);
        expect(shapeT).toEqual(spatial);
        expect(convTranspose(y, tensor([pr.cin, 1, ...ts.kernel], 3), ts).shape.slice(1)).toEqual(
          shapeT,
        );
        const ps = {
          mode: 'max' as const,
          kernel: pr.axes.map((a) => a.k),
          stride: pr.axes.map((a) => a.s),
          dilation: pr.axes.map((a) => a.d),
          padding: pr.axes.map((a) => Math.min(a.p, Math.floor(a.k / 2))),
          ceilMode,
        };
        let shape: number[];
        try {
          shape = poolOutputShape(spatial, ps);
        } catch {
          expect(() => pool(x, ps)).toThrow();
          return;
        }
        expect(pool(x, ps).shape.slice(1)).toEqual(shape);
      }),
      { numRuns: 200 },
    );
  });
});
