import { describe, expect, it } from 'vitest';
import { formatCondition, parseCondition, suggestCondition } from './condition';

const grouped = (text: string) => {
  const parsed = parseCondition(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.message));
  return formatCondition(parsed.node);
};

// Python's grouping, worked by hand from the language reference's precedence table.
describe('parseCondition follows Python precedence', () => {
  it.each([
    ['a > 0', 'a > 0'],
    ['(a > 0) & (a < 1)', '(a > 0) & (a < 1)'],
    // & binds tighter than comparisons: a chain with a bitwise AND in the middle
    ['a > 0 & a < 1', 'a > (0 & a) < 1'],
    ['0 < a < 1', '0 < a < 1'],
    ['(a > 0) and (a < 1)', '(a > 0) and (a < 1)'],
    ['not a > 0', 'not (a > 0)'],
    ['~(a > 0) | (a == 2)', '~(a > 0) | (a == 2)'],
    // | is looser than &
    ['(a > 0) | (a < 1) & (a != 2)', '(a > 0) | (a < 1) & (a != 2)'],
    ['((a > 0) | (a < 1)) & (a != 2)', '((a > 0) | (a < 1)) & (a != 2)'],
    ['a >= -1.5', 'a >= -1.5'],
    ['~a & 1', '~a & 1'],
    ['a <= .5e1', 'a <= .5e1'],
    ['a % 2 == 0', 'a % 2 == 0'],
    ['a * 2 > 1', 'a * 2 > 1'],
    ['-a ** 2', '-a ** 2'],
    ['(-a) ** 2', '(-a) ** 2'],
    ['a - (1 - 2)', 'a - (1 - 2)'],
    ['a ** 2 ** 3', 'a ** 2 ** 3'],
    ['(a ** 2) ** 3', '(a ** 2) ** 3'],
    ['a > 0 ^ a < 1', 'a > (0 ^ a) < 1'],
    ['(a > 0) ^ (a < 1) & (a != 2)', '(a > 0) ^ (a < 1) & (a != 2)'],
    ['np.abs(a) > 1', 'np.abs(a) > 1'],
    ['np.logical_and(a > 0, a < 1)', 'np.logical_and(a > 0, a < 1)'],
    ['(a > 0).any()', '(a > 0).any()'],
    ['((a > 0) + (a < 1) == 2).nonzero()', '((a > 0) + (a < 1) == 2).nonzero()'],
    ['a == None', 'a == None'],
    ['1_000 < a', '1_000 < a'],
  ])('%s groups as %s', (text, expected) => {
    expect(grouped(text)).toBe(expected);
  });

  const expected = (what: object, column: number, found: object) => ({
    id: 'mask.parse.expected',
    values: { what, column, found },
  });
  const END = { id: 'mask.parse.found.end' };
  it.each([
    ['', { id: 'mask.parse.empty' }],
    ['a > ', expected({ id: 'mask.parse.what.operand' }, 5, END)],
    ['(a > 0', expected({ id: 'mask.parse.what.token', values: { token: ')' } }, 7, END)],
    [
      'a > 0 a',
      expected({ id: 'mask.parse.what.operator' }, 7, {
        id: 'mask.parse.found.token',
        values: { token: 'a' },
      }),
    ],
    ['a ? 1', { id: 'mask.parse.char', values: { char: '?', column: 3 } }],
    // Python refuses these too, with its own words
    [
      'a > 01',
      {
        id: 'mask.parse.python',
        values: {
          column: 5,
          python:
            'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
        },
      },
    ],
    [
      'a > 1a',
      { id: 'mask.parse.python', values: { column: 5, python: 'invalid decimal literal' } },
    ],
    [
      '(a > 0) & not (a < 1)',
      expected({ id: 'mask.parse.what.not' }, 11, {
        id: 'mask.parse.found.token',
        values: { token: 'not' },
      }),
    ],
    ['a is None', { id: 'mask.parse.notEvaluated', values: { word: 'is', column: 3 } }],
    ['a[0] > 1', { id: 'mask.parse.char', values: { char: '[', column: 2 } }],
  ])('%j is refused: %j', (text, message) => {
    const parsed = parseCondition(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toEqual(message);
  });
});

describe('suggestCondition', () => {
  it.each([
    ['a > 0 & a < 1', '(a > 0) & (a < 1)'],
    ['(a > 0) and (a < 1)', '(a > 0) & (a < 1)'],
    ['a > 0 or a < -1', '(a > 0) | (a < -1)'],
    ['0 < a < 1', '(0 < a) & (a < 1)'],
    ['not a > 0', '~(a > 0)'],
    ['(a > 0) & (a < 1)', '(a > 0) & (a < 1)'],
    // plain values under and/or/not become comparisons with 0, so the rewrite is a mask
    ['not a', 'a == 0'],
    ['1 and a', '(1 != 0) & (a != 0)'],
    ['(a > 0) and a', '(a > 0) & (a != 0)'],
  ])('%s → %s', (text, expected) => {
    expect(suggestCondition(text)).toBe(expected);
  });

  it('gives up on text that does not parse', () => {
    expect(suggestCondition('a >')).toBeNull();
  });
});
