import type { Preset } from '../../components/presets';
import type { ViewParams } from '../../url/schema';

/** A layer: channels, groups, the pointwise layer, and a square kernel with its padding. */
const layer = (
  cin: number,
  cout: number,
  g: number,
  pw = 0,
  k = 3,
  p = 1,
): Partial<ViewParams<'channels'>> => ({
  cin,
  cout,
  g,
  pw,
  k: [k, k],
  s: [1, 1],
  p: { mode: 'explicit', h: [p, p], w: [p, p] },
  d: [1, 1],
});

/** From the standard convolution to depthwise-separable, and the grouped layer of ResNeXt. */
export const CHANNEL_PRESETS: Preset<'channels'>[] = [
  {
    id: 'standard',
    label: 'Standard',
    caption: 'Every output channel reads every input channel',
    params: layer(4, 4, 1),
  },
  {
    id: 'grouped-2',
    label: 'Groups 2',
    caption: 'Two independent halves (AlexNet’s two GPUs)',
    params: layer(4, 4, 2),
  },
  {
    id: 'grouped-4',
    label: 'Groups 4',
    caption: 'Four groups of two channels',
    params: layer(8, 8, 4),
  },
  {
    id: 'depthwise',
    label: 'Depthwise',
    caption: 'g = Cin = Cout: one kernel per channel',
    params: layer(4, 4, 4),
  },
  {
    id: 'depthwise-x2',
    label: 'Depthwise ×2',
    caption: 'Channel multiplier 2: g = Cin, Cout = 2·Cin, two kernels per channel',
    params: layer(4, 8, 4),
  },
  {
    id: 'separable',
    label: 'Separable',
    caption: 'Depthwise-separable: depthwise 3 × 3, then a 1 × 1 pointwise layer (MobileNet)',
    params: layer(4, 4, 4, 8),
  },
  {
    id: 'pointwise',
    label: '1 × 1',
    caption: 'Channel mixing: each output is a weighted sum of the inputs at the same cell',
    params: layer(8, 4, 1, 0, 1, 0),
  },
  {
    id: 'resnext',
    label: 'ResNeXt',
    caption:
      'The 32 × 4d block’s 3 × 3 grouped layer, scaled down: 4 groups of 4 channels (ResNeXt-50 has 32 of 4)',
    params: layer(16, 16, 4),
  },
];
