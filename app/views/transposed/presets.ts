import { figurePreset, type Preset } from '../../components/presets';
import type { ViewParams } from '../../url/schema';

/** A square figure: i′, k, s, p and a, shown from the first step of its animation. */
const fig = (
  i: number,
  k: number,
  s: number,
  p: number,
  a: number,
): Partial<ViewParams<'transposed'>> => ({
  i: [i, i],
  k: [k, k],
  s: [s, s],
  p: [p, p],
  d: [1, 1],
  op: [a, a],
  t: 0,
});

/** Chapter 4's figures, each the transpose of the chapter 2 figure with the same number. */
export const TRANSPOSED_PRESETS: Preset<'transposed'>[] = [
  figurePreset('4.1', 'No padding, unit strides, transposed', fig(2, 3, 1, 0, 0)),
  figurePreset('4.2', 'Arbitrary padding, unit strides, transposed', fig(6, 4, 1, 2, 0)),
  figurePreset('4.3', 'Half padding, unit strides, transposed', fig(5, 3, 1, 1, 0)),
  figurePreset('4.4', 'Full padding, unit strides, transposed', fig(7, 3, 1, 2, 0)),
  figurePreset('4.5', 'No padding, strides, transposed', fig(2, 3, 2, 0, 0)),
  figurePreset('4.6', 'Padding, strides, transposed', fig(3, 3, 2, 1, 0)),
  figurePreset(
    '4.7',
    'Padding, strides, transposed (odd); the caption’s “2 × 2 input” is a typo for 3 × 3',
    fig(3, 3, 2, 1, 1),
  ),
];
