/**
 * A kernel tap by its row and column, "0,2": printed on cells with the values off, so which
 * tap reads which cell (and a rotation) shows without numbers.
 *
 * @param tap flat row-major index into the kernel
 * @param cols the kernel's width
 * @example tapName(5, 3) // '1,2'
 */
export const tapName = (tap: number, cols: number): string =>
  `${Math.floor(tap / cols)},${tap % cols}`;
