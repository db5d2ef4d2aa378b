// Laws of layer stacks, on random stacks: the influence set and its path counts agree with brute
// force over the single-layer index maps, Distill's closed forms describe the unclipped field,
// and what a cell reaches forward mirrors what reaches it backward.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { colLinks, convLinks, poolLinks, rowLinks, transposedLinks } from './indexMap';
import { pathGrid, receptiveField, receptiveFieldSummary, stackCellLinks } from './receptiveField';
import { stackShapes, type Layer } from './stack';
import { numel } from './tensor';

const pair = (lo: number, hi: number) =>
  fc.tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: lo, max: hi }));

const convArb: fc.Arbitrary<Layer> = fc
  .record({ k: pair(1, 4), s: pair(1, 3), p: pair(0, 2), d: pair(1, 2) })
  .map(({ k, s, p, d }) => ({
    op: 'conv',
    spec: { kernel: k, stride: s, padding: p, dilation: d },
  }));

const transposedArb: fc.Arbitrary<Layer> = fc
  .record({ k: pair(1, 4), s: pair(1, 3), p: pair(0, 2), d: pair(1, 2), a: pair(0, 2) })
  .map(({ k, s, p, d, a }) => ({
    op: 'convTranspose',
    spec: { kernel: k, stride: s, padding: p, dilation: d, outputPadding: a },
  }));

const poolArb: fc.Arbitrary<Layer> = fc
  .record({
    mode: fc.constantFrom<('max' | 'avg')[]>('max', 'avg'),
    k: pair(1, 3),
    s: pair(1, 3),
    p: pair(0, 1),
    ceilMode: fc.boolean(),
  })
  .map(({ mode, k, s, p, ceilMode }) => ({
    op: 'pool',
    spec: {
      mode,
      kernel: k,
      stride: s,
      padding: p.map((v, a) => Math.min(v, k[a] >> 1)),
      ceilMode,
    },
  }));

function accepted(input: number[], layers: Layer[]): number[][] | null {
  try {
    return stackShapes(input, layers);
  } catch {
    return null;
  }
}

/** Path counts on the input, by walking the single-layer links of every layer back from `cell`. */
function bruteForce(input: number[], layers: Layer[], shapes: number[][], cell: number[]) {
  const last = shapes[shapes.length - 1];
  let counts = new Map<number, number>([[cell[0] * last[1] + cell[1], 1]]);
  for (let l = layers.length - 1; l >= 0; l--) {
    const layer = layers[l];
    const next = new Map<number, number>();
    const add = (index: number, count: number) => next.set(index, (next.get(index) ?? 0) + count);
    if (layer.op === 'convTranspose') {
      const geo = transposedLinks(shapes[l], layer.spec);
      counts.forEach((count, at) => colLinks(geo, at).forEach((link) => add(link.row, count)));
    } else {
      const geo =
        layer.op === 'conv' ? convLinks(shapes[l], layer.spec) : poolLinks(shapes[l], layer.spec);
      counts.forEach((count, at) =>
        rowLinks(geo, at).forEach((link) => link.colIndex >= 0 && add(link.colIndex, count)),
      );
    }
    counts = next;
  }
  const grid = new Float64Array(numel(input));
  counts.forEach((count, at) => (grid[at] = count));
  return grid;
}

describe('stack laws', () => {
  it('the influence set and its path counts equal brute force over the index maps', () => {
    fc.assert(
      fc.property(
        pair(1, 12),
        fc.array(fc.oneof(convArb, transposedArb, poolArb), { minLength: 1, maxLength: 4 }),
        pair(0, 1000),
        (input, layers, pick) => {
          const shapes = accepted(input, layers);
          fc.pre(shapes !== null);
          const last = shapes![shapes!.length - 1];
          const cell = last.map((size, a) => pick[a] % size);
          const field = receptiveField(input, layers, cell);
          expect(Array.from(pathGrid(field, input))).toEqual(
            Array.from(bruteForce(input, layers, shapes!, cell)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a direct stack's unclipped field of cell o starts at o·S − P and spans r cells", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(convArb, poolArb), { minLength: 1, maxLength: 5 }),
        (layers) => {
          const summary = receptiveFieldSummary(layers);
          // Large enough that the middle cell's field fits, on every axis.
          const input = summary.map((a) => 4 * (a.size + a.padding + a.jump));
          const shapes = accepted(input, layers);
          fc.pre(shapes !== null);
          const out = shapes![shapes!.length - 1];
          const cell = out.map((size) => size >> 1);
          const field = receptiveField(input, layers, cell);
          field.forEach((axis, a) => {
            const start = cell[a] * summary[a].jump - summary[a].padding;
            expect(start).toBeGreaterThanOrEqual(0);
            expect(axis.indices[0]).toBe(start);
            expect(axis.indices[axis.indices.length - 1] - start + 1).toBe(summary[a].size);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a cell reaches a later cell by as many paths as that cell is reached from it', () => {
    fc.assert(
      fc.property(
        pair(1, 10),
        fc.array(fc.oneof(convArb, transposedArb, poolArb), { minLength: 1, maxLength: 3 }),
        fc.nat(),
        pair(0, 1000),
        (input, layers, mapPick, pick) => {
          const shapes = accepted(input, layers);
          fc.pre(shapes !== null);
          const map = mapPick % layers.length;
          const cell = shapes![map].map((size, a) => pick[a] % size);
          const reach = stackCellLinks(input, layers, map, cell)[layers.length];
          reach[0].indices.forEach((row, m) =>
            reach[1].indices.forEach((col, n) => {
              const back = stackCellLinks(input, layers, layers.length, [row, col])[map];
              const at = back.map((axis, a) => axis.indices.indexOf(cell[a]));
              expect(at.every((index) => index >= 0)).toBe(true);
              expect(back[0].paths[at[0]] * back[1].paths[at[1]]).toBe(
                reach[0].paths[m] * reach[1].paths[n],
              );
            }),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
