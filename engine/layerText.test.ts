import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LAYER_TEXT_MAX_LENGTH,
  formatLayers,
  newLayerToken,
  parseLayers,
  tokenLayer,
  type LayerToken,
  type Pair,
} from './layerText';
import type { LayerKind } from './stack';

const base = (op: LayerKind, kernel: Pair): LayerToken => ({
  op,
  kernel,
  stride: op === 'maxPool' || op === 'avgPool' ? kernel : [1, 1],
  padding: [0, 0],
  dilation: [1, 1],
  outputPadding: [0, 0],
  groups: 1,
  outChannels: null,
  ceilMode: false,
  countIncludePad: true,
});

// Text → token → canonical text, written out by hand from the grammar.
const READ: [string, LayerToken, string][] = [
  ['c3', base('conv', [3, 3]), 'c3'],
  ['c3s1p0d1 (explicit defaults)', base('conv', [3, 3]), 'c3'],
  [
    'c7s2p3x64',
    { ...base('conv', [7, 7]), stride: [2, 2], padding: [3, 3], outChannels: 64 },
    'c7s2p3x64',
  ],
  ['c3x64 (a closing x is the channels)', { ...base('conv', [3, 3]), outChannels: 64 }, 'c3x64'],
  [
    'c3p1x64 (the issue example)',
    { ...base('conv', [3, 3]), padding: [1, 1], outChannels: 64 },
    'c3p1x64',
  ],
  ['c3x5x64 (a pair, then channels)', { ...base('conv', [3, 5]), outChannels: 64 }, 'c3x5x64'],
  ['c1x7g1 (a pair kept by a field after it)', base('conv', [1, 7]), 'c1x7g1'],
  ['c1x7s1 (any field does)', base('conv', [1, 7]), 'c1x7g1'],
  ['c1x7 (one by one, 7 channels)', { ...base('conv', [1, 1]), outChannels: 7 }, 'c1x7'],
  ['c3s2x64', { ...base('conv', [3, 3]), stride: [2, 2], outChannels: 64 }, 'c3s2x64'],
  ['c3psame', { ...base('conv', [3, 3]), padding: 'same' }, 'c3psame'],
  ['c3pvalid', base('conv', [3, 3]), 'c3'],
  [
    'c3d2x1p2x0g4x8',
    { ...base('conv', [3, 3]), dilation: [2, 1], padding: [2, 0], groups: 4, outChannels: 8 },
    'c3p2x0d2x1g4x8',
  ],
  [
    't4s2p1x256 (DCGAN)',
    { ...base('convTranspose', [4, 4]), stride: [2, 2], padding: [1, 1], outChannels: 256 },
    't4s2p1x256',
  ],
  [
    't3s2p1o1',
    { ...base('convTranspose', [3, 3]), stride: [2, 2], padding: [1, 1], outputPadding: [1, 1] },
    't3s2p1o1',
  ],
  [
    't2x1s2x1g1 (g1 closes the stride pair)',
    { ...base('convTranspose', [2, 1]), stride: [2, 1] },
    't2x1s2x1g1',
  ],
  [
    't2x1s2x1 (without it, x1 is the channels)',
    { ...base('convTranspose', [2, 1]), stride: [2, 2], outChannels: 1 },
    't2x1s2x1',
  ],
  ['m2 (stride defaults to the kernel)', base('maxPool', [2, 2]), 'm2'],
  ['m3s3 (explicit default)', base('maxPool', [3, 3]), 'm3'],
  [
    'm3s2p1d2ceil',
    {
      ...base('maxPool', [3, 3]),
      stride: [2, 2],
      padding: [1, 1],
      dilation: [2, 2],
      ceilMode: true,
    },
    'm3s2p1d2ceil',
  ],
  ['m2x3 (pools have no channels: always a pair)', base('maxPool', [2, 3]), 'm2x3'],
  [
    'a3s2p1nopadceil',
    {
      ...base('avgPool', [3, 3]),
      stride: [2, 2],
      padding: [1, 1],
      ceilMode: true,
      countIncludePad: false,
    },
    'a3s2p1ceilnopad',
  ],
  [' C3 S2 , ', { ...base('conv', [3, 3]), stride: [2, 2] }, 'c3s2'],
];

