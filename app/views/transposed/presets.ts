import type { ViewParams } from '../../url/schema';
import type { Preset } from '../conv/presets';

const pair = (v: number): [number, number] => [v, v];
const fig = (i: number, k: number, s: number, p: number, op: number) => ({
  i: pair(i),
  k: pair(k),
  s: pair(s),
  p: pair(p),
  d: pair(1),
  op: pair(op),
});

/** Chapter 4's figures, each the transpose of the chapter 2 figure with the same number. */
export const TRANSPOSED_PRESETS: Preset<ViewParams<'transposed'>>[] = [
  { figure: '4.1', title: 'No padding, unit strides, transposed', params: fig(2, 3, 1, 0, 0) },
  {
    figure: '4.2',
    title: 'Arbitrary padding, unit strides, transposed',
    params: fig(6, 4, 1, 2, 0),
  },
  { figure: '4.3', title: 'Half padding, unit strides, transposed', params: fig(5, 3, 1, 1, 0) },
  { figure: '4.4', title: 'Full padding, unit strides, transposed', params: fig(7, 3, 1, 2, 0) },
  { figure: '4.5', title: 'No padding, strides, transposed', params: fig(2, 3, 2, 0, 0) },
  { figure: '4.6', title: 'Padding, strides, transposed', params: fig(3, 3, 2, 1, 0) },
  {
    figure: '4.7',
    title: 'Padding, strides, transposed (odd); the caption’s “2 × 2 input” is a typo for 3 × 3',
    params: fig(3, 3, 2, 1, 1),
  },
];
