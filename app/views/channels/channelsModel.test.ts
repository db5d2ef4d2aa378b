import { describe, expect, it } from 'vitest';
import { conv } from '../../../engine';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { buildChannelsModel } from './channelsModel';

/** The model of a channels URL, as the page builds it. */
const model = (query: string) =>
  buildChannelsModel(decode(`?view=channels&${query}`).params as ViewParams<'channels'>);

describe('buildChannelsModel: layers, groups and counts', () => {
  it('Conv2d(4, 8, 3, padding=1, groups=2) on 5 × 5 (docs/semantics.md §2.4)', () => {
    const m = model('i=5&k=3&s=1&p=1&cin=4&cout=8&g=2');
    expect(m.error).toBeNull();
    expect(m.layers).toHaveLength(1);
    const [layer] = m.layers;
    expect(layer.counts.weightShape).toEqual([8, 2, 3, 3]);
    expect(layer.groupList.map((g) => [g.inStart, g.inCount, g.outStart, g.outCount])).toEqual([
      [0, 2, 0, 4],
      [2, 2, 4, 4],
    ]);
    expect(m.output).toEqual([5, 5]);
    // A standard Conv2d(4, 8, 3) costs twice as much: 8 · 4 · 9 · 25 = 7200 against 3600.
    expect(m.standard?.macs).toBe(7200);
    expect(m.ratio).toBe(2);
  });

  it('depthwise-separable: depthwise 3 × 3 on 4 channels, then 1 × 1 to 8 (k²N/(k² + N))', () => {
    const m = model('i=6&k=3&s=1&p=1&cin=4&cout=4&g=4&pw=8');
    expect(m.layers.map((l) => [l.id, l.inChannels, l.outChannels, l.groups])).toEqual([
      ['conv', 4, 4, 4],
      ['pointwise', 4, 8, 1],
    ]);
    expect(m.layers[1].counts.weightShape).toEqual([8, 4, 1, 1]);
    // 4 · 9 · 36 = 1296 depthwise plus 8 · 4 · 36 = 1152 pointwise against 8 · 4 · 9 · 36 = 10368
    expect(m.layers.map((l) => l.counts.macs)).toEqual([1296, 1152]);
    expect(m.ratio).toBeCloseTo((9 * 8) / (9 + 8), 12);
    expect(m.separable).toBeCloseTo(m.ratio ?? 0, 12);
  });

  it('the pointwise layer convolves the first layer’s output (numbers mode)', () => {
    const m = model('i=4&k=3&s=2&p=1&cin=2&cout=2&g=2&pw=3&num=1');
    const [first, second] = m.layers;
    expect(second.values.input).toEqual(first.values.output);
    const expected = conv(
      { shape: [2, 2, 2], data: first.values.output as Float64Array },
      { shape: [3, 2, 1, 1], data: second.values.weight },
      { kernel: [1, 1] },
    );
    expect(Array.from(second.values.output ?? [])).toEqual(Array.from(expected.data));
  });

  it('values only in numbers mode', () => {
    expect(model('cin=2&cout=2&g=1').layers[0].values.output).toBeNull();
    expect(model('cin=2&cout=2&g=1&num=1').layers[0].values.output).toHaveLength(2 * 25);
  });

  it('groups that do not divide the channels: PyTorch’s message and the nearest fixes', () => {
    const m = model('cin=6&cout=8&g=4');
    expect(m.layers).toEqual([]);
    expect(m.error).toBe('in_channels must be divisible by groups: 6 input channels, 4 groups');
    expect(m.fixes.map((f) => f.label)).toEqual(['Groups 4 → 2', 'Input channels 6 → 4']);
  });

  it('a kernel larger than the padded input: conv’s message and its fixes', () => {
    const m = model('i=2&k=5&p=0&cin=2&cout=2&g=1');
    expect(m.error).toMatch(/Kernel size can't be greater than actual input size/);
    expect(m.fixes.length).toBeGreaterThan(0);
  });
});
