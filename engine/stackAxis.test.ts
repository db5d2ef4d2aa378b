// A stack on one axis, by hand and against whole traces: `stackInputSizes` row by row as it was
// computed before, one `traceStack` per input size.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLayers, tokenLayer } from './layerText';
import { traceStack, type Layer } from './stack';
import { axisLeftover, axisOutput, axisReach, layerAxisRules, type AxisRule } from './stackAxis';
import { stackInputSizes, type StackInputSize } from './stackSolver';

const layersOf = (text: string): Layer[] => parseLayers(text).layers.map(tokenLayer);
const rule = (fields: Partial<AxisRule>): AxisRule => ({
  kind: 'conv',
  kernel: 3,
  stride: 1,
  dilation: 1,
  padBefore: 0,
  padAfter: 0,
  outputPadding: 0,
  ceilMode: false,
  ...fields,
});

describe('one layer on one axis', () => {
  it('resolves each axis of a layer, and refuses bad arguments or another rank', () => {
    const [h, w] = layerAxisRules(layersOf('c3x5s2p1')[0], 2)!;
    expect([h.kind, h.kernel, h.stride, h.padBefore, h.padAfter]).toEqual(['conv', 3, 2, 1, 1]);
    expect([w.kernel, w.stride]).toEqual([5, 2]);
    // 'same' splits d(k − 1) = 3 as 1 before, 2 after.
    const [same] = layerAxisRules({ op: 'conv', spec: { kernel: [4], padding: 'same' } }, 1)!;
    expect([same.padBefore, same.padAfter]).toEqual([1, 2]);
    // A pool's stride defaults to its kernel.
    const [pool] = layerAxisRules({ op: 'pool', spec: { mode: 'max', kernel: [3] } }, 1)!;
    expect([pool.kind, pool.stride]).toEqual(['pool', 3]);
    expect(layerAxisRules({ op: 'pool', spec: { mode: 'max', kernel: [2] } }, 2)).toBeNull();
    const stridedSame: Layer = { op: 'conv', spec: { kernel: [3], stride: [2], padding: 'same' } };
    expect(layerAxisRules(stridedSame, 1)).toBeNull();
    const outputPadding: Layer = {
      op: 'convTranspose',
      spec: { kernel: [3], stride: [2], outputPadding: [2] },
    };
    expect(layerAxisRules(outputPadding, 1)).toBeNull();
  });

  it('gives the output size, 0 where PyTorch refuses the input size', () => {
    // ⌊(6 + 2 − 3)/2⌋ + 1 = 3; a padded input of 2 is smaller than the kernel 3.
    expect(axisOutput(rule({ stride: 2, padBefore: 1, padAfter: 1 }), 6)).toBe(3);
    expect(axisOutput(rule({}), 2)).toBe(0);
    expect(axisOutput(rule({ dilation: 2 }), 5)).toBe(1);
    // Transposed: (3 − 1)·2 − 2 + 2 + 1 + 1 = 6 (figure 4.7); (1 − 1)·1 − 4 + 2 + 1 < 1.
    const transposed = rule({ kind: 'convTranspose', stride: 2, padBefore: 1, padAfter: 1 });
    expect(axisOutput({ ...transposed, outputPadding: 1 }, 3)).toBe(6);
    expect(axisOutput(rule({ kind: 'convTranspose', padBefore: 2, padAfter: 2 }), 1)).toBe(0);
    // Ceil mode: ⌈(5 − 2)/2⌉ + 1 = 3 windows.
    const pool = rule({ kind: 'pool', kernel: 2, stride: 2 });
    expect(axisOutput(pool, 5)).toBe(2);
    expect(axisOutput({ ...pool, ceilMode: true }, 5)).toBe(3);
    expect(axisOutput(pool, 1)).toBe(0);
  });

  it('gives the cells left over after the last window', () => {
    const pool = rule({ kind: 'pool', kernel: 2, stride: 2 });
    expect(axisLeftover(pool, 5, 2)).toBe(1);
    expect(axisLeftover(pool, 4, 2)).toBe(0);
    // The third ceil-mode window hangs one cell past the input: 5 − (2·2 + 2).
    expect(axisLeftover({ ...pool, ceilMode: true }, 5, 3)).toBe(-1);
    expect(axisLeftover(rule({ stride: 2, padBefore: 1, padAfter: 1 }), 6, 3)).toBe(1);
    expect(axisLeftover(rule({ kind: 'convTranspose', stride: 3 }), 4, 12)).toBe(0);
  });

  it('finds the first layer that refuses a size', () => {
    const rules = layersOf('c3,c3,c3').map((layer) => layerAxisRules(layer, 2)![0]);
    expect(axisReach(rules, 7)).toBe(3);
    expect(axisReach(rules, 5)).toBe(2);
    expect(axisReach(rules, 2)).toBe(0);
    expect(axisReach([rules[0], null, rules[2]], 9)).toBe(1);
  });
});

