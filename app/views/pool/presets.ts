import type { Preset } from '../conv/presets';
import type { ViewParams } from '../../url/schema';

const pair = (v: number): [number, number] => [v, v];

/** Section 1.2: 3 × 3 pooling over a 5 × 5 input with unit strides, in numbers. */
export const POOL_PRESETS: Preset<ViewParams<'pool'>>[] = [
  {
    figure: '1.5',
    title: 'Average pooling',
    params: {
      i: pair(5),
      k: pair(3),
      s: pair(1),
      p: pair(0),
      d: pair(1),
      mode: 'avg',
      ceil: false,
      num: true,
    },
  },
  {
    figure: '1.6',
    title: 'Max pooling',
    params: {
      i: pair(5),
      k: pair(3),
      s: pair(1),
      p: pair(0),
      d: pair(1),
      mode: 'max',
      ceil: false,
      num: true,
    },
  },
];
