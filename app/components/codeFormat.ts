// Formatting shared by the views' code generators: Python argument text, shape comments and
// TensorFlow's SAME padding, so the three generators print numbers the same way.
import { dilatedKernel } from '../../engine';

/** One value per spatial axis: [height, width]. */
export type Pair = [number, number];

/** Axis names in the order of a {@link Pair}. */
export const AXIS_NAMES = ['height', 'width'] as const;

/** True when both axes hold `value`. */
export function both(pair: Pair, value: number): boolean {
  return pair[0] === value && pair[1] === value;
}

/** True when the two pairs agree on both axes. */
export function samePair(a: Pair, b: Pair): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Python's int-or-tuple argument: `3` when both axes agree, `(3, 5)` otherwise. */
export function fmtPair(pair: Pair): string {
  return pair[0] === pair[1] ? String(pair[0]) : `(${pair[0]}, ${pair[1]})`;
}

/** `tf.nn`'s int-or-list argument: `3` when both axes agree, `[3, 5]` otherwise. */
export function fmtPairList(pair: Pair): string {
  return pair[0] === pair[1] ? String(pair[0]) : `[${pair[0]}, ${pair[1]}]`;
}

/** A keyword argument, or `undefined` (left out) when the value is the default on both axes. */
export function pairArg(name: string, value: Pair, defaultValue: number): string | undefined {
  return both(value, defaultValue) ? undefined : `${name}=${fmtPair(value)}`;
}

/** A Python call with the given arguments; `undefined` entries are left out. */
export function call(callee: string, args: (string | undefined)[]): string {
  return `${callee}(${args.filter((arg) => arg !== undefined).join(', ')})`;
}

/** PyTorch's batch-1, single-channel shape `(1, 1, H, W)`. */
export function nchw(size: Pair): string {
  return `(1, 1, ${size[0]}, ${size[1]})`;
}

/** TensorFlow's batch-1, single-channel shape `(1, H, W, 1)`. */
export function nhwc(size: Pair): string {
  return `(1, ${size[0]}, ${size[1]}, 1)`;
}

/** Elementwise sum of pairs. */
export function addPairs(...pairs: Pair[]): Pair {
  return [
    pairs.reduce((sum, pair) => sum + pair[0], 0),
    pairs.reduce((sum, pair) => sum + pair[1], 0),
  ];
}

/** `tf.pad`'s NHWC paddings: `[[0, 0], [top, bottom], [left, right], [0, 0]]`. */
export function tfPaddings(before: Pair, after: Pair): string {
  return `[[0, 0], [${before[0]}, ${after[0]}], [${before[1]}, ${after[1]}], [0, 0]]`;
}

/** NHWC slice keeping every `stride`-th row and column: `[:, ::2, ::2, :]`. */
export function subsampleSlice(stride: Pair): string {
  const axis = (s: number) => (s === 1 ? ':' : `::${s}`);
  return `[:, ${axis(stride[0])}, ${axis(stride[1])}, :]`;
}

/**
 * TensorFlow's SAME padding of one axis (semantics §3.1): out = ⌈i/s⌉,
 * P = max((out − 1)·s + k̂ − i, 0), before = ⌊P/2⌋, after = P − before, with k̂ = d(k − 1) + 1.
 *
 * @example tfSamePadding(6, 3, 2, 1) // [0, 1]: TensorFlow puts the odd cell after
 */
export function tfSamePadding(
  input: number,
  kernel: number,
  stride: number,
  dilation: number,
): [number, number] {
  const out = Math.ceil(input / stride);
  const total = Math.max((out - 1) * stride + dilatedKernel(kernel, dilation) - input, 0);
  const before = Math.floor(total / 2);
  return [before, total - before];
}

/** Per-axis TensorFlow SAME padding: the [before, after] of the height, then of the width. */
export function tfSamePads(input: Pair, kernel: Pair, stride: Pair, dilation: Pair): Pair[] {
  return [0, 1].map((axis) =>
    tfSamePadding(input[axis], kernel[axis], stride[axis], dilation[axis]),
  );
}

/** True when TensorFlow's SAME padding is exactly (before, after) on both axes. */
export function tfSameMatches(tfPads: Pair[], before: Pair, after: Pair): boolean {
  return tfPads.every((pads, axis) => pads[0] === before[axis] && pads[1] === after[axis]);
}

/** `(0, 1) on the height` / `(0, 1) on each axis`: per-axis pairs in a sentence. */
export function describePerAxis(pairs: Pair[]): string {
  if (samePair(pairs[0], pairs[1])) return `(${pairs[0].join(', ')}) on each axis`;
  return pairs.map((pair, axis) => `(${pair.join(', ')}) on the ${AXIS_NAMES[axis]}`).join(' and ');
}

/** First note of every snippet when the engine found no output. */
export const PYTORCH_RAISES_NOTE =
  'PyTorch raises an error for this configuration; the code is shown anyway.';

/** The first lines of every PyTorch snippet: imports and an input of the given size. */
export function torchHeader(input: Pair): string[] {
  return [
    'import torch',
    'import torch.nn as nn',
    'import torch.nn.functional as F',
    '',
    `x = torch.randn${nchw(input)}  # ${nchw(input)}: N, C, H, W`,
  ];
}
