/** A value as the grids print it: integers as is, others to 2 decimals, with a true minus sign. */
export function formatValue(value: number): string {
  if (value === -Infinity) return '−∞';
  if (value === Infinity) return '∞';
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
  return text.replace('-', '−');
}

const written = new WeakMap<ArrayLike<number>, string[]>();

/**
 * `formatValue(values[index])`, written once per array and index: a grid asks again for every
 * cell each time it is compared with the picture on screen (on every hover). The arrays are
 * a model's values, never changed once made.
 */
export function formatValueAt(values: ArrayLike<number>, index: number): string {
  let texts = written.get(values);
  if (!texts) {
    texts = [];
    written.set(values, texts);
  }
  return (texts[index] ??= formatValue(values[index]));
}

/** A factor in a sum: negative numbers in parentheses, "(−1)". */
export function formatFactor(value: number): string {
  return value < 0 ? `(${formatValue(value)})` : formatValue(value);
}

/** The space around × in a size: no line breaks inside "3 × 5", in Chinese text either. */
export const SIZE_SPACE = '\u00a0';

/**
 * A shape, "3 × 5" or "4 × 3 × 3 × 3", the way the views print sizes; no-break spaces around
 * ×, so a line never breaks inside it. Code (a Python comment) asks for plain spaces.
 *
 * @example formatShape([4, 3, 3]) // '4\u00a0×\u00a03\u00a0×\u00a03'
 */
export function formatShape(dims: readonly number[], space = SIZE_SPACE): string {
  return dims.join(`${space}×${space}`);
}

/**
 * "3 × 5", a 2-D size: {@link formatShape} of its height and width.
 *
 * @example formatSize([3, 5]) // '3\u00a0×\u00a05'
 */
export function formatSize([h, w]: readonly number[], space = SIZE_SPACE): string {
  return formatShape([h, w], space);
}
