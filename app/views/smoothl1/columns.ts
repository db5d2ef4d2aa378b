/** Full-width characters (Chinese, Japanese, Korean, full-width forms). */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** One word with the spaces before it, or one full-width character: where a line may break. */
const PIECES =
  /\s*[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+|\s*[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;

/** Punctuation that may not start a line: it stays with the character before it. */
const CLOSING = /^[，。、：；！？）」』】〉》”’…,.:;!?)\]}]/u;

/**
 * How many character widths a text takes: a full-width (Chinese) character counts two, as in
 * a monospace font, and as a generous bound on a proportional one.
 *
 * @example columns('β = 1') // 5
 * @example columns('损失 β') // 6
 */
export function columns(text: string): number {
  let count = 0;
  for (const char of text) count += WIDE.test(char) ? 2 : 1;
  return count;
}

/**
 * Text cut into lines of at most `width` columns: between words, and between Chinese
 * characters, which need no space to break; a closing mark (，：）) never starts a line.
 *
 * @example wrapColumns('Smooth L1 (β = 1): loss and gradient', 20) // ['Smooth L1 (β = 1):', 'loss and gradient']
 */
export function wrapColumns(text: string, width: number): string[] {
  const pieces: string[] = [];
  for (const piece of text.match(PIECES) ?? []) {
    if (pieces.length && CLOSING.test(piece)) pieces[pieces.length - 1] += piece;
    else pieces.push(piece);
  }
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines.length - 1;
    if (last >= 0 && columns(lines[last] + piece) <= width) lines[last] += piece;
    else lines.push(piece.trimStart());
  }
  return lines;
}
