/**
 * Numbers as the lab prints them. Readouts keep 6 significant digits, enough to compare with a
 * hand-worked value to 4; labels keep 4 and drop trailing zeros.
 */

/**
 * A readout: 6 significant digits, exponent form for very small or large magnitudes, `nan` and
 * `inf` as PyTorch prints them.
 *
 * @example formatReadout(0.01125) // '0.0112500'
 */
export function formatReadout(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-4 && magnitude < 1e6) return value.toPrecision(6);
  return value.toExponential(5);
}

/**
 * A label: at most 4 significant digits, no trailing zeros, a true minus sign.
 *
 * @example formatLabel(1 / 9) // '0.1111'
 */
export function formatLabel(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const text = String(Number(value.toPrecision(4)));
  return text.replace('-', '−');
}

/**
 * A parameter and its value, "β = 0.1111", with no-break spaces around the =, so a line never
 * parts a value from its name.
 *
 * @example formatNamed('β', '0.1111') // 'β\u00a0=\u00a00.1111'
 */
export function formatNamed(name: string, value: string): string {
  return `${name}\u00a0=\u00a0${value}`;
}
