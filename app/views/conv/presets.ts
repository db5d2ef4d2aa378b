import type { ViewParams } from '../../url/schema';

/** A figure of the paper, reproduced as a URL. */
export interface Preset<V> {
  /** "2.1" */
  figure: string;
  /** The paper's name for it. */
  title: string;
  /** The parameters that differ from the view's defaults. */
  params: Partial<V>;
}

const sym = (p: number) => ({
  mode: 'explicit' as const,
  h: [p, p] as [number, number],
  w: [p, p] as [number, number],
});
const pair = (v: number): [number, number] => [v, v];

/** Chapters 2 and 5 (figure parameters from the paper's own figure generator). */
export const CONV_PRESETS: Preset<ViewParams<'conv'>>[] = [
  {
    figure: '2.1',
    title: 'No padding, unit strides',
    params: { i: pair(4), k: pair(3), s: pair(1), p: sym(0), d: pair(1) },
  },
  {
    figure: '2.2',
    title: 'Arbitrary padding, unit strides',
    params: { i: pair(5), k: pair(4), s: pair(1), p: sym(2), d: pair(1) },
  },
  {
    figure: '2.3',
    title: 'Half padding, unit strides',
    params: { i: pair(5), k: pair(3), s: pair(1), p: sym(1), d: pair(1) },
  },
  {
    figure: '2.4',
    title: 'Full padding, unit strides',
    params: { i: pair(5), k: pair(3), s: pair(1), p: sym(2), d: pair(1) },
  },
  {
    figure: '2.5',
    title: 'No padding, strides',
    params: { i: pair(5), k: pair(3), s: pair(2), p: sym(0), d: pair(1) },
  },
  {
    figure: '2.6',
    title: 'Padding, strides',
    params: { i: pair(5), k: pair(3), s: pair(2), p: sym(1), d: pair(1) },
  },
  {
    figure: '2.7',
    title: 'Padding, strides (odd)',
    params: { i: pair(6), k: pair(3), s: pair(2), p: sym(1), d: pair(1) },
  },
  {
    figure: '5.1',
    title: 'Dilated convolution',
    params: { i: pair(7), k: pair(3), s: pair(1), p: sym(0), d: pair(2) },
  },
];
