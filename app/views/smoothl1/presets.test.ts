import { describe, expect, it } from 'vitest';
import { decode } from '../../url/codec';
import { activePreset, PRESETS, presetUrl, type SmoothL1Params } from './presets';

describe('presets', () => {
  it.each([
    ['rpn', '?view=smoothl1&sigma=3&box=rpn'],
    ['head', '?view=smoothl1&sigma=1&box=head'],
    ['torchvision', '?view=smoothl1&beta=1/9'],
    ['detectron2', '?view=smoothl1&beta=0'],
  ])('%s is %s, and that URL reads back as the preset', (id, url) => {
    const preset = PRESETS.find((p) => p.id === id)!;
    expect(presetUrl(preset)).toBe(url);
    const { params } = decode(url);
    expect(activePreset(params as SmoothL1Params)?.id).toBe(id);
  });

  it('no preset matches β = 0.5', () => {
    expect(activePreset({ beta: 0.5, sigma: null, box: 'sampled' })).toBeNull();
  });

  it('σ form matches on σ whatever β the link also carries', () => {
    expect(activePreset({ beta: 0.5, sigma: 3, box: 'rpn' })?.id).toBe('rpn');
  });
});