/** `stackInputSizes` as it was: one whole trace per input size. */
function traced(input: readonly number[], layers: Layer[], axis: number, min: number, max: number) {
  const sizes: StackInputSize[] = [];
  for (let n = min; n <= max; n++) {
    const shape = input.slice();
    shape[axis] = n;
    const trace = traceStack(shape, layers);
    const unevenAt = trace.steps.flatMap((step, index) =>
      step.leftover[axis] !== 0 ? [index] : [],
    );
    const refusedAt = trace.error ? (trace.error.layer ?? 0) : null;
    sizes.push({
      input: n,
      output: trace.error ? null : trace.shapes[trace.shapes.length - 1][axis],
      refusedAt,
      unevenAt,
      whole: refusedAt === null && unevenAt.length === 0,
    });
  }
  return sizes;
}

const pair = (lo: number, hi: number) =>
  fc.tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: lo, max: hi }));

// Arguments PyTorch refuses are drawn too: 'same' with a stride, output padding too large,
// pool padding over half the kernel, average pooling with dilation, a kernel of one axis.
const convArb: fc.Arbitrary<Layer> = fc
  .record({
    k: pair(1, 5),
    s: pair(1, 3),
    d: pair(1, 2),
    padding: fc.oneof(
      pair(0, 3),
      fc.tuple(pair(0, 2), pair(0, 2)),
      fc.constantFrom<('same' | 'valid')[]>('same', 'valid'),
    ),
  })
  .map(({ k, s, d, padding }) => ({
    op: 'conv',
    spec: { kernel: k, stride: s, dilation: d, padding },
  }));

const transposedArb: fc.Arbitrary<Layer> = fc
  .record({ k: pair(1, 4), s: pair(1, 3), p: pair(0, 3), d: pair(1, 2), a: pair(0, 2) })
  .map(({ k, s, p, d, a }) => ({
    op: 'convTranspose',
    spec: { kernel: k, stride: s, padding: p, dilation: d, outputPadding: a },
  }));

const poolArb: fc.Arbitrary<Layer> = fc
  .record({
    mode: fc.constantFrom<('max' | 'avg')[]>('max', 'avg'),
    k: pair(1, 4),
    s: fc.option(pair(1, 3), { nil: undefined }),
    p: pair(0, 2),
    d: pair(1, 2),
    ceilMode: fc.boolean(),
  })
  .map(({ mode, k, s, p, d, ceilMode }) => ({
    op: 'pool',
    spec: { mode, kernel: k, stride: s, padding: p, dilation: d, ceilMode },
  }));

const oneAxisArb: fc.Arbitrary<Layer> = fc
  .integer({ min: 1, max: 3 })
  .map((k) => ({ op: 'conv', spec: { kernel: [k] } }));

const layerArb = fc.oneof(
  { arbitrary: convArb, weight: 4 },
  { arbitrary: transposedArb, weight: 2 },
  { arbitrary: poolArb, weight: 3 },
  { arbitrary: oneAxisArb, weight: 1 },
);

describe('stackInputSizes on random stacks', () => {
  it('gives every row a whole trace of that input gives', () => {
    fc.assert(
      fc.property(
        fc.array(layerArb, { maxLength: 6 }),
        pair(1, 24),
        fc.integer({ min: 0, max: 1 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (layers, input, axis, min, span) => {
          const expected = traced(input, layers, axis, min, min + span);
          const range = { min, max: min + span };
          expect(stackInputSizes(input, layers, axis, range)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);

  it('refuses every size alike when the other axis is not a size', () => {
    const layers = layersOf('c3,m2');
    expect(stackInputSizes([4, 0], layers, 0, { min: 3, max: 5 })).toEqual(
      traced([4, 0], layers, 0, 3, 5),
    );
    expect(stackInputSizes([4, 2.5], layers, 0, { min: 1, max: 2 })[1]).toEqual({
      input: 2,
      output: null,
      refusedAt: 0,
      unevenAt: [],
      whole: false,
    });
  });
});
