import { describe, expect, it } from 'vitest';
import { fitTyped, matrixText } from './typedValues';

describe('fitTyped', () => {
  it('keeps a matrix of the right size as it is', () => {
    const fitted = fitTyped(
      [
        ['3', '-1.5'],
        ['0', '2'],
      ],
      [2, 2],
      'x',
    );
    expect(Array.from(fitted.data)).toEqual([3, -1.5, 0, 2]);
    expect(fitted.note).toBeNull();
  });

  it('fills missing cells with zeros and says so', () => {
    const fitted = fitTyped([['1', '2']], [2, 3], 'x (the input)');
    expect(Array.from(fitted.data)).toEqual([1, 2, 0, 0, 0, 0]);
    expect(fitted.note).toBe(
      'x (the input) has 1 × 2 typed values for 2 × 3 cells: the cells without a typed value hold 0.',
    );
  });

  it('leaves out values past the grid and says so', () => {
    const fitted = fitTyped(
      [
        ['1', '2', '3'],
        ['4', '5', '6'],
      ],
      [1, 2],
      'w',
    );
    expect(Array.from(fitted.data)).toEqual([1, 2]);
    expect(fitted.note).toBe(
      'w has 2 × 3 typed values for 1 × 2 cells: values past 1 × 2 are left out.',
    );
  });
});

describe('matrixText', () => {
  it('writes rows split by ; and values by ,', () => {
    expect(
      matrixText([
        ['3', '3'],
        ['0', '-1'],
      ]),
    ).toBe('3,3;0,-1');
    expect(matrixText(null)).toBe('');
  });
});
