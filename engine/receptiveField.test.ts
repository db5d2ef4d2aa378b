import { describe, expect, it } from 'vitest';
import { caughtConfigError } from './testing/caught';
import {
  layerLinkCounts,
  pathGrid,
  receptiveField,
  receptiveFieldProgression,
  receptiveFieldSummary,
  stackCellLinks,
} from './receptiveField';
import { stackSteps, type Layer } from './stack';

/** One-axis layers, to keep the hand-worked tables short. */
const conv = (k: number, s = 1, p = 0, d = 1): Layer => ({
  op: 'conv',
  spec: { kernel: [k], stride: [s], padding: [p], dilation: [d] },
});
const up = (k: number, s = 1, p = 0): Layer => ({
  op: 'convTranspose',
  spec: { kernel: [k], stride: [s], padding: [p] },
});
const pool = (k: number, s = k, p = 0, ceilMode = false): Layer => ({
  op: 'pool',
  spec: { mode: 'max', kernel: [k], stride: [s], padding: [p], ceilMode },
});

// Counted by hand: a path is one choice of kernel tap (or window member) per layer.
const FIELDS: [string, number, Layer[], number, number[], number[]][] = [
  [
    'two 3-taps: 1, 2, 3, 2, 1 (the centre is reached most)',
    5,
    [conv(3), conv(3)],
    0,
    [0, 1, 2, 3, 4],
    [1, 2, 3, 2, 1],
  ],
  ['padding is excluded: clipped at the border', 4, [conv(3, 1, 1)], 0, [0, 1], [1, 1]],
  ['dilation 2 leaves holes (figure 5.1)', 5, [conv(3, 1, 0, 2)], 0, [0, 2, 4], [1, 1, 1]],
  [
    'stride 2 then 3 taps: overlaps counted twice',
    7,
    [conv(3, 2), conv(3)],
    0,
    [0, 1, 2, 3, 4, 5, 6],
    [1, 1, 2, 1, 2, 1, 1],
  ],
  ['stride 3 over 1 tap skips cells', 7, [conv(1, 3), conv(3)], 0, [0, 3, 6], [1, 1, 1]],
  ['transposed k3 s2: an odd output cell has one source', 3, [up(3, 2)], 3, [1], [1]],
  [
    'transposed k3 s2: an even output cell has two (the checkerboard)',
    3,
    [up(3, 2)],
    2,
    [0, 1],
    [1, 1],
  ],
  ['max pool 2: its window', 4, [pool(2)], 1, [2, 3], [1, 1]],
  ['ceil mode: the last window holds only what is inside', 5, [pool(2, 2, 0, true)], 2, [4], [1]],
  ['a cell that reads only padding has no field', 3, [conv(1, 2, 1)], 0, [], []],
];

describe('receptiveField', () => {
  it.each(FIELDS)('%s', (_name, input, layers, cell, indices, paths) => {
    expect(receptiveField([input], layers, [cell])).toEqual([{ indices, paths }]);
  });

  it('gives each axis on its own (2-D: 3×3 conv, then 1×2 pool)', () => {
    const layers: Layer[] = [
      { op: 'conv', spec: { kernel: [3, 3] } },
      { op: 'pool', spec: { mode: 'avg', kernel: [1, 2] } },
    ];
    expect(receptiveField([4, 6], layers, [1, 1])).toEqual([
      { indices: [1, 2, 3], paths: [1, 1, 1] },
      { indices: [2, 3, 4, 5], paths: [1, 2, 2, 1] },
    ]);
  });

  it('with no layers, a cell influences itself', () => {
    expect(receptiveField([3, 3], [], [2, 0])).toEqual([
      { indices: [2], paths: [1] },
      { indices: [0], paths: [1] },
    ]);
  });

  it.each<[string, number[], string]>([
    ['outside the output', [3], 'cell-range'],
    ['negative', [-1], 'cell-range'],
    ['of another rank', [0, 0], 'cell-rank'],
  ])('refuses a cell %s', (_name, cell, constraint) => {
    expect(caughtConfigError(() => receptiveField([5], [conv(3)], cell)).constraint).toBe(
      constraint,
    );
  });

  it('refuses a stack PyTorch refuses, naming the layer', () => {
    expect(caughtConfigError(() => receptiveField([3], [conv(3), conv(3)], [0])).layer).toBe(1);
  });
});

