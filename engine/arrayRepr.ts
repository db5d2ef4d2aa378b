/**
 * Arrays printed as the Python REPL prints them: NumPy's `repr` (numpy/core/arrayprint.py,
 * line width 75, no summarising below 1000 elements) and PyTorch's (torch/_tensor_str.py, line
 * width 80). Covers the dtypes the mask lab shows: bool, int64, float64 (NumPy), uint8 (PyTorch).
 */

export type NumpyDtype = 'bool' | 'int8' | 'int64' | 'float64';
export type TorchDtype = 'bool' | 'int64' | 'uint8';

export interface PrintableArray<D extends string> {
  shape: readonly number[];
  data: readonly number[];
  dtype: D;
}

const tupleText = (shape: readonly number[]) =>
  shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;

/**
 * Boolean words. NumPy always prints ' True' in an array (its BoolFormat pads so that True and
 * False align, even when every element is True); PyTorch pads to the widest word present, so an
 * all-True tensor prints 'True'.
 */
function boolWords(data: readonly number[], lib: 'numpy' | 'torch'): (v: number) => string {
  const width = lib === 'numpy' || data.some((v) => !v) ? 5 : 4;
  return (v) => (v ? 'True' : 'False').padStart(width);
}

/** NumPy's float format in 'maxprec' mode: shortest digits, padded to align the points. */
function floatWords(data: readonly number[]): (v: number) => string {
  const split = (v: number) => {
    const [int, frac = ''] = String(v).split('.');
    return { int, frac };
  };
  const parts = data.map(split);
  const left = Math.max(...parts.map((p) => p.int.length));
  const right = Math.max(...parts.map((p) => p.frac.length));
  return (v) => {
    const { int, frac } = split(v);
    return `${int.padStart(left)}.${frac.padEnd(right)}`;
  };
}

function intWords(data: readonly number[]): (v: number) => string {
  const width = Math.max(...data.map((v) => String(v).length));
  return (v) => String(v).padStart(width);
}

/** NumPy's `_formatArray` without summarising: rows wrap when a line would pass the width. */
function numpyBody(
  shape: readonly number[],
  words: string[],
  lineWidth: number,
  indent: string,
): string {
  const recurse = (offset: number, axis: number, hanging: string, width: number): string => {
    const size = shape[axis];
    const block = shape.slice(axis + 1).reduce((p, s) => p * s, 1);
    let s = '';
    if (axis === shape.length - 1) {
      const elemWidth = width - 1;
      let line = hanging;
      for (let i = 0; i < size; i++) {
        const word = words[offset + i];
        if (line.length + word.length > elemWidth && line.length > hanging.length) {
          s += `${line.trimEnd()}\n`;
          line = hanging;
        }
        line += word;
        if (i < size - 1) line += ', ';
      }
      s += line;
    } else {
      const separator = `,${'\n'.repeat(shape.length - axis - 1)}`;
      for (let i = 0; i < size; i++) {
        s += hanging + recurse(offset + i * block, axis + 1, `${hanging} `, width - 1);
        if (i < size - 1) s += separator;
      }
    }
    return `[${s.slice(hanging.length)}]`;
  };
  return recurse(0, 0, indent, lineWidth);
}

/**
 * `repr(np.array(...))`.
 *
 * @example numpyRepr({ shape: [2, 2], data: [0, 1, 1, 0], dtype: 'int64' }) // 'array([[0, 1],\n       [1, 0]])'
 */
export function numpyRepr(array: PrintableArray<NumpyDtype>): string {
  const { shape, data, dtype } = array;
  if (!data.length) {
    const shown = shape.length === 1 ? '[]' : `[], shape=${tupleText(shape)}`;
    return `array(${shown}, dtype=${dtype})`;
  }
  const format =
    dtype === 'bool'
      ? boolWords(data, 'numpy')
      : dtype === 'float64'
        ? floatWords(data)
        : intWords(data);
  const words = data.map(format);
  // 'array(' plus the closing ')' leave 75 − 1 columns; continuation lines align after '['.
  const body = numpyBody(shape, words, 74, ' '.repeat(7));
  // int64, float64 and bool are implied by the values; other dtypes are named
  return dtype === 'int8' ? `array(${body}, dtype=int8)` : `array(${body})`;
}

