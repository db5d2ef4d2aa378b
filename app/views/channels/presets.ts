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
    label: 'channels.pre.standard.label',
    caption: 'channels.pre.standard.caption',
    params: layer(4, 4, 1),
  },
  {
    id: 'grouped-2',
    label: 'channels.pre.groups2.label',
    caption: 'channels.pre.groups2.caption',
    params: layer(4, 4, 2),
  },
  {
    id: 'grouped-4',
    label: 'channels.pre.groups4.label',
    caption: 'channels.pre.groups4.caption',
    params: layer(8, 8, 4),
  },
  {
    id: 'depthwise',
    label: 'channels.pre.depthwise.label',
    caption: 'channels.pre.depthwise.caption',
    params: layer(4, 4, 4),
  },
  {
    id: 'depthwise-x2',
    label: 'channels.pre.depthwise2.label',
    caption: 'channels.pre.depthwise2.caption',
    params: layer(4, 8, 4),
  },
  {
    id: 'separable',
    label: 'channels.pre.separable.label',
    caption: 'channels.pre.separable.caption',
    params: layer(4, 4, 4, 8),
  },
  {
    id: 'pointwise',
    label: 'channels.pre.pointwise.label',
    caption: 'channels.pre.pointwise.caption',
    params: layer(8, 4, 1, 0, 1, 0),
  },
  {
    id: 'resnext',
    label: 'channels.pre.resnext.label',
    caption: 'channels.pre.resnext.caption',
    params: layer(16, 16, 4),
  },
];
