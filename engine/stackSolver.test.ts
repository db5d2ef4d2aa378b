import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLayers, tokenLayer } from './layerText';
import { convOutputShape, convTransposeOutputShape, poolOutputShape } from './shape';
import type { Layer, LayerKind } from './stack';
import { solveLayer, stackInputSizes, undoOutputPadding, type LayerSolution } from './stackSolver';
import { caughtConfigError } from './testing/caught';

const layersOf = (text: string): Layer[] => parseLayers(text).layers.map(tokenLayer);
const short = (c: LayerSolution) =>
  `k${c.kernel}s${c.stride}p${c.padding}` +
  (c.dilation > 1 ? `d${c.dilation}` : '') +
  (c.outputPadding ? `o${c.outputPadding}` : '');

const SMALL = {
  kernel: { min: 1, max: 4 },
  stride: { min: 1, max: 3 },
  dilation: { min: 1, max: 2 },
  padding: { min: 0, max: 3 },
  outputPadding: { min: 0, max: 2 },
};

describe('solveLayer', () => {
  it('conv 5 → 3: all four settings, in the documented order', () => {
    // By hand with Relationship 6: s = 1 needs k − 2p = 3; s = 2 needs 2p − k ∈ [−1, 0].
    const limits = { ...SMALL, kernel: { min: 1, max: 3 }, stride: { min: 1, max: 2 } };
    const { solutions, total } = solveLayer({
      kind: 'conv',
      input: 5,
      output: 3,
      limits: { ...limits, dilation: { min: 1, max: 1 }, padding: { min: 0, max: 1 } },
    });
    expect(solutions.map(short)).toEqual(['k3s1p0', 'k3s2p1', 'k2s2p1', 'k1s2p0']);
    expect(total).toBe(4);
  });

  it.each<[string, LayerKind, number, number, string]>([
    ['a 3×3 stride-2 conv halves 32', 'conv', 32, 16, 'k3s2p1'],
    ['a conv that keeps 32: the 1×1 first, then 3×3 p1', 'conv', 32, 32, 'k1s1p0'],
    ['max pool 2 halves 112', 'maxPool', 112, 56, 'k2s2p0'],
    ['global average pool 7 → 1', 'avgPool', 7, 1, 'k7s7p0'],
    ['transposed k2 s2 doubles 16', 'convTranspose', 16, 32, 'k2s2p0'],
    ["DCGAN's first layer: 1 → 4", 'convTranspose', 1, 4, 'k4s1p0'],
  ])('%s', (_name, kind, input, output, first) => {
    expect(short(solveLayer({ kind, input, output }).solutions[0])).toBe(first);
  });

  it('finds the paper figure 4.7 transposed layer, with its a = 1', () => {
    const texts = solveLayer({ kind: 'convTranspose', input: 3, output: 6 }).solutions.map(short);
    expect(texts).toContain('k3s2p1o1');
  });

  it("follows ceil mode's dropped window: 5 → 3 with k2 s2 p1", () => {
    const texts = solveLayer({
      kind: 'maxPool',
      input: 5,
      output: 3,
      ceilMode: true,
      limits: SMALL,
    }).solutions.map(short);
    expect(texts).toContain('k2s2p1');
    const floor = solveLayer({ kind: 'maxPool', input: 5, output: 3, limits: SMALL });
    expect(floor.solutions.map(short)).not.toContain('k2s2p0');
  });

  it('gives average pooling no dilation and caps the count', () => {
    const result = solveLayer({ kind: 'avgPool', input: 20, output: 10, max: 3 });
    expect(result.solutions).toHaveLength(3);
    expect(result.total).toBeGreaterThan(3);
    expect(result.solutions.every((c) => c.dilation === 1)).toBe(true);
  });

  it('returns nothing for sizes that cannot be', () => {
    expect(solveLayer({ kind: 'conv', input: 0, output: 3 })).toEqual({ solutions: [], total: 0 });
    expect(solveLayer({ kind: 'conv', input: 3, output: 200 }).total).toBe(0);
  });

  it('finds exactly the settings the shape functions accept (small limits)', () => {
    const shapeOf = (kind: LayerKind, i: number, c: LayerSolution): number | null => {
      const one = (x: number) => [x];
      try {
        if (kind === 'conv') {
          return convOutputShape(one(i), {
            kernel: one(c.kernel),
            stride: one(c.stride),
            dilation: one(c.dilation),
            padding: one(c.padding),
          })[0];
        }
        if (kind === 'convTranspose') {
          return convTransposeOutputShape(one(i), {
            kernel: one(c.kernel),
            stride: one(c.stride),
            dilation: one(c.dilation),
            padding: one(c.padding),
            outputPadding: one(c.outputPadding),
          })[0];
        }
        return poolOutputShape(one(i), {
          mode: kind === 'maxPool' ? 'max' : 'avg',
          kernel: one(c.kernel),
          stride: one(c.stride),
          dilation: one(c.dilation),
          padding: one(c.padding),
        })[0];
      } catch {
        return null;
      }
    };
    fc.assert(
      fc.property(
        fc.constantFrom<LayerKind[]>('conv', 'convTranspose', 'maxPool', 'avgPool'),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (kind, input, output) => {
          const expected: string[] = [];
          for (let kernel = 1; kernel <= 4; kernel++)
            for (let stride = 1; stride <= 3; stride++)
              for (let dilation = 1; dilation <= 2; dilation++)
                for (let padding = 0; padding <= 3; padding++)
                  for (let outputPadding = 0; outputPadding <= 2; outputPadding++) {
                    if (kind !== 'convTranspose' && outputPadding > 0) continue;
                    const c = { kernel, stride, dilation, padding, outputPadding };
                    if (shapeOf(kind, input, c) === output) expected.push(short(c));
                  }
          const got = solveLayer({ kind, input, output, limits: SMALL, max: 1000 });
          expect(got.solutions.map(short).sort()).toEqual(expected.sort());
          expect(got.total).toBe(expected.length);
        },
      ),
      { numRuns: 150 },
    );
    // 150 brute-force searches take about 4 s on a busy two-core machine, near the default
    // 5 s limit; the time is not what this test checks.
  }, 60_000);
});

