import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  channelCounts,
  channelFixes,
  channelGroups,
  channelPartialSums,
  checkGroups,
  groupOfOutput,
  macRatio,
  separableSaving,
} from './channels';
import { conv } from './conv';
import { ConfigError } from './errors';
import { convLinks } from './indexMap';

// Expectations are worked by hand from docs/semantics.md §2.4 (PyTorch's groups) or written
// as an independent sum; the values behind them come from `conv`, never from the code tested.

describe('checkGroups: PyTorch’s constructor checks, in its order', () => {
  it.each([
    [4, 8, 2],
    [3, 6, 3], // depthwise with channel multiplier 2
    [16, 16, 16],
    [5, 7, 1],
  ])('Conv2d(%i, %i, groups=%i) is accepted', (cin, cout, g) => {
    expect(() => checkGroups(cin, cout, g)).not.toThrow();
  });

  it.each([
    [4, 8, 0, 'groups-integer', 'groups must be a positive integer, got 0'],
    [6, 8, 4, 'groups-in', 'in_channels must be divisible by groups: 6 input channels, 4 groups'],
    [
      8,
      6,
      4,
      'groups-out',
      'out_channels must be divisible by groups: 6 output channels, 4 groups',
    ],
    // both fail: the input channels are checked first, as PyTorch does
    [6, 6, 4, 'groups-in', 'in_channels must be divisible by groups: 6 input channels, 4 groups'],
  ])('Conv2d(%i, %i, groups=%i) is refused: %s', (cin, cout, g, constraint, message) => {
    let error: unknown;
    try {
      checkGroups(cin, cout, g);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).constraint).toBe(constraint);
    expect((error as ConfigError).message).toBe(message);
  });
});

describe('channelGroups and groupOfOutput', () => {
  it('Conv2d(4, 8, groups=2): channels 0–1 feed outputs 0–3, channels 2–3 feed 4–7', () => {
    expect(channelGroups(4, 8, 2)).toEqual([
      { index: 0, inStart: 0, inCount: 2, outStart: 0, outCount: 4 },
      { index: 1, inStart: 2, inCount: 2, outStart: 4, outCount: 4 },
    ]);
    expect([0, 3, 4, 7].map((co) => groupOfOutput(co, 8, 2))).toEqual([0, 0, 1, 1]);
  });

  it('depthwise with multiplier 2: output channels 2j and 2j + 1 read input channel j', () => {
    const groups = channelGroups(3, 6, 3);
    expect(groups.map((g) => [g.inStart, g.outStart, g.outCount])).toEqual([
      [0, 0, 2],
      [1, 2, 2],
      [2, 4, 2],
    ]);
  });

  it('groups partition both channel sets (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        (g, a, b) => {
          const groups = channelGroups(g * a, g * b, g);
          const ins = groups.flatMap((x) =>
            Array.from({ length: x.inCount }, (_, i) => x.inStart + i),
          );
          const outs = groups.flatMap((x) =>
            Array.from({ length: x.outCount }, (_, i) => x.outStart + i),
          );
          expect(ins).toEqual(Array.from({ length: g * a }, (_, i) => i));
          expect(outs).toEqual(Array.from({ length: g * b }, (_, i) => i));
          outs.forEach((co) =>
            expect(groups[groupOfOutput(co, g * b, g)].outStart).toBeLessThanOrEqual(co),
          );
        },
      ),
    );
  });
});

describe('channelCounts: what torchinfo prints', () => {
  it('Conv2d(4, 8, 3, groups=2) on 5 × 5 with padding 1: weight (8, 2, 3, 3) (§2.4)', () => {
    expect(channelCounts(4, 8, 2, [3, 3], [5, 5])).toEqual({
      weightShape: [8, 2, 3, 3],
      weights: 144,
      withBias: 152,
      macsPerOutput: 18,
      outputs: 200,
      macs: 3600,
    });
  });

  it('ResNet-50’s first layer, Conv2d(3, 64, 7, stride 2) → 112 × 112: 9,408 weights, 118,013,952 MACs', () => {
    const counts = channelCounts(3, 64, 1, [7, 7], [112, 112]);
    expect([counts.weights, counts.withBias, counts.macs]).toEqual([9408, 9472, 118013952]);
  });

  it('MobileNet’s depthwise 3 × 3 on 32 channels at 112 × 112: 288 weights, 3,612,672 MACs', () => {
    const counts = channelCounts(32, 32, 32, [3, 3], [112, 112]);
    expect(counts.weightShape).toEqual([32, 1, 3, 3]);
    expect([counts.weights, counts.macs]).toEqual([288, 3612672]);
  });

  it('grouping divides weights and multiply-adds by the groups (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 5 }),
        (g, a, b, k) => {
          const grouped = channelCounts(g * a, g * b, g, [k, k], [4, 3]);
          const standard = channelCounts(g * a, g * b, 1, [k, k], [4, 3]);
          expect(grouped.weights * g).toBe(standard.weights);
          expect(grouped.macs * g).toBe(standard.macs);
          expect(grouped.withBias - grouped.weights).toBe(g * b);
        },
      ),
    );
  });
});

