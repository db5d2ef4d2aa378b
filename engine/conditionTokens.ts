/**
 * Tokens of the mask lab's condition language: the part of Python's lexical grammar that
 * conditions use (names, numbers, operators, brackets, dots, commas). Text outside it is refused
 * with the column it starts at; integer literals with leading zeros get Python's SyntaxError.
 */
import { maskMsg, type Msg } from './message';

export type TokenType = 'num' | 'word' | 'op' | 'end';

export interface Token {
  type: TokenType;
  text: string;
  /** 1-based column of the first character. */
  column: number;
}

/** A refusal of the text as Python, with the column it points at. */
export class ConditionSyntaxError extends Error {
  constructor(
    readonly reason: Msg,
    readonly column: number,
  ) {
    super(reason.id);
  }
}

// Longest first, so `//` wins over `/` and `<=` over `<`.
const OPERATORS = [
  '**',
  '//',
  '<<',
  '>>',
  '>=',
  '<=',
  '==',
  '!=',
  '>',
  '<',
  '&',
  '|',
  '^',
  '~',
  '-',
  '+',
  '*',
  '/',
  '%',
  '@',
  '(',
  ')',
  ',',
  '.',
];
// Python's decimal literals: digits with single underscores, an optional fraction and exponent.
const DIGITS = '\\d(?:_?\\d)*';
const NUMBER = new RegExp(
  `^(?:${DIGITS}(?:\\.(?:${DIGITS})?)?|\\.${DIGITS})(?:[eE][+-]?${DIGITS})?`,
);
const WORD = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * Splits a condition into tokens.
 *
 * @throws {ConditionSyntaxError} for a character no condition uses, or `01` (Python: "leading
 *   zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
 * @example tokenize('a > 0').map((t) => t.text) // ['a', '>', '0', '']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const column = i + 1;
    const num = NUMBER.exec(rest);
    if (num) {
      if (/^0+[1-9]/.test(num[0].replace(/_/g, '')) && /^[\d_]+$/.test(num[0])) {
        throw new ConditionSyntaxError(
          maskMsg('parse.python', {
            column,
            python:
              'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          }),
          column,
        );
      }
      if (WORD.test(text.slice(i + num[0].length))) {
        throw new ConditionSyntaxError(
          maskMsg('parse.python', { column, python: 'invalid decimal literal' }),
          column,
        );
      }
      tokens.push({ type: 'num', text: num[0], column });
      i += num[0].length;
      continue;
    }
    const word = WORD.exec(rest);
    if (word) {
      tokens.push({ type: 'word', text: word[0], column });
      i += word[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (!op) {
      throw new ConditionSyntaxError(maskMsg('parse.char', { char: rest[0], column }), column);
    }
    tokens.push({ type: 'op', text: op, column });
    i += op.length;
  }
  tokens.push({ type: 'end', text: '', column: text.length + 1 });
  return tokens;
}