describe('parseLayers and formatLayers', () => {
  it.each(READ)('%s', (text, token, canonical) => {
    const parsed = parseLayers(text.split(' (')[0]);
    expect(parsed).toEqual({ layers: [token], problems: [] });
    expect(formatLayers(parsed.layers)).toBe(canonical);
  });

  it('reads a whole stack and skips empty tokens', () => {
    const parsed = parseLayers('c7s2p3x64,m3s2p1,,c3p1x64,');
    expect(parsed.problems).toEqual([]);
    expect(formatLayers(parsed.layers)).toBe('c7s2p3x64,m3s2p1,c3p1x64');
    expect(parseLayers('')).toEqual({ layers: [], problems: [] });
  });

  it.each<[string, number, string]>([
    [
      'q3',
      0,
      "expected an op letter: c (Conv2d), t (ConvTranspose2d), m (MaxPool2d) or a (AvgPool2d), found 'q'",
    ],
    ['c', 0, "expected a kernel size (a number or HxW) after 'c'"],
    ['cx', 0, "expected a number for the kernel size, found 'x'"],
    ['c3,c0', 1, 'the kernel size 0 is below the minimum 1'],
    ['c16', 0, 'the kernel size 16 is above the maximum 15'],
    ['c3s9', 0, 'the stride 9 is above the maximum 8'],
    ['c3d33', 0, 'the dilation 33 is above the maximum 32'],
    ['c3p65', 0, 'the padding 65 is above the maximum 64'],
    ['c3x0', 0, 'the output channels 0 is below the minimum 1'],
    ['c31234567', 0, 'the kernel size 31234567 is far too large'],
    ['c3s2s1', 0, 'the stride is given twice'],
    [
      'c3x64s2',
      0,
      'the kernel size 64 is above the maximum 15 (output channels, x, go last in the token)',
    ],
    [
      'c3q1',
      0,
      "expected one of s (stride), p (padding), d (dilation), g (groups), x (output channels) after the kernel size, found 'q'",
    ],
    [
      'c3o1',
      0,
      'Conv2d takes no output padding (o); it takes s (stride), p (padding), d (dilation), g (groups), x (output channels)',
    ],
    [
      'c3ceil',
      0,
      'Conv2d takes no ceil_mode (ceil); it takes s (stride), p (padding), d (dilation), g (groups), x (output channels)',
    ],
    [
      't3psame',
      0,
      "ConvTranspose2d takes no padding='same' (psame); it takes s (stride), p (padding), d (dilation), o (output padding), g (groups), x (output channels)",
    ],
    [
      'm2s1g2',
      0,
      'MaxPool2d takes no groups (g); it takes s (stride), p (padding), d (dilation), ceil',
    ],
    ['a2d2', 0, 'AvgPool2d takes no dilation (d); it takes s (stride), p (padding), ceil, nopad'],
    [
      'm2nopad',
      0,
      'MaxPool2d takes no count_include_pad (nopad); it takes s (stride), p (padding), d (dilation), ceil',
    ],
    ['c3g2x3s1', 0, 'the groups is one number, not HxW'],
    ['c3s', 0, 'expected a number for the stride, found the end of the token'],
    [
      'c3.5',
      0,
      "expected one of s (stride), p (padding), d (dilation), g (groups), x (output channels) after the kernel size, found '.'",
    ],
  ])('reports %s at index %i', (text, index, reason) => {
    const parsed = parseLayers(text);
    const token = text.split(',')[index];
    expect(parsed.problems).toEqual([{ token, index, reason, msg: expect.any(Object) }]);
    expect(parsed.problems[0].msg.id).toMatch(/^stack\.text\./);
    expect(parsed.layers).toHaveLength(index);
  });

  it('keeps the readable layers around an unreadable one', () => {
    const parsed = parseLayers('c3,zz,m2');
    expect(formatLayers(parsed.layers)).toBe('c3,m2');
    expect(parsed.problems.map((p) => [p.token, p.index])).toEqual([['zz', 1]]);
  });

  it('reads at most 24 layers and says so', () => {
    const parsed = parseLayers(Array(30).fill('c1').join(','));
    expect(parsed.layers).toHaveLength(24);
    expect(parsed.problems).toEqual([
      {
        token: 'c1',
        index: 24,
        reason: 'a stack has at most 24 layers; layer 25 and those after it are left out',
        msg: { id: 'stack.text.tooMany', values: { max: 24, next: 25 } },
      },
    ]);
  });

  it('refuses over-long text unread', () => {
    const parsed = parseLayers('c'.repeat(LAYER_TEXT_MAX_LENGTH + 1));
    expect(parsed.layers).toEqual([]);
    expect(parsed.problems[0].index).toBe(-1);
    expect(parsed.problems[0].reason).toBe(
      'the layer text is 1025 characters long; at most 1024 are read',
    );
  });
});

