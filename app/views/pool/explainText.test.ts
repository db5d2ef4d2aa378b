import { describe, expect, it } from 'vitest';
import { convLinks, poolLinks } from '../../../engine';
import { poolExplainText } from './explainText';

// Row [1, 2, 3, 4, 5] as a 1 × 5 image, k = (1, 3), s = (1, 2), p = (0, 1): the semantics
// reference gives avg [1, 3, 3] with count_include_pad and [1.5, 3, 4.5] without.
const input = [1, 2, 3, 4, 5];
const geo = poolLinks([1, 5], { mode: 'avg', kernel: [1, 3], stride: [1, 2], padding: [0, 1] });

describe('poolExplainText', () => {
  it('avg with count_include_pad counts the padding cell', () => {
    expect(poolExplainText('avg', geo, 0, input, [1, 3, 3], 3, true)).toBe(
      'y[0, 0] = (1 + 2) / 3 = 1 (divisor 3: count_include_pad counts 1 padding cell)',
    );
  });

  it('avg without count_include_pad divides by the input cells', () => {
    expect(poolExplainText('avg', geo, 2, input, [1.5, 3, 4.5], 2, false)).toBe(
      'y[0, 2] = (4 + 5) / 2 = 4.5 (divisor 2: count_include_pad=False counts input cells only)',
    );
  });

  it('max names the padding cells that hold −∞', () => {
    expect(poolExplainText('max', geo, 0, input, [2, 4, 5], null, true)).toBe(
      'y[0, 0] = max(1, 2) = 2 (1 padding cell holds −∞)',
    );
  });

  // ceil mode, k = (1, 2), s = (1, 2), p = 0 over [1 … 5]: PyTorch 1.13 gives max [2, 4, 5] and
  // avg [1.5, 3.5, 5]; the last window starts at 4 and overhangs the end by one cell
  const ceil = (mode: 'max' | 'avg') =>
    poolLinks([1, 5], { mode, kernel: [1, 2], stride: [1, 2], ceilMode: true });

  it('max in ceil mode: a cell past the end is outside the window, not padding', () => {
    expect(poolExplainText('max', ceil('max'), 2, input, [2, 4, 5], null, true)).toBe(
      'y[0, 2] = max(5) = 5 (1 cell past the padding is not part of the window)',
    );
  });

  it('avg in ceil mode: the overhang does not count in the divisor', () => {
    expect(poolExplainText('avg', ceil('avg'), 2, input, [1.5, 3.5, 5], 1, true)).toBe(
      'y[0, 2] = (5) / 1 = 5 (divisor 1: every cell of the window is inside the input; 1 cell past the padding is not part of the window)',
    );
  });

  it('TensorFlow’s SAME pads after only: its zeros are padding, left out of max and divisor', () => {
    // [1..6], k 3, s 2, SAME pads (0, 1): the last window is 5, 6 and one zero (semantics §3.1)
    const tf = convLinks([1, 6], {
      kernel: [1, 3],
      stride: [1, 2],
      padding: [
        [0, 0],
        [0, 1],
      ],
    });
    const x = [1, 2, 3, 4, 5, 6];
    expect(poolExplainText('avg', tf, 2, x, [2, 4, 5.5], 2, false, 'tf', [0, 1])).toBe(
      'y[0, 2] = (5 + 6) / 2 = 5.5 (divisor 2: TensorFlow counts input cells only)',
    );
    expect(poolExplainText('max', tf, 2, x, [3, 5, 6], null, false, 'tf', [0, 1])).toBe(
      'y[0, 2] = max(5, 6) = 6 (1 padding cell is left out)',
    );
  });
});
