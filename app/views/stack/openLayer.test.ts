import { describe, expect, it } from 'vitest';
import { parseLayers } from '../../../engine';
import { openLayer } from './openLayer';

const token = (text: string) => parseLayers(text).layers[0];

describe('openLayer: the single-layer view of a layer', () => {
  it.each<[string, [number, number], string]>([
    ['m3s2p1', [16, 16], '?view=pool&i=16&k=3&s=2&p=1&mode=max'],
    ['a2ceilnopad', [7, 5], '?view=pool&i=7,5&k=2&s=2&p=0&mode=avg&ceil=1&cip=0'],
    ['c3p1x64', [8, 8], '?view=conv&i=8&k=3&s=1&p=1'],
    ['c3psame', [8, 8], '?view=conv&i=8&k=3&s=1&p=same'],
    ['c3d2', [9, 9], '?view=conv&i=9&k=3&s=1&p=0&d=2'],
    ['t4s2p1', [4, 4], '?view=transposed&i=4&k=4&s=2&p=1'],
    ['t3s2p1o1', [3, 3], '?view=transposed&i=3&k=3&s=2&p=1&op=1'],
  ])('%s on %j → %s', (layer, input, href) => {
    expect(openLayer(token(layer), input)).toEqual({ href, view: expect.any(String) });
  });

  it.each<[string, [number, number], RegExp]>([
    ['c7s2p3', [112, 112], /input size up to 64; this layer’s is 112/],
    ['c3p18d18', [33, 33], /padding up to 16; this layer’s is 18/],
  ])('%s on %j is beyond the single-layer views', (layer, input, reason) => {
    const result = openLayer(token(layer), input);
    expect(result.href).toBeNull();
    expect('reason' in result && result.reason).toMatch(reason);
  });
});
