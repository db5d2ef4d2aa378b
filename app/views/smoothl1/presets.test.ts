import { describe, expect, it } from 'vitest';
import { decode, defaultParams } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { smoothL1Presets } from './presets';

const active = (params: ViewParams<'smoothl1'>) =>
  smoothL1Presets(params)
    .filter((link) => link.active)
    .map((link) => link.id);

describe('presets', () => {
  it.each([
    ['rpn', '?view=smoothl1&sigma=3&box=rpn'],
    ['head', '?view=smoothl1&sigma=1&box=head'],
    ['torchvision', '?view=smoothl1&beta=1/9'],
    ['detectron2', '?view=smoothl1&beta=0'],
  ])('%s is %s, and that URL reads back as the preset', (id, url) => {
    const link = smoothL1Presets(defaultParams('smoothl1')).find((p) => p.id === id)!;
    expect(link.href).toBe(url);
    expect(link.detail).toBeNull();
    expect(active(decode(url).params as ViewParams<'smoothl1'>)).toEqual([id]);
  });

  it('no preset matches β = 0.5', () => {
    expect(active({ ...defaultParams('smoothl1'), beta: 0.5 })).toEqual([]);
  });

  it('σ form matches on σ whatever β the link also carries', () => {
    expect(active({ ...defaultParams('smoothl1'), beta: 0.5, sigma: 3, box: 'rpn' })).toEqual([
      'rpn',
    ]);
  });
});
