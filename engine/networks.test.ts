// The presets against numbers PyTorch 1.13 computed for the same networks, built from their
// sources (engine/vectors/networks/networks-torch.json, scripts/vectors/gen_networks.py).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLayers, tokenLayer } from './layerText';
import { NETWORK_PRESETS, presetTokens, unetInputSizes } from './networks';
import { receptiveField, receptiveFieldProgression, stackCellLinks } from './receptiveField';
import { stackShapes } from './stack';
import { stackInfo } from './stackInfo';
import { caughtConfigError } from './testing/caught';

interface TorchNetwork {
  id: string;
  input: number[];
  inChannels: number;
  modules: string[];
  params: number[];
  macs: number[];
  shapes: number[][];
  rf: { cell: number[]; axes: { indices: number[]; paths: number[] }[] };
  reach: { cell: number[]; axes: { indices: number[]; paths: number[] }[] };
  summaries?: { size: number; jump: number; padding: number }[];
  inputsThatWork?: number[];
}

const torch = JSON.parse(
  readFileSync(join(import.meta.dirname, 'vectors', 'networks', 'networks-torch.json'), 'utf8'),
) as { networks: TorchNetwork[] };

describe.each(NETWORK_PRESETS.map((preset) => [preset.id, preset] as const))('%s', (id, preset) => {
  const expected = torch.networks.find((network) => network.id === id)!;
  const tokens = presetTokens(preset);
  const layers = tokens.map(tokenLayer);
  const input = [preset.input, preset.input];

  it('reads without problems and has at most 24 layers', () => {
    expect(parseLayers(preset.layers).problems).toEqual([]);
    expect(tokens.length).toBeLessThanOrEqual(24);
    expect([input, preset.inChannels]).toEqual([expected.input, expected.inChannels]);
  });

  it('has the sizes PyTorch computes', () => {
    expect(stackShapes(input, layers)).toEqual(expected.shapes);
  });

  it("has PyTorch's module text, parameters and multiply-adds", () => {
    const info = stackInfo(input, tokens, preset.inChannels);
    expect(info.layers.map((row) => row.module)).toEqual(expected.modules);
    expect(info.layers.map((row) => row.params)).toEqual(expected.params);
    expect(info.layers.map((row) => row.macs)).toEqual(expected.macs);
  });

  it("has PyTorch's influence set for the output's centre, and reach from the input's", () => {
    expect(receptiveField(input, layers, expected.rf.cell)).toEqual(expected.rf.axes);
    const links = stackCellLinks(input, layers, 0, expected.reach.cell);
    expect(links[layers.length]).toEqual(expected.reach.axes);
  });

  it("has Distill's numbers after every layer, or refuses them for transposed layers", () => {
    if (expected.summaries) {
      const progression = receptiveFieldProgression(layers).slice(1);
      expect(progression).toEqual(expected.summaries.map((axis) => [axis, axis]));
    } else {
      expect(caughtConfigError(() => receptiveFieldProgression(layers)).constraint).toBe(
        'summary-transposed',
      );
    }
  });
});

describe('the numbers the presets are known for', () => {
  const byId = (id: string) => NETWORK_PRESETS.find((preset) => preset.id === id)!;

  it("VGG-16's pool5 sees 212 × 212", () => {
    const summary = receptiveFieldProgression(presetTokens(byId('vgg16')).map(tokenLayer));
    expect(summary[summary.length - 1].map((axis) => axis.size)).toEqual([212, 212]);
  });

  it('the U-Net comes back one short at 161, and at its own size on multiples of 16', () => {
    const shapes = stackShapes([161, 161], presetTokens(byId('unet')).map(tokenLayer));
    expect(shapes[shapes.length - 1]).toEqual([160, 160]);
    const works = unetInputSizes({ min: 1, max: 512 });
    expect(works).toEqual(Array.from({ length: 32 }, (_, n) => 16 * (n + 1)));
    expect(works).toEqual(torch.networks.find((n) => n.id === 'unet')!.inputsThatWork);
  });

  it('the DCGAN generator doubles 4 → 64', () => {
    const shapes = stackShapes([1, 1], presetTokens(byId('dcgan')).map(tokenLayer));
    expect(shapes.map((shape) => shape[0])).toEqual([1, 4, 8, 16, 32, 64]);
  });
});
