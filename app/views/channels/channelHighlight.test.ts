import { describe, expect, it } from 'vitest';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { layerHighlight } from './channelHighlight';
import { buildChannelsModel } from './channelsModel';

const layer = (query: string) =>
  buildChannelsModel(decode(`?view=channels&${query}`).params as ViewParams<'channels'>).layers[0];

describe('layerHighlight', () => {
  it('output channel 5 of Conv2d(4, 8, groups=2) reads input channels 2 and 3', () => {
    const l = layer('i=5&k=3&s=1&p=1&cin=4&cout=8&g=2');
    const hl = layerHighlight(l, 5 * 25 + 7);
    expect(hl?.outChannel).toBe(5);
    expect(hl?.position).toEqual([1, 2]);
    expect(hl?.group).toBe(1);
    expect(hl?.channels).toEqual([2, 3]);
  });

  it('the window of output (0, 0) with padding 1 is the top-left 3 × 3 of the 7 × 7 padded grid', () => {
    const hl = layerHighlight(layer('i=5&k=3&s=1&p=1&cin=2&cout=2&g=1'), 0);
    // padded flat index → tap: rows 0–2, columns 0–2 of a 7-wide grid, taps in kernel order
    expect([...(hl?.window ?? [])]).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [7, 3],
      [8, 4],
      [9, 5],
      [14, 6],
      [15, 7],
      [16, 8],
    ]);
  });

  it('with numbers the partial sums add up to the output value conv computed', () => {
    const l = layer('i=6&k=3&s=2&p=1&cin=4&cout=4&g=2&num=1&seed=5');
    for (let index = 0; index < 4 * 9; index++) {
      const hl = layerHighlight(l, index);
      const total = (hl?.partials ?? []).reduce((t, p) => t + p.value, 0);
      expect(hl?.partials).toHaveLength(2);
      expect(total).toBe(hl?.value);
    }
  });

  it('no values without numbers, and nothing for no focus or an index past the end', () => {
    const l = layer('cin=2&cout=2&g=1');
    expect(layerHighlight(l, 3)?.partials).toBeNull();
    expect(layerHighlight(l, null)).toBeNull();
    expect(layerHighlight(l, 2 * 25)).toBeNull();
  });
});
