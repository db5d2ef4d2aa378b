import { msg } from './message';
import type { Answer } from './types';

/** Sizes as the page writes them: `5 × 7`. */
export const times = (sizes: readonly number[]): string => sizes.join(' × ');

/** A PyTorch argument for two axes: `3` when both are equal, else `(3, 5)`. */
export const pyPair = (h: number, w: number): string => (h === w ? String(h) : `(${h}, ${w})`);

/** A typed answer of whole numbers; `square` when one number may stand for equal axes. */
export const sizeAnswer = (value: number[], square = value.length > 1): Answer => ({
  kind: 'shape',
  value,
  square,
});

/** What to type for a height × width answer. */
export const HW_FORMAT = msg('format.hw');

/** The format line of a question answered by picking one option. */
export const PICK_ONE = msg('format.one');

/** The format line of a question answered by picking every right option. */
export const PICK_EVERY = msg('format.every');

/** A number typed to 3 decimals (or exactly, e.g. as a fraction). */
export const realAnswer = (value: number): Answer => ({
  kind: 'number',
  value,
  tolerance: 0.0005,
});

/** A number rounded for display: at most `digits` decimals, no trailing zeros. */
export const round = (value: number, digits = 4): string => {
  const text = value.toFixed(digits).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
};

/** "H" and "W", the names of the two axes in solutions (symbols, the same in every language). */
export const AXIS_NAMES = ['H', 'W'] as const;

/** A short key of per-axis geometry: each axis's numbers, axes split by `|`. */
export const axesKey = (axes: readonly object[]): string =>
  axes.map((axis) => Object.values(axis).map(Number).join(',')).join('|');
