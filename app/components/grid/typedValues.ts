/**
 * Values typed by the reader (URL keys such as `x` and `w`: rows split by `;`, values by `,`)
 * fitted to the grid they fill. A matrix of another size is cut or filled with zeros, and the
 * reader is told so; nothing typed is ever refused here (the URL field has read it already).
 */
import type { Msg } from '../../../engine';
import { formatShape } from '../format';

/** The typed values of one grid, row-major, and what was done to fit them. */
export interface TypedValues {
  data: Float64Array;
  /** Says how a matrix of another size was fitted (a message of the common catalogue), or null when it fits. */
  note: Msg | null;
}

/**
 * Fits a typed matrix to `shape` (rows, columns): cells past the typed ones are 0, typed cells
 * outside the shape are left out.
 *
 * @param name the URL key of the values: `x` the input, `w` the kernel
 * @example fitTyped([['1', '2'], ['3', '4']], [2, 3], 'x').data // [1, 2, 0, 3, 4, 0]
 */
export function fitTyped(
  matrix: readonly (readonly string[])[],
  shape: readonly [number, number],
  name: 'x' | 'w',
): TypedValues {
  const [rows, cols] = shape;
  const typed = [matrix.length, matrix[0]?.length ?? 0];
  const data = new Float64Array(rows * cols);
  for (let r = 0; r < Math.min(rows, typed[0]); r++)
    for (let c = 0; c < Math.min(cols, typed[1]); c++) data[r * cols + c] = Number(matrix[r][c]);
  if (typed[0] === rows && typed[1] === cols) return { data, note: null };
  const fill = typed[0] < rows || typed[1] < cols;
  const cut = typed[0] > rows || typed[1] > cols;
  return {
    data,
    note: {
      id: 'common.typed.fit',
      values: {
        name,
        typed: formatShape(typed),
        cells: formatShape(shape),
        fit: fill && cut ? 'both' : fill ? 'fill' : 'cut',
      },
    },
  };
}

/** The text a typed matrix has in the URL and in its editor: "3,3,2;0,0,1". */
export function matrixText(matrix: readonly (readonly string[])[] | null): string {
  return matrix ? matrix.map((row) => row.join(',')).join(';') : '';
}
