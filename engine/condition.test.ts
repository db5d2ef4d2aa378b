import { describe, expect, it } from 'vitest';
import { formatCondition, parseCondition, suggestCondition } from './condition';

const grouped = (text: string) => {
  const parsed = parseCondition(text);
  if (!parsed.ok) throw new Error(parsed.message);
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

  it.each([
    ['', 'the condition is empty'],
    ['a > ', 'expected a, a number or “(” at column 5, found the end'],
    ['(a > 0', 'expected “)” at column 7, found the end'],
    ['a > 0 a', 'expected an operator at column 7, found “a”'],
    ['a ? 1', '“?” at column 3 is not part of a condition'],
    // Python refuses these too
    ['a > 01', 'leading zeros in decimal integer literals are not permitted'],
    ['(a > 0) & not (a < 1)', 'expected an operand (“not” needs brackets here) at column 11'],
    ['a is None', '“is” at column 3 is Python, but not part of the conditions this lab evaluates'],
    ['a[0] > 1', '“[” at column 2 is not part of a condition'],
  ])('%j is refused: %s', (text, message) => {
    const parsed = parseCondition(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
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