describe('stackCellLinks', () => {
  const layers = [conv(3), conv(3)];

  it('lights what a middle cell reads and what it reaches', () => {
    expect(stackCellLinks([5], layers, 1, [1])).toEqual([
      [{ indices: [1, 2, 3], paths: [1, 1, 1] }],
      [{ indices: [1], paths: [1] }],
      [{ indices: [0], paths: [1] }],
    ]);
  });

  it('counts the paths forward from an input cell', () => {
    expect(stackCellLinks([5], layers, 0, [2])).toEqual([
      [{ indices: [2], paths: [1] }],
      [{ indices: [0, 1, 2], paths: [1, 1, 1] }],
      [{ indices: [0], paths: [3] }],
    ]);
  });

  it('follows a transposed layer forward: one input cell stamps the kernel', () => {
    expect(stackCellLinks([3], [up(3, 2)], 0, [1])[1]).toEqual([
      { indices: [2, 3, 4], paths: [1, 1, 1] },
    ]);
  });

  it('at the last map equals receptiveField', () => {
    expect(stackCellLinks([7], [conv(3, 2), conv(3)], 2, [0])[0]).toEqual(
      receptiveField([7], [conv(3, 2), conv(3)], [0]),
    );
  });

  it.each([-1, 3, 0.5])('refuses map %s', (map) => {
    expect(caughtConfigError(() => stackCellLinks([5], layers, map, [0])).constraint).toBe(
      'map-range',
    );
  });
});

describe('pathGrid', () => {
  it('multiplies the two axes', () => {
    const grid = pathGrid(
      [
        { indices: [0, 2], paths: [1, 2] },
        { indices: [1, 2], paths: [3, 1] },
      ],
      [3, 3],
    );
    expect(Array.from(grid)).toEqual([0, 3, 1, 0, 0, 0, 0, 6, 2]);
  });
});

// Distill's closed forms worked by hand: r += (k̂ − 1)·J, P += p·J, J ·= s, layer by layer.
const SUMMARIES: [string, Layer[], { size: number; jump: number; padding: number }][] = [
  ['one 3×3 conv', [conv(3)], { size: 3, jump: 1, padding: 0 }],
  ['ResNet stem', [conv(7, 2, 3), pool(3, 2, 1)], { size: 11, jump: 4, padding: 5 }],
  [
    'dilation folds into the kernel: k̂ = 2·(3 − 1) + 1 = 5',
    [conv(3, 1, 2, 2)],
    { size: 5, jump: 1, padding: 2 },
  ],
  [
    'DeepLab rates 6, 12, 18: 1 + 12 + 24 + 36',
    [conv(3, 1, 6, 6), conv(3, 1, 12, 12), conv(3, 1, 18, 18)],
    { size: 73, jump: 1, padding: 36 },
  ],
  [
    'ceil mode changes none of the three',
    [pool(2, 2, 0, true), conv(3)],
    { size: 6, jump: 2, padding: 0 },
  ],
  [
    "AlexNet's features (r = 195, S = 32)",
    [
      conv(11, 4, 2),
      pool(3, 2),
      conv(5, 1, 2),
      pool(3, 2),
      conv(3, 1, 1),
      conv(3, 1, 1),
      conv(3, 1, 1),
      pool(3, 2),
    ],
    { size: 195, jump: 32, padding: 66 },
  ],
];