describe('undoOutputPadding', () => {
  it.each<[string, number[], string, number[]]>([
    ['figure 4.7: i = 6, k3 s2 p1 → a = 1; i = 5 → a = 0', [6, 5], 'c3s2p1', [1, 0]],
    ['a stride-3 conv: a = (i + 2p − k) mod s = (10 − 2) mod 3 = 2', [10, 10], 'c2s3', [2, 2]],
    ['max pool 2 on an odd size: a = 1', [7, 8], 'm2', [1, 0]],
  ])('%s', (_name, input, text, a) => {
    const undo = undoOutputPadding(input, layersOf(text)[0]);
    expect(undo).toEqual(input.map((target, n) => ({ target, outputPadding: a[n] })));
  });

  it('names the limit when the needed a is not below max(stride, dilation)', () => {
    // k3 s1 on 5 gives 3; a k2 s1 transposed layer gives 4, one short, and a must be < 1.
    const [undo] = undoOutputPadding([5], oneAxis('c3'), { kernel: [2] });
    expect(undo).toEqual({
      target: 5,
      outputPadding: null,
      needed: 1,
      reason:
        'on axis 0 (length) it needs output padding 1, but PyTorch allows output_padding < max(stride 1, dilation 1) = 1',
    });
  });

  it('says when the transposed layer is already too large', () => {
    const [undo] = undoOutputPadding([4], oneAxisPool(2), { kernel: [4], stride: [2] });
    expect(undo).toMatchObject({ target: 4, outputPadding: null, needed: -2 });
    expect(undo.outputPadding === null && undo.reason).toMatch(/already gives 6 > 4/);
  });

  it('refuses a transposed layer to undo', () => {
    expect(caughtConfigError(() => undoOutputPadding([4], layersOf('t2s2')[0])).constraint).toBe(
      'undo-transposed',
    );
  });
});

function oneAxis(text: string): Layer {
  const [layer] = layersOf(text);
  const spec = Object.fromEntries(
    Object.entries(layer.spec).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.slice(0, 1) : value,
    ]),
  );
  return { op: layer.op, spec } as Layer;
}

function oneAxisPool(k: number): Layer {
  return { op: 'pool', spec: { mode: 'max', kernel: [k] } };
}

describe('stackInputSizes', () => {
  it('marks the sizes a pool leaves a cell of, and the whole ones', () => {
    const sizes = stackInputSizes([8, 8], layersOf('m2'), 0, { min: 3, max: 6 });
    expect(sizes.map((e) => [e.input, e.output, e.whole, e.unevenAt])).toEqual([
      [3, 1, false, [0]],
      [4, 2, true, []],
      [5, 2, false, [0]],
      [6, 3, true, []],
    ]);
  });

  it('gives the refused layer where PyTorch refuses', () => {
    const sizes = stackInputSizes([9, 9], layersOf('c3,c5'), 1, { min: 5, max: 7 });
    expect(sizes.map((e) => [e.input, e.output, e.refusedAt, e.whole])).toEqual([
      [5, null, 1, false],
      [6, null, 1, false],
      [7, 1, null, true],
    ]);
  });

  it('caps the range at 512 sizes and refuses a missing axis', () => {
    expect(stackInputSizes([4], [], 0, { min: 1, max: 10_000 })).toHaveLength(512);
    expect(
      caughtConfigError(() => stackInputSizes([4], [], 1, { min: 1, max: 2 })).constraint,
    ).toBe('axis-range');
  });
});