const pairArb = (lo: number, hi: number): fc.Arbitrary<Pair> =>
  fc.oneof(
    fc.integer({ min: lo, max: hi }).map((v): Pair => [v, v]),
    fc.tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: lo, max: hi })),
  );

/** Every token parseLayers can produce. */
const tokenArb: fc.Arbitrary<LayerToken> = fc
  .record({
    op: fc.constantFrom<LayerKind[]>('conv', 'convTranspose', 'maxPool', 'avgPool'),
    kernel: pairArb(1, 15),
    stride: fc.option(pairArb(1, 8)),
    padding: fc.oneof(pairArb(0, 64), fc.constant<'same'>('same')),
    dilation: pairArb(1, 32),
    outputPadding: pairArb(0, 31),
    groups: fc.integer({ min: 1, max: 4096 }),
    outChannels: fc.option(fc.integer({ min: 1, max: 4096 })),
    ceilMode: fc.boolean(),
    countIncludePad: fc.boolean(),
  })
  .map((r): LayerToken => {
    const conv = r.op === 'conv' || r.op === 'convTranspose';
    return {
      op: r.op,
      kernel: r.kernel,
      stride: r.stride ?? (conv ? [1, 1] : r.kernel),
      padding: r.padding === 'same' && r.op !== 'conv' ? [0, 0] : r.padding,
      dilation: r.op === 'avgPool' ? [1, 1] : r.dilation,
      outputPadding: r.op === 'convTranspose' ? r.outputPadding : [0, 0],
      groups: conv ? r.groups : 1,
      outChannels: conv ? r.outChannels : null,
      ceilMode: conv ? false : r.ceilMode,
      countIncludePad: r.op === 'avgPool' ? r.countIncludePad : true,
    };
  });

describe('layer text laws', () => {
  it('formatting then reading gives the tokens back', () => {
    fc.assert(
      fc.property(fc.array(tokenArb, { maxLength: 24 }), (tokens) => {
        expect(parseLayers(formatLayers(tokens))).toEqual({ layers: tokens, problems: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('reading never throws, and the canonical text reads to the same layers', () => {
    const alphabet = fc.constantFrom(...'ctmaspdogx0123456789,ceilnopadsamevalid xq.'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (chars) => {
        const parsed = parseLayers(chars.join(''));
        const again = parseLayers(formatLayers(parsed.layers));
        expect(again).toEqual({ layers: parsed.layers, problems: [] });
      }),
      { numRuns: 500 },
    );
  });
});

describe('tokenLayer', () => {
  it.each<[string, object]>([
    [
      'c3s2psame',
      {
        op: 'conv',
        spec: { kernel: [3, 3], stride: [2, 2], dilation: [1, 1], padding: 'same', groups: 1 },
      },
    ],
    [
      't4s2p1o1g2x8',
      {
        op: 'convTranspose',
        spec: {
          kernel: [4, 4],
          stride: [2, 2],
          dilation: [1, 1],
          padding: [1, 1],
          outputPadding: [1, 1],
          groups: 2,
        },
      },
    ],
    [
      'm3s2p1d2ceil',
      {
        op: 'pool',
        spec: {
          mode: 'max',
          kernel: [3, 3],
          stride: [2, 2],
          padding: [1, 1],
          dilation: [2, 2],
          ceilMode: true,
        },
      },
    ],
    [
      'a2nopad',
      {
        op: 'pool',
        spec: {
          mode: 'avg',
          kernel: [2, 2],
          stride: [2, 2],
          padding: [0, 0],
          ceilMode: false,
          countIncludePad: false,
        },
      },
    ],
  ])('%s', (text, layer) => {
    expect(tokenLayer(parseLayers(text).layers[0])).toEqual(layer);
  });
});

describe('newLayerToken', () => {
  it.each<[LayerKind, string]>([
    ['conv', 'c3p1'],
    ['convTranspose', 't2s2'],
    ['maxPool', 'm2'],
    ['avgPool', 'a2'],
  ])('%s is %s', (kind, text) => {
    expect(formatLayers([newLayerToken(kind)])).toBe(text);
  });
});
