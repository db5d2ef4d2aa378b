import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswer, formatAnswer, readReal, readSizes } from './answerText';
import type { Answer } from './types';

const text = (t: string) => ({ kind: 'text' as const, text: t });
const picked = (...indices: number[]) => ({ kind: 'picked' as const, indices });
const size55: Answer = { kind: 'shape', value: [5, 5], square: true };
const size57: Answer = { kind: 'shape', value: [5, 7], square: true };
const shape423: Answer = { kind: 'shape', value: [4, 2, 3], square: false };

describe('readSizes', () => {
  it.each([
    ['5', [5]],
    ['5x5', [5, 5]],
    ['5 x 5', [5, 5]],
    ['5X7', [5, 7]],
    ['5 × 7', [5, 7]],
    ['5*7', [5, 7]],
    ['5 by 7', [5, 7]],
    ['(5, 7)', [5, 7]],
    ['[5, 7]', [5, 7]],
    ['5,7', [5, 7]],
    ['5 7', [5, 7]],
    ['(5,)', [5]],
    ['torch.Size([4, 2, 3])', [4, 2, 3]],
    ['  ( 4 ,2, 3 )  ', [4, 2, 3]],
    ['0', [0]],
  ])('%s reads as %j', (input, sizes) => {
    expect(readSizes(input)).toEqual(sizes);
  });

  it.each(['', 'abc', '5.5', '-5', '5x', 'x5', '5 x y', '(5, 7', '()', '5,,7', '1e3'])(
    '%j is not a size',
    (input) => {
      expect(readSizes(input)).toBeNull();
    },
  );
});

describe('readReal', () => {
  it.each([
    ['0.5', 0.5],
    ['.5', 0.5],
    ['-1.25', -1.25],
    ['−0.5', -0.5],
    ['1e-3', 0.001],
    ['1/9', 1 / 9],
    ['3/4', 0.75],
    [' 2 ', 2],
  ])('%s reads as %d', (input, value) => {
    expect(readReal(input)).toBeCloseTo(value, 12);
  });

  it.each(['', 'half', '0,5', '1/0', '1/', '--1', '1.2.3'])('%j is not a number', (input) => {
    expect(readReal(input)).toBeNull();
  });
});

describe('checkAnswer', () => {
  it.each([
    [size55, '5x5', 'right'],
    [size55, '5 × 5', 'right'],
    [size55, '(5, 5)', 'right'],
    [size55, '5', 'right'],
    [size55, '5x6', 'wrong'],
    [size55, '5x5x5', 'wrong'],
    [size55, '6', 'wrong'],
    [size57, '5 × 7', 'right'],
    [size57, '7 × 5', 'wrong'],
    [size57, '5', 'wrong'],
    [size57, '7', 'wrong'],
    [shape423, '(4, 2, 3)', 'right'],
    [shape423, '4 × 2 × 3', 'right'],
    [shape423, '(2, 4, 3)', 'wrong'],
    [size55, 'five', 'unreadable'],
    [size55, '', 'unreadable'],
  ] as const)('%j with %j is %s', (answer, input, status) => {
    expect(checkAnswer(answer, text(input)).status).toBe(status);
  });

  it('a one-axis shape (4,) is not the square 4 × 4, nor the other way round', () => {
    expect(checkAnswer({ kind: 'shape', value: [4, 4], square: false }, text('4')).status).toBe(
      'wrong',
    );
    expect(checkAnswer({ kind: 'shape', value: [4], square: false }, text('4, 4')).status).toBe(
      'wrong',
    );
  });

  it('numbers: right within the tolerance, a fraction too', () => {
    const ninth: Answer = { kind: 'number', value: 1 / 9, tolerance: 0.0005 };
    expect(checkAnswer(ninth, text('1/9')).status).toBe('right');
    expect(checkAnswer(ninth, text('0.111')).status).toBe('right');
    expect(checkAnswer(ninth, text('0.1115')).status).toBe('right');
    expect(checkAnswer(ninth, text('0.112')).status).toBe('wrong');
    expect(checkAnswer(ninth, text('0.11')).status).toBe('wrong');
    expect(checkAnswer(ninth, text('-0.111')).status).toBe('wrong');
    expect(checkAnswer(ninth, text('one ninth'))).toEqual({
      status: 'unreadable',
      message: { id: 'practice.unreadable.number' },
    });
  });

  it('choices: exactly the right set, in any order', () => {
    const multi: Answer = {
      kind: 'choice',
      // Options are matched by place: the same words in another language check the same.
      options: ['a', 'b', 'c', 'd'].map((id) => ({ id })),
      correct: [0, 2],
      multiple: true,
    };
    expect(checkAnswer(multi, picked(2, 0)).status).toBe('right');
    expect(checkAnswer(multi, picked(0)).status).toBe('wrong');
    expect(checkAnswer(multi, picked(0, 2, 3)).status).toBe('wrong');
    expect(checkAnswer(multi, picked()).status).toBe('unreadable');
    const cells: Answer = { kind: 'cells', shape: [3, 3], value: [0, 4, 8] };
    expect(checkAnswer(cells, picked(8, 4, 0)).status).toBe('right');
    expect(checkAnswer(cells, picked(0, 4)).status).toBe('wrong');
  });

  it('formatAnswer states sizes and numbers', () => {
    expect(formatAnswer(size57)).toBe('5 × 7');
    expect(formatAnswer({ kind: 'number', value: 1 / 9, tolerance: 0.0005 })).toBe('0.1111');
    expect(formatAnswer({ kind: 'number', value: -0.00001, tolerance: 0.0005 })).toBe('0');
  });
});

// Any usual way of writing sizes is read, and only the right sizes are accepted.
const separators = fc.constantFrom('x', ' x ', '×', ' × ', ', ', ',', ' ', '*', ' by ');
const wrappers = fc.constantFrom(['', ''], ['(', ')'], ['[', ']'], ['torch.Size([', '])']);

describe('checkAnswer laws', () => {
  it('every spelling of the right sizes is right', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 4 }),
        separators,
        wrappers,
        (sizes, sep, [open, close]) => {
          const answer: Answer = { kind: 'shape', value: sizes, square: false };
          return checkAnswer(answer, text(`${open}${sizes.join(sep)}${close}`)).status === 'right';
        },
      ),
    );
  });

  it('changing any one size, or dropping one, is wrong', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 2, maxLength: 4 }),
        fc.nat(),
        fc.integer({ min: 1, max: 50 }),
        separators,
        (sizes, at, delta, sep) => {
          const answer: Answer = { kind: 'shape', value: sizes, square: true };
          const changed = sizes.slice();
          changed[at % sizes.length] += delta;
          const dropped = sizes.filter((_, n) => n !== at % sizes.length);
          const square = dropped.length === 1 && sizes.every((v) => v === dropped[0]);
          return (
            checkAnswer(answer, text(changed.join(sep))).status === 'wrong' &&
            checkAnswer(answer, text(dropped.join(sep))).status === (square ? 'right' : 'wrong')
          );
        },
      ),
    );
  });

  it('a number is right exactly within the tolerance', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -0.01, max: 0.01, noNaN: true }),
        (value, offset) => {
          const answer: Answer = { kind: 'number', value, tolerance: 0.0005 };
          const typed = value + offset;
          const status = checkAnswer(answer, text(String(typed))).status;
          const close = Math.abs(offset) <= 0.0005 - 1e-9;
          const far = Math.abs(offset) >= 0.0005 + 1e-9;
          return close ? status === 'right' : far ? status === 'wrong' : true;
        },
      ),
    );
  });
});