describe('macRatio', () => {
  it.each([
    // depthwise-separable, stride 1: k²·N / (k² + N)
    [3, 16, (9 * 16) / (9 + 16)],
    [3, 64, (9 * 64) / (9 + 64)],
    [5, 8, (25 * 8) / (25 + 8)],
  ])('k = %i, N = %i outputs: standard / separable = k²N/(k² + N)', (k, n, expected) => {
    const c = 8;
    const out: [number, number] = [6, 6];
    const standard = channelCounts(c, n, 1, [k, k], out).macs;
    const separable =
      channelCounts(c, c, c, [k, k], out).macs + channelCounts(c, n, 1, [1, 1], out).macs;
    expect(macRatio(standard, separable)).toBeCloseTo(expected, 12);
    expect(separableSaving([k, k], n)).toBeCloseTo(expected, 12);
  });

  it('separableSaving: 3 × 3 to 16 outputs saves 144/25 = 5.76×', () => {
    expect(separableSaving([3, 3], 16)).toBe(5.76);
  });
});

describe('channelPartialSums: the shares of each input channel add up to conv', () => {
  const seq = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));

  it('1 × 1 kernel, two channels, one group: w · x per channel', () => {
    const geo = convLinks([1, 1], { kernel: [1, 1] });
    expect(channelPartialSums(geo, [2, 3], [10, 100], 2, 1, 0, 0)).toEqual([
      { channel: 0, value: 20 },
      { channel: 1, value: 300 },
    ]);
  });

  it('a tap on padding adds nothing: 2 × 2 input, 3 × 3 ones kernel, padding 1, corner cell', () => {
    // The window of output (0, 0) covers input cells (0,0), (0,1), (1,0), (1,1): 1 + 2 + 3 + 4.
    const geo = convLinks([2, 2], { kernel: [3, 3], padding: [1, 1] });
    expect(
      channelPartialSums(
        geo,
        [1, 2, 3, 4],
        seq(9, () => 1),
        1,
        1,
        0,
        0,
      ),
    ).toEqual([{ channel: 0, value: 10 }]);
  });

  it('grouped: output channel 3 of Conv2d(4, 4, groups=2) reads input channels 2 and 3 only', () => {
    const geo = convLinks([3, 3], { kernel: [2, 2] });
    const parts = channelPartialSums(
      geo,
      seq(36, (i) => i),
      seq(4 * 2 * 4, (i) => i % 3),
      4,
      2,
      3,
      0,
    );
    expect(parts.map((p) => p.channel)).toEqual([2, 3]);
  });

  it('totals equal conv’s output values for every cell (property, integer values)', () => {
    fc.assert(
      fc.property(
        fc.record({
          g: fc.integer({ min: 1, max: 3 }),
          a: fc.integer({ min: 1, max: 2 }),
          b: fc.integer({ min: 1, max: 2 }),
          i: fc.integer({ min: 3, max: 6 }),
          k: fc.integer({ min: 1, max: 3 }),
          s: fc.integer({ min: 1, max: 2 }),
          p: fc.integer({ min: 0, max: 1 }),
          d: fc.integer({ min: 1, max: 2 }),
          seed: fc.integer({ min: 0, max: 1000 }),
        }),
        ({ g, a, b, i, k, s, p, d, seed }) => {
          const [cin, cout] = [g * a, g * b];
          const spec = {
            kernel: [k, k],
            stride: [s, s],
            padding: [p, p],
            dilation: [d, d],
            groups: g,
          };
          const x = seq(cin * i * i, (n) => ((n * 7 + seed) % 5) - 1);
          const w = seq(cout * a * k * k, (n) => ((n * 3 + seed) % 4) - 2);
          let y;
          try {
            y = conv({ shape: [cin, i, i], data: x }, { shape: [cout, a, k, k], data: w }, spec);
          } catch {
            return; // kernel larger than the padded input: nothing to sum
          }
          const geo = convLinks([i, i], spec);
          const plane = y.shape[1] * y.shape[2];
          for (let co = 0; co < cout; co++) {
            for (let cell = 0; cell < plane; cell++) {
              const total = channelPartialSums(geo, x, w, cin, g, co, cell).reduce(
                (t, q) => t + q.value,
                0,
              );
              expect(total).toBe(y.data[co * plane + cell]);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('channelFixes: the nearest settings PyTorch accepts', () => {
  it('valid layers need none', () => {
    expect(channelFixes(4, 8, 2)).toEqual([]);
  });

  it.each([
    [6, 8, 4, ['Groups 4 → 2', 'Input channels 6 → 4']],
    [6, 9, 2, ['Groups 2 → 1', 'Groups 2 → 3', 'Output channels 9 → 8']],
    [6, 6, 4, ['Groups 4 → 3', 'Groups 4 → 6', 'Input channels 6 → 4, output channels 6 → 4']],
    [16, 15, 16, ['Groups 16 → 1', 'Output channels 15 → 16']],
  ])('Conv2d(%i, %i, groups=%i): %j', (cin, cout, g, labels) => {
    expect(channelFixes(cin, cout, g).map((f) => f.label)).toEqual(labels);
  });

  it('every fix is accepted by checkGroups and stays inside 1–16 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 1, max: 16 }),
        (cin, cout, g) => {
          for (const fix of channelFixes(cin, cout, g)) {
            const next = { groups: g, inChannels: cin, outChannels: cout };
            for (const change of fix.changes)
              next[change.param as keyof typeof next] = change.value;
            expect(() => checkGroups(next.inChannels, next.outChannels, next.groups)).not.toThrow();
            Object.values(next).forEach((v) => expect(v).toBeGreaterThanOrEqual(1));
            Object.values(next).forEach((v) => expect(v).toBeLessThanOrEqual(16));
          }
        },
      ),
    );
  });
});
