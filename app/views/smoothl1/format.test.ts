import { describe, expect, it } from 'vitest';
import { formatLabel, formatNamed, formatReadout } from './format';

describe('formatReadout', () => {
  it.each([
    [0.125, '0.125000'],
    [0.01125, '0.0112500'],
    [-1, '-1.00000'],
    [0, '0'],
    [-0, '0'],
    [1.5e-7, '1.50000e-7'],
    [Number.NaN, 'nan'],
    [Number.POSITIVE_INFINITY, 'inf'],
  ])('%d → %s', (value, text) => {
    expect(formatReadout(value)).toBe(text);
  });
});

describe('formatLabel', () => {
  it.each([
    [1 / 9, '0.1111'],
    [-0.5, '−0.5'],
    [3, '3'],
    [Number.POSITIVE_INFINITY, '∞'],
  ])('%d → %s', (value, text) => {
    expect(formatLabel(value)).toBe(text);
  });
});

describe('formatNamed', () => {
  it('keeps a name and its value together: no-break spaces around =', () => {
    expect(formatNamed('β', '0.1111')).toBe('β\u00a0=\u00a00.1111');
    expect(formatNamed('β', formatNamed('1/σ²', '0.1111'))).not.toMatch(/ /);
  });
});
