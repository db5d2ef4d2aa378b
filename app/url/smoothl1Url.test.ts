import { describe, expect, it } from 'vitest';
import { defaultParams, encode } from './codec';
import { decode, english } from './englishText';
import { formatReal, indexListField, parseReal, readReal, tableEditsField } from './fields';

const BETA = { min: 0, max: 16, requirement: { id: 'common.url.req.beta' }, fractions: true };

describe('readReal: one reader for the URL and the number boxes', () => {
  it.each([
    ['1/9', 1 / 9],
    ['1 / 9', 1 / 9],
    [' 0.5 ', 0.5],
    ['-2 / 4', -0.5],
    ['1e-3', 0.001],
    ['.5/2', 0.25],
    ['+3', 3],
  ])('%s → %d', (text, value) => {
    expect(readReal(text)).toBe(value);
  });

  it.each(['', 'abc', '1/', '1/x', '--1', '0x10', 'Infinity', '1/-2'])(
    '“%s” is not a number',
    (text) => {
      expect(readReal(text)).toBeNaN();
    },
  );
});

describe('parseReal / formatReal', () => {
  it.each([
    // [raw, value]
    ['0.5', 0.5],
    ['1/9', 1 / 9],
    [' 2.5e-1 ', 0.25],
    ['.5/2', 0.25],
    ['1 / 9', 1 / 9], // as the lab's β box reads it
  ])('reads %s', (raw, value) => {
    expect(english(parseReal(raw, BETA))).toEqual({ ok: true, value });
  });

  it('keeps only what its text can say: without fractions, 1/3 is read to 12 digits', () => {
    expect(english(parseReal('1/3', { ...BETA, fractions: false }))).toEqual({
      ok: true,
      value: 0.333333333333,
    });
  });

  it.each([
    // [raw, reason]
    ['abc', '“abc” is not a number; beta must be a number ≥ 0 (β = 0 is plain L1)'],
    ['1/0', '“1/0” is not a number; beta must be a number ≥ 0 (β = 0 is plain L1)'],
    ['', '“” is not a number; beta must be a number ≥ 0 (β = 0 is plain L1)'],
  ])('refuses %s', (raw, reason) => {
    expect(english(parseReal(raw, BETA))).toEqual({ ok: false, reason });
  });

  it('refuses with the library’s words before clamping', () => {
    const refuse = (v: number) => (v < 0 ? 'no negatives' : null);
    expect(english(parseReal('-1', { ...BETA, refuse }))).toEqual({
      ok: false,
      reason: 'no negatives',
    });
    expect(english(parseReal('99', { ...BETA, refuse }))).toEqual({
      ok: true,
      value: 16,
      note: '99 is above the maximum 16',
    });
  });

  it.each([
    // [value, fractions, text]
    [1 / 9, true, '1/9'],
    [0.25, true, '0.25'], // short decimals stay decimals
    [1 / 7, true, '1/7'],
    [0.25, false, '0.25'],
    [0.3, true, '0.3'],
    [1 / 3000, true, '0.000333333333333'],
    [2, true, '2'],
  ])('formatReal(%d, %s) = %s', (value, fractions, text) => {
    expect(formatReal(value, fractions)).toBe(text);
  });
});

describe('indexListField', () => {
  const field = indexListField({ default: [1, 2], min: 1, max: 8 });
  it.each([
    // [raw, value, note]
    ['3,1,3', [1, 3], undefined],
    ['', [], undefined],
    ['2,9,x,1.5', [2], 'ignored “9”, “x”, “1.5” (not a whole number 1–8)'],
  ])('%s', (raw, value, note) => {
    const result = english(field.parse(raw));
    expect(result).toEqual(note ? { ok: true, value, note } : { ok: true, value });
  });
});

describe('tableEditsField', () => {
  const field = tableEditsField({ rows: 8, columns: ['dx', 'dy', 'dw', 'dh'], min: -10, max: 10 });
  it('reads edits and writes them in table order', () => {
    const result = field.parse('2dh:-0.25,1DX:0.5,1dw:3');
    expect(english(result)).toEqual({ ok: true, value: { '2dh': -0.25, '1dx': 0.5, '1dw': 3 } });
    if (result.ok) expect(field.format(result.value)).toBe('1dx:0.5,1dw:3,2dh:-0.25');
  });

  it('ignores what it cannot place and clamps what is too large, saying so', () => {
    expect(english(field.parse('9dx:1,1dz:1,1dy:abc,1dh:50'))).toEqual({
      ok: true,
      value: { '1dh': 10 },
      note: 'ignored “9dx:1”; ignored “1dz:1”; ignored “1dy:abc”: “abc” is not a number; 50 is above the maximum 10',
    });
  });
});

describe('smoothl1 URL', () => {
  it('reads the presets', () => {
    expect(decode('?view=smoothl1&sigma=3&box=rpn').params).toMatchObject({
      sigma: 3,
      beta: 1,
      box: 'rpn',
    });
    expect(decode('?view=smoothl1&beta=1/9&box=sampled').params).toMatchObject({
      beta: 1 / 9,
      sigma: null,
    });
  });

  it('writes β as a fraction and leaves defaults out', () => {
    const params = { ...defaultParams('smoothl1'), beta: 1 / 9 };
    expect(encode('smoothl1', params)).toBe('?view=smoothl1&beta=1/9');
    expect(encode('smoothl1', defaultParams('smoothl1'))).toBe('?view=smoothl1');
    expect(
      encode('smoothl1', {
        ...defaultParams('smoothl1'),
        sigma: 3,
        show: ['sl1', 'misprint'],
        zoom: true,
        pos: [1, 4],
        pred: { '4dw': 0.5 },
      }),
    ).toBe('?view=smoothl1&sigma=3&show=sl1,misprint&zoom=1&pos=1,4&pred=4dw:0.5');
  });

  it.each([
    [
      '?view=smoothl1&beta=-1',
      'beta: smooth_l1_loss does not support negative values for beta: got beta = -1; use β ≥ 0 (β = 0 is plain L1); using the default 1.',
    ],
    [
      '?view=smoothl1&delta=0',
      'delta: huber_loss does not support non-positive values for delta: got delta = 0; use δ > 0; using the default 1.',
    ],
    [
      '?view=smoothl1&beta=abc',
      'beta: “abc” is not a number; beta must be a number ≥ 0 (β = 0 is plain L1); using the default 1.',
    ],
    [
      '?view=smoothl1&sigma=0',
      'sigma: sigma must be positive (β = 1/σ²): got sigma = 0; use σ > 0; leaving it out.',
    ],
    [
      '?view=smoothl1&box=yolo',
      'box: “yolo” is not one of rpn, head, sampled, mean; using the default sampled.',
    ],
  ])('%s gives a notice naming the constraint', (search, message) => {
    expect(decode(search).corrections).toEqual([message]);
  });
});
