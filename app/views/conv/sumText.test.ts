import { describe, expect, it } from 'vitest';
import { convLinks } from '../../../engine';
import { convSumText } from './sumText';

describe('convSumText', () => {
  // 3 × 3 input 1…9, 2 × 2 kernel [1, 0; −1, 2], no padding: y[0,1] = 2·1 + 3·0 + 5·(−1) + 6·2 = 9
  const input = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  const kernel = [1, 0, -1, 2];
  const output = [7, 9, 13, 15];

  it('writes every term with negative weights in parentheses', () => {
    const geo = convLinks([3, 3], { kernel: [2, 2] });
    expect(convSumText(geo, 2, 1, input, kernel, output)).toBe(
      'y[0, 1] = 2·1 + 3·0 + 5·(−1) + 6·2 = 9',
    );
  });

  it('counts taps on padding instead of listing zeros', () => {
    const geo = convLinks([3, 3], { kernel: [2, 2], padding: [1, 1] });
    // output (0, 0) covers padding except input (0, 0) under tap 3 (weight 2)
    expect(convSumText(geo, 4, 0, input, kernel, [2])).toBe(
      'y[0, 0] = 1·2 = 2 (3 taps on padding add 0)',
    );
  });
});