/**
 * `repr` of a tuple of NumPy arrays, e.g. what `np.nonzero` returns.
 *
 * @example numpyTupleRepr([{ shape: [2], data: [0, 1], dtype: 'int64' }, { shape: [2], data: [1, 0], dtype: 'int64' }]) // '(array([0, 1]), array([1, 0]))'
 */
export function numpyTupleRepr(arrays: PrintableArray<NumpyDtype>[]): string {
  const items = arrays.map(numpyRepr);
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
}

function torchBody(shape: readonly number[], words: string[], indent: number): string {
  const elementLength = (words[0]?.length ?? 1) + 2;
  const recurse = (offset: number, axis: number, ind: number): string => {
    const size = shape[axis];
    if (axis === shape.length - 1) {
      const row = words.slice(offset, offset + size);
      const perLine = Math.max(1, Math.floor((80 - ind) / elementLength));
      const lines: string[] = [];
      for (let i = 0; i < row.length; i += perLine)
        lines.push(row.slice(i, i + perLine).join(', '));
      return `[${lines.join(`,\n${' '.repeat(ind + 1)}`)}]`;
    }
    const block = shape.slice(axis + 1).reduce((p, s) => p * s, 1);
    const slices = Array.from({ length: size }, (_, i) =>
      recurse(offset + i * block, axis + 1, ind + 1),
    );
    const separator = `,${'\n'.repeat(shape.length - axis - 1)}${' '.repeat(ind + 1)}`;
    return `[${slices.join(separator)}]`;
  };
  return recurse(0, 0, indent);
}

/**
 * `repr(torch.tensor(...))`: int64 and bool need no dtype suffix; uint8 and empty tensors do.
 *
 * @example torchRepr({ shape: [2], data: [1, 0], dtype: 'uint8' }) // 'tensor([1, 0], dtype=torch.uint8)'
 */
export function torchRepr(array: PrintableArray<TorchDtype>): string {
  const { shape, data, dtype } = array;
  const prefix = 'tensor(';
  const suffixes: string[] = [];
  let body: string;
  if (!data.length) {
    if (shape.length !== 1) suffixes.push(`size=${tupleText(shape)}`);
    suffixes.push(`dtype=torch.${dtype}`);
    body = '[]';
  } else if (!shape.length) {
    body = dtype === 'bool' ? (data[0] ? 'True' : 'False') : String(data[0]);
    if (dtype === 'uint8') suffixes.push('dtype=torch.uint8');
  } else {
    const format = dtype === 'bool' ? boolWords(data, 'torch') : intWords(data);
    body = torchBody(shape, data.map(format), prefix.length);
    if (dtype === 'uint8') suffixes.push('dtype=torch.uint8');
  }
  let text = prefix + body;
  let lastLine = text.length - text.lastIndexOf('\n') + 1;
  for (const suffix of suffixes) {
    if (lastLine + suffix.length + 2 > 80) {
      text += `,\n${' '.repeat(prefix.length)}${suffix}`;
      lastLine = prefix.length + suffix.length;
    } else {
      text += `, ${suffix}`;
      lastLine += suffix.length + 2;
    }
  }
  return `${text})`;
}

/**
 * `repr` of a tuple of tensors, e.g. what `torch.nonzero(t, as_tuple=True)` returns; a
 * one-element tuple keeps Python's trailing comma.
 *
 * @example torchTupleRepr([{ shape: [2], data: [0, 1], dtype: 'int64' }]) // '(tensor([0, 1]),)'
 */
export function torchTupleRepr(arrays: PrintableArray<TorchDtype>[]): string {
  const items = arrays.map(torchRepr);
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
}
