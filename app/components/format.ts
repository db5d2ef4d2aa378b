/** A value as the grids print it: integers as is, others to 2 decimals, with a true minus sign. */
export function formatValue(value: number): string {
  if (value === -Infinity) return '−∞';
  if (value === Infinity) return '∞';
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
  return text.replace('-', '−');
}

/** A factor in a sum: negative numbers in parentheses, "(−1)". */
export function formatFactor(value: number): string {
  return value < 0 ? `(${formatValue(value)})` : formatValue(value);
}

/** "3 × 5", the way the views print 2-D sizes. */
export function formatSize([h, w]: readonly number[]): string {
  return `${h} × ${w}`;
}
