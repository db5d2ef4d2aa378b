/**
 * Repeating what a link held, safely: a message quotes at most a short prefix of a value, with
 * control, zero-width and bidirectional-override characters shown as �, so a hostile or huge
 * value can neither flood the notice (a live region a screen reader reads out) nor reorder it.
 */

/** The most characters of a value a message repeats. */
export const EXCERPT_CHARS = 24;

// C0 and C1 controls, zero-width and direction marks, bidi embeddings and isolates, BOM.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * At most `max` characters (whole code points) of `raw`, unsafe ones replaced, with `…` when
 * cut.
 *
 * @example excerpt('1'.repeat(100)) // '111111111111111111111111…'
 */
export function excerpt(raw: string, max = EXCERPT_CHARS): string {
  // A code point is at most two code units: this slice holds more than `max` when there are.
  const points = Array.from(raw.slice(0, 2 * max + 2));
  const cut = points.length > max;
  return safeText(points.slice(0, max).join('')) + (cut ? '…' : '');
}

/**
 * `text` with control, zero-width and direction characters shown as �, for a message that
 * repeats a character of a value (a parser's "found '…'").
 *
 * @example safeText('found \'\u0000\'') // "found '�'"
 */
export function safeText(text: string): string {
  return text.replace(UNSAFE, '\ufffd');
}

/**
 * `raw` as a message quotes it: an excerpt in quotation marks.
 *
 * @example quote('abc') // '“abc”'
 */
export function quote(raw: string): string {
  return `“${excerpt(raw)}”`;
}
