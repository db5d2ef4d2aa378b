import { describe, expect, it } from 'vitest';
import { i18n, type Messages } from '@lingui/core';
import zh from '../../i18n/locales/zh/common.json';
import { say } from '../../i18n/say';
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
    const fitted = fitTyped([['1', '2']], [2, 3], 'x');
    expect(Array.from(fitted.data)).toEqual([1, 2, 0, 0, 0, 0]);
    expect(say(fitted.note!)).toBe(
      'x (the input) has 1\u00a0×\u00a02 typed values for 2\u00a0×\u00a03 cells: the cells without a typed value hold 0.',
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
    expect(say(fitted.note!)).toBe(
      'w (the kernel) has 2\u00a0×\u00a03 typed values for 1\u00a0×\u00a02 cells: values past 1\u00a0×\u00a02 are left out.',
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

  it('says how it fitted them in Chinese on a Chinese page', () => {
    i18n.load('zh', zh as unknown as Messages);
    i18n.activate('zh');
    const note = fitTyped([['1', '2', '3']], [2, 2], 'w').note!;
    expect(say(note)).toBe(
      'w（卷积核）有 1\u00a0×\u00a03 个输入值，而网格有 2\u00a0×\u00a02 个单元格：没有输入值的单元格取 0，超出 2\u00a0×\u00a02 的值被略去。',
    );
    i18n.activate('en');
  });
});
