import { describe, expect, it } from 'vitest';
import { formatShape, formatSize, formatValue, formatValueAt } from './format';

describe('formatValue', () => {
  it('prints integers as is, others to 2 decimals, with true minus signs and infinities', () => {
    expect([3, -1.5, 0.125, -Infinity, Infinity, -2].map(formatValue)).toEqual([
      '3',
      '−1.5',
      '0.13',
      '−∞',
      '∞',
      '−2',
    ]);
  });
});

describe('formatValueAt', () => {
  it('gives what formatValue gives for each entry, every time it is asked', () => {
    const values = new Float64Array([3, -1.5, 0.125, -Infinity]);
    const expected = ['3', '−1.5', '0.13', '−∞'];
    for (let round = 0; round < 2; round++)
      expect(Array.from(values, (_, i) => formatValueAt(values, i))).toEqual(expected);
    // Another array with other values at the same places has texts of its own.
    const other = [7, 0.5, -4, Infinity];
    expect(other.map((_, i) => formatValueAt(other, i))).toEqual(['7', '0.5', '−4', '∞']);
  });
});

describe('formatSize', () => {
  it('keeps a size on one line: no-break spaces around ×', () => {
    expect(formatSize([3, 5])).toBe('3\u00a0×\u00a05');
    expect(formatSize([3, 5])).not.toMatch(/ /);
  });

  it('writes plain spaces when asked, for code', () => {
    expect(formatSize([12, 1], ' ')).toBe('12 × 1');
  });
});

describe('formatShape', () => {
  it('writes any number of axes with no-break spaces around each ×', () => {
    expect(formatShape([4, 3, 3, 3])).toBe('4\u00a0×\u00a03\u00a0×\u00a03\u00a0×\u00a03');
    expect(formatShape([64, 7])).toBe('64\u00a0×\u00a07');
    expect(formatShape([5])).toBe('5');
    expect(formatShape([2, 3, 4])).not.toMatch(/ /);
  });

  it('writes plain spaces when asked, for code', () => {
    expect(formatShape([1, 2, 3], ' ')).toBe('1 × 2 × 3');
  });
});
