import { msg } from './message';
import type { Answer, Response, Verdict } from './types';

// Brackets of a tuple or list, and PyTorch's `torch.Size([…])`, around the sizes.
const WRAPPED = /^(?:torch\.size\s*)?[([]\s*(?:[([]\s*)?(.*?)\s*(?:[)\]]\s*)?[)\]]$/i;
// Between sizes: commas, spaces, x, ×, *, or the word "by".
const SEPARATOR = /\s*(?:,|×|\*|\bby\b|(?<=\d)\s*x\s*(?=\d))\s*|\s+/i;
const WHOLE = /^\d{1,9}$/;
const REAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Reads a typed size or shape: `5`, `5x5`, `5 × 5`, `5*5`, `5 by 5`, `(5, 5)`, `[5, 5]`,
 * `(5,)`, `torch.Size([5, 5])`. Null when the text is not whole numbers so separated.
 *
 * @example readSizes('(4, 2, 3)') // [4, 2, 3]
 */
export function readSizes(text: string): number[] | null {
  let body = text.trim().replace(/\.$/, '');
  const wrapped = WRAPPED.exec(body);
  if (wrapped) body = wrapped[1];
  body = body.replace(/,\s*$/, '');
  if (body === '') return null;
  const parts = body.split(SEPARATOR);
  if (!parts.every((part) => WHOLE.test(part))) return null;
  return parts.map(Number);
}

/**
 * Reads a typed real number: `0.5`, `-1.25`, `.5`, `1e-3`, `1/9`, `−0.5` (a typographic minus),
 * `0,5` is refused (a comma separates sizes). Null when unreadable.
 *
 * @example readReal('1/9') // 0.1111111111111111
 */
export function readReal(text: string): number | null {
  const body = text.trim().replace(/^[−–]/, '-').replace(/\s+/g, '');
  const fraction = /^([+-]?[\d.]+)\/([\d.]+)$/.exec(body);
  if (fraction) {
    const [num, den] = [readReal(fraction[1]), readReal(fraction[2])];
    return num === null || den === null || den === 0 ? null : num / den;
  }
  return REAL.test(body) ? Number(body) : null;
}

const sameSizes = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((v, n) => v === b[n]);

/**
 * Checks an answer: sizes must match exactly (one number is every axis only for a `square`
 * answer whose axes are equal), a number must lie within the tolerance, choices and cells must
 * be exactly the right set. Text that cannot be read is neither right nor wrong: the verdict
 * says what to type.
 *
 * @example checkAnswer({ kind: 'shape', value: [5, 5], square: true }, { kind: 'text', text: '5 × 5' }) // { status: 'right' }
 */
export function checkAnswer(answer: Answer, response: Response): Verdict {
  if (answer.kind === 'shape' || answer.kind === 'number') {
    const text = response.kind === 'text' ? response.text : '';
    if (answer.kind === 'shape') {
      const sizes = readSizes(text);
      if (!sizes) {
        return {
          status: 'unreadable',
          message:
            answer.value.length === 1
              ? msg('unreadable.whole')
              : msg('unreadable.wholes', {
                  count: answer.value.length,
                  example: answer.value.map(() => 5).join(' × '),
                }),
        };
      }
      const square =
        answer.square && sizes.length === 1 && answer.value.every((v) => v === sizes[0]);
      return sameSizes(sizes, answer.value) || square ? { status: 'right' } : { status: 'wrong' };
    }
    const value = readReal(text);
    if (value === null) {
      return { status: 'unreadable', message: msg('unreadable.number') };
    }
    return Math.abs(value - answer.value) <= answer.tolerance + 1e-12
      ? { status: 'right' }
      : { status: 'wrong' };
  }
  const picked =
    response.kind === 'picked' ? [...new Set(response.indices)].sort((a, b) => a - b) : [];
  if (picked.length === 0) {
    return {
      status: 'unreadable',
      message:
        answer.kind === 'cells'
          ? msg('unreadable.cell')
          : answer.multiple
            ? msg('unreadable.every')
            : msg('unreadable.one'),
    };
  }
  const expected = (answer.kind === 'cells' ? answer.value : answer.correct)
    .slice()
    .sort((a, b) => a - b);
  return sameSizes(picked, expected) ? { status: 'right' } : { status: 'wrong' };
}

/**
 * The right answer as the page states it after a question: sizes as `5 × 5`, a number to 4
 * decimals (the same in every language); the right options by their places, or how many cells
 * are right, for the page to say in words.
 *
 * @example formatAnswer({ kind: 'shape', value: [5, 7], square: true }) // '5 × 7'
 */
export function formatAnswer(answer: Extract<Answer, { kind: 'shape' | 'number' }>): string {
  if (answer.kind === 'shape') return answer.value.join(' × ');
  const text = answer.value.toFixed(4).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}
