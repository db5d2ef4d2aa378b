import { afterEach, describe, expect, it } from 'vitest';
import { i18n, type Messages } from '@lingui/core';
import common from '../../i18n/locales/zh/common.json';
import broadcast from '../../i18n/locales/zh/broadcast.json';
import { readAllShapes, readShapeBox } from './shapeText';

describe('readShapeBox', () => {
  it.each([
    ['4, 1, 3', { ok: true, text: '4, 1, 3' }],
    ['(5,)', { ok: true, text: '5' }],
    ['', { ok: true, text: '' }],
    [
      '2, -1',
      { ok: false, error: 'Shape of a: negative dimensions are not allowed: “2, -1” has -1.' },
    ],
    ['2, x', { ok: false, error: 'Shape of a: “x” in “2, x” is not a whole number.' }],
  ])('%j', (text, expected) => {
    expect(readShapeBox('a', text)).toEqual(expected);
  });
});

describe('readAllShapes', () => {
  it('reads NumPy’s compact tuples and Python’s', () => {
    expect(readAllShapes('(3,4) (5,) ')).toEqual({ ok: true, shapes: [[3, 4], [5]] });
    expect(readAllShapes('(2, 1), (1, 3), (4, 1, 1), ()')).toEqual({
      ok: true,
      shapes: [[2, 1], [1, 3], [4, 1, 1], []],
    });
  });

  it.each([
    ['(1,) (2,) (3,) (4,) (5,)', 'At most 4 operands (a to d); you gave 5 shapes.'],
    ['3, 4', 'Write the shapes as Python tuples, e.g. (3, 4) (5,) or (2, 1), (1, 3).'],
    ['(3, -4)', 'Shape 1: negative dimensions are not allowed: “3, -4” has -4.'],
  ])('%j is refused', (text, error) => {
    expect(readAllShapes(text)).toEqual({ ok: false, error });
  });
});

describe('in Chinese', () => {
  afterEach(() => i18n.activate('en'));

  it('names the box and says the reason in Chinese, the typed text as it is', () => {
    for (const messages of [common, broadcast]) i18n.load('zh', messages as unknown as Messages);
    i18n.activate('zh');
    const read = readShapeBox('a', '2, x');
    expect(read.ok).toBe(false);
    const error = read.ok ? '' : read.error;
    expect(error).toBe('a 的形状：“2, x” 中的 “x” 不是整数。');
    expect(error).not.toMatch(/Shape|whole number/);
    expect(readAllShapes('3, 4')).toEqual({
      ok: false,
      error: '请把形状写成 Python 元组，例如 (3, 4) (5,) 或 (2, 1), (1, 3)。',
    });
  });
});