describe('receptiveFieldSummary', () => {
  it.each(SUMMARIES)('%s', (_name, layers, summary) => {
    expect(receptiveFieldSummary(layers)).toEqual([summary]);
  });

  it("'same' padding counts its padding before: ⌊(4 − 1)/2⌋ = 1", () => {
    const same: Layer = { op: 'conv', spec: { kernel: [4], padding: 'same' } };
    expect(receptiveFieldSummary([same])).toEqual([{ size: 4, jump: 1, padding: 1 }]);
  });

  it('refuses a transposed layer, naming it', () => {
    const error = caughtConfigError(() => receptiveFieldSummary([conv(3), up(2, 2)]));
    expect([error.constraint, error.layer]).toEqual(['summary-transposed', 1]);
    expect(error.message).toMatch(/^layer 2: .*ConvTranspose2d/);
  });

  it('refuses a bad argument and mixed ranks, naming the layer', () => {
    const bad: Layer = { op: 'conv', spec: { kernel: [3], stride: [2], padding: 'same' } };
    expect(caughtConfigError(() => receptiveFieldSummary([conv(1), bad])).layer).toBe(1);
    const twoD: Layer = { op: 'conv', spec: { kernel: [3, 3] } };
    expect(caughtConfigError(() => receptiveFieldSummary([conv(1), twoD])).constraint).toBe(
      'layer-rank',
    );
  });
});

describe('receptiveFieldProgression', () => {
  it('starts at the input and gives every layer', () => {
    expect(receptiveFieldProgression([conv(3), pool(2), conv(3)])).toEqual([
      [{ size: 1, jump: 1, padding: 0 }],
      [{ size: 3, jump: 1, padding: 0 }],
      [{ size: 4, jump: 2, padding: 0 }],
      [{ size: 8, jump: 2, padding: 0 }],
    ]);
  });

  it('has one empty entry for an empty stack', () => {
    expect(receptiveFieldProgression([])).toEqual([[]]);
  });
});

describe('layerLinkCounts: the cells a layer never reads and uneven overlaps', () => {
  const counts = (input: number, layer: Layer) => layerLinkCounts(stackSteps([input], [layer])[0]);

  it.each<[string, number, Layer, number[], number[]]>([
    // windows 0–2 and 2–4: cell 2 read twice, cell 5 left behind by the floor (6 − 3) mod 2 = 1
    ['k3 s2 on 6: the floor drops the last cell', 6, conv(3, 2), [1, 1, 2, 1, 1, 0], [3, 3]],
    // windows start at 0, 3: cells 1, 2 and 4 are skipped
    ['k1 s3 on 5: the stride skips cells', 5, conv(1, 3), [1, 0, 0, 1, 0], [1, 1]],
    // p 1: the outer windows have one tap in the padding
    ['k3 p1 on 3: taps in the padding do not count', 3, conv(3, 1, 1), [2, 3, 2], [2, 3, 2]],
    // windows 0–1, 2–3; cell 4 is dropped
    ['max pool 2 on 5', 5, pool(2), [1, 1, 1, 1, 0], [2, 2]],
    // stamps at 2r − 1 + t: r0 → 0, 1; r1 → 1, 2, 3; r2 → 3, 4 (5 is cropped)
    ['transposed k3 s2 p1 on 3: uneven overlaps', 3, up(3, 2, 1), [2, 3, 2], [1, 2, 1, 2, 1]],
    // stamps 0–3 and 2–5: k a multiple of s overlaps evenly, two stamps wherever both reach
    ['transposed k4 s2 on 2: even inside', 2, up(4, 2), [4, 4], [1, 1, 2, 2, 1, 1]],
  ])('%s', (_, input, layer, inputCounts, outputCounts) => {
    expect(counts(input, layer)).toEqual([{ input: inputCounts, output: outputCounts }]);
  });

  it('gives one entry per axis', () => {
    const step = stackSteps(
      [6, 4],
      [{ op: 'pool', spec: { mode: 'max', kernel: [3, 2], stride: [3, 2] } }],
    )[0];
    expect(layerLinkCounts(step).map((axis) => axis.input)).toEqual([
      [1, 1, 1, 1, 1, 1],
      [1, 1, 1, 1],
    ]);
  });
});
