import { figurePreset, type Preset } from '../../components/presets';
import type { ViewParams } from '../../url/schema';

/** A square figure: i, k, s, p (on every side) and d, shown from its first output position. */
const fig = (i: number, k: number, s: number, p: number, d = 1): Partial<ViewParams<'conv'>> => ({
  i: [i, i],
  k: [k, k],
  s: [s, s],
  p: { mode: 'explicit', h: [p, p], w: [p, p] },
  d: [d, d],
  x: null,
  w: null,
  t: 0,
});

/** The worked example of figures 1.1 and 1.2: the paper's 5 × 5 input and 3 × 3 kernel. */
const PAPER_INPUT = [
  ['3', '3', '2', '1', '0'],
  ['0', '0', '1', '3', '1'],
  ['3', '1', '2', '2', '3'],
  ['2', '0', '0', '2', '2'],
  ['2', '0', '0', '0', '1'],
];
const PAPER_KERNEL = [
  ['0', '1', '2'],
  ['2', '2', '0'],
  ['0', '1', '2'],
];
const worked = (s: number, p: number): Partial<ViewParams<'conv'>> => ({
  ...fig(5, 3, s, p),
  x: PAPER_INPUT,
  w: PAPER_KERNEL,
  num: true,
});

/**
 * Chapter 1's worked example with its numbers, then chapters 2 and 5 (figure parameters from
 * the paper's own figure generator).
 */
export const CONV_PRESETS: Preset<'conv'>[] = [
  figurePreset('1.1', 'Computing the output values of a discrete convolution', worked(1, 0)),
  figurePreset('1.2', 'The same with strides 2 and padding 1', worked(2, 1)),
  figurePreset('2.1', 'No padding, unit strides', fig(4, 3, 1, 0)),
  figurePreset('2.2', 'Arbitrary padding, unit strides', fig(5, 4, 1, 2)),
  figurePreset('2.3', 'Half padding, unit strides', fig(5, 3, 1, 1)),
  figurePreset('2.4', 'Full padding, unit strides', fig(5, 3, 1, 2)),
  figurePreset('2.5', 'No padding, strides', fig(5, 3, 2, 0)),
  figurePreset('2.6', 'Padding, strides', fig(5, 3, 2, 1)),
  figurePreset('2.7', 'Padding, strides (odd)', fig(6, 3, 2, 1)),
  figurePreset('5.1', 'Dilated convolution', fig(7, 3, 1, 0, 2)),
];
