import { figurePreset, type Preset } from '../../components/presets';
import type { ViewParams } from '../../url/schema';

/** Section 1.2: 3 × 3 pooling over a 5 × 5 input with unit strides, in numbers. */
const fig = (mode: 'max' | 'avg'): Partial<ViewParams<'pool'>> => ({
  i: [5, 5],
  k: [3, 3],
  s: [1, 1],
  p: [0, 0],
  d: [1, 1],
  mode,
  ceil: false,
  num: true,
  t: 0,
});

export const POOL_PRESETS: Preset<'pool'>[] = [
  figurePreset('1.5', 'Average pooling', fig('avg')),
  figurePreset('1.6', 'Max pooling', fig('max')),
];
