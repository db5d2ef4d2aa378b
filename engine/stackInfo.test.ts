import { describe, expect, it } from 'vitest';
import { parseLayers, tokenLayer } from './layerText';
import { moduleText, stackInfo, stackLayerFixes } from './stackInfo';
import { stackShapes } from './stack';

const token = (text: string) => parseLayers(text).layers[0];

// Printed by torch 1.13 for the same modules (print(nn.Conv2d(3, 64, 3, padding=1)), …).
const MODULES: [string, number, number, string][] = [
  ['c3p1x64', 3, 64, 'Conv2d(3, 64, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))'],
  [
    'c1x7s2p0x3d2g1',
    3,
    64,
    'Conv2d(3, 64, kernel_size=(1, 7), stride=(2, 2), padding=(0, 3), dilation=(2, 2))',
  ],
  ['c3psameg2x8', 4, 8, 'Conv2d(4, 8, kernel_size=(3, 3), stride=(1, 1), padding=same, groups=2)'],
  ['t4x512', 100, 512, 'ConvTranspose2d(100, 512, kernel_size=(4, 4), stride=(1, 1))'],
  [
    't4s2p1d2o1x3',
    64,
    3,
    'ConvTranspose2d(64, 3, kernel_size=(4, 4), stride=(2, 2), padding=(1, 1), dilation=(2, 2), output_padding=(1, 1))',
  ],
  ['m3s2', 8, 8, 'MaxPool2d(kernel_size=3, stride=2, padding=0, dilation=1, ceil_mode=False)'],
  [
    'm3x2s2x1p1x0ceil',
    8,
    8,
    'MaxPool2d(kernel_size=(3, 2), stride=(2, 1), padding=(1, 0), dilation=1, ceil_mode=True)',
  ],
  ['a2', 8, 8, 'AvgPool2d(kernel_size=2, stride=2, padding=0)'],
  ['a3s2p1ceilnopad', 8, 8, 'AvgPool2d(kernel_size=3, stride=2, padding=1)'],
];

describe('moduleText', () => {
  it.each(MODULES)('%s', (text, cin, cout, printed) => {
    expect(moduleText(token(text), cin, cout)).toBe(printed);
  });
});

describe('stackInfo', () => {
  it('ResNet stem: parameters and multiply-adds worked by hand', () => {
    const info = stackInfo([224, 224], parseLayers('c7s2p3x64,m3s2p1').layers, 3);
    const [conv, pool] = info.layers;
    // 64·3·7·7 weights + 64 biases; each weight once per output cell: 9408·112·112.
    expect([conv.params, conv.macs]).toEqual([9472, 118_013_952]);
    expect([conv.inChannels, conv.outChannels, conv.input, conv.output]).toEqual([
      3,
      64,
      [224, 224],
      [112, 112],
    ]);
    expect([pool.params, pool.macs, pool.inChannels, pool.outChannels]).toEqual([0, 0, 64, 64]);
    expect([info.params, info.macs, info.error]).toEqual([9472, 118_013_952, null]);
  });

  it('counts a transposed layer per input cell: 512·256·4·4 weights × 4·4 cells', () => {
    const [, up] = stackInfo([1, 1], parseLayers('t4x512,t4s2p1x256').layers, 100).layers;
    expect([up.params, up.macs, up.output]).toEqual([512 * 256 * 16 + 256, 33_554_432, [8, 8]]);
  });

  it('keeps the channels where a convolution does not give them, and divides by groups', () => {
    const rows = stackInfo([8, 8], parseLayers('c3p1,c3p1g2x8,m2').layers, 4).layers;
    expect(rows.map((r) => [r.inChannels, r.outChannels, r.params])).toEqual([
      [4, 4, 4 * 4 * 9 + 4],
      [4, 8, (8 * 4 * 9) / 2 + 8],
      [8, 8, 0],
    ]);
  });

  it.each<[string, string, number[]]>([
    ['c3p1', 'half padding', [3, 3]],
    ['c3s2p1', 'zero padding, non-unit strides', [6, 6]],
    ['t4s2p1', 'zero padding, non-unit strides, transposed', [13, 13]],
    ['m2', 'pooling', [7, 7]],
    ['c3d2', 'dilated', [15, 15]],
  ])('%s follows Relationship %s', (text, _name, numbers) => {
    const [row] = stackInfo([9, 9], parseLayers(text).layers, 1).layers;
    expect(row.relationships!.map((r) => r.number)).toEqual(numbers);
  });

  it('marks the refused layer and leaves the sizes after it unknown', () => {
    const info = stackInfo([5, 5], parseLayers('c3,c3,c3').layers, 1);
    expect(info.error?.layer).toBe(2);
    expect(info.layers.map((r) => [r.refused, r.input, r.output, r.macs])).toEqual([
      [false, [5, 5], [3, 3], 9 * 3 * 3],
      [false, [3, 3], [1, 1], 9 * 1 * 1],
      [true, [1, 1], null, null],
    ]);
    expect(info.layers[2].relationships).toBeNull();
    expect(info.macs).toBe(81 + 9);
  });

  it("refuses channels that groups does not divide, as PyTorch's constructor does", () => {
    const info = stackInfo([8, 8], parseLayers('c3p1x6,c3g4x8').layers, 3);
    expect(info.error?.constraint).toBe('groups-in');
    expect(info.error?.message).toBe(
      'layer 2: in_channels must be divisible by groups: 6 input channels, 4 groups; use a number of groups that divides both',
    );
    expect(info.layers.map((r) => r.refused)).toEqual([false, true]);
  });

  it('reports what nn.Sequential refuses first: construction before the forward pass', () => {
    // Layer 1 fails only when run (kernel 5 on 4 cells); layer 3 already when built.
    const built = stackInfo([4, 4], parseLayers('c5,c1,c3s2psame').layers, 1);
    expect([built.error?.layer, built.error?.constraint]).toEqual([2, 'same-stride']);
    // A channel error at layer 2 is raised while building, before layer 3's.
    const channels = stackInfo([4, 4], parseLayers('c5,c1g2,c3s2psame').layers, 1);
    expect([channels.error?.layer, channels.error?.constraint]).toEqual([1, 'groups-in']);
  });
});

describe('stackLayerFixes', () => {
  it.each<[string, number[]]>([
    ['c5', [4, 4]],
    ['c3d3', [5, 6]],
    ['m3p2', [6, 6]],
    ['t3s2o2', [3, 3]],
  ])('%s on %j: fixes are offered and none changes the input', (text, input) => {
    const layer = token(text);
    expect(() => stackShapes(input, [tokenLayer(layer)])).toThrow();
    const fixes = stackLayerFixes(layer, input);
    expect(fixes.length).toBeGreaterThan(0);
    for (const fix of fixes) {
      expect(fix.changes.some((c) => c.param === 'input')).toBe(false);
    }
  });

  it('suggests the largest kernel that fits first', () => {
    expect(stackLayerFixes(token('c5'), [4, 4])[0].label).toBe(
      'Kernel size 5 → 4 (height), 5 → 4 (width)',
    );
  });
});
