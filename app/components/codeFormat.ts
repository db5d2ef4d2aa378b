// Formatting shared by the views' code generators: Python argument text, shape comments and
// how TensorFlow's SAME padding compares with PyTorch's, so the three generators print numbers
// the same way. The shape rules themselves are the engine's.
import { tfConvAxis, type AxisGeometry, type TfAxis } from '../../engine';
import type { AxisPair } from '../url/fields';
import { t } from '../i18n/i18n';

/** Axis names in the order of a {@link AxisPair}. */
export const AXIS_NAMES = ['height', 'width'] as const;

/** True when both axes hold `value`. */
export function both(pair: AxisPair, value: number): boolean {
  return pair[0] === value && pair[1] === value;
}

/** True when the two pairs agree on both axes. */
export function samePair(a: AxisPair, b: AxisPair): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Python's int-or-tuple argument: `3` when both axes agree, `(3, 5)` otherwise. */
export function fmtPair(pair: AxisPair): string {
  return pair[0] === pair[1] ? String(pair[0]) : `(${pair[0]}, ${pair[1]})`;
}

/** `tf.nn`'s int-or-list argument: `3` when both axes agree, `[3, 5]` otherwise. */
export function fmtPairList(pair: AxisPair): string {
  return pair[0] === pair[1] ? String(pair[0]) : `[${pair[0]}, ${pair[1]}]`;
}

/** A keyword argument, or `undefined` (left out) when the value is the default on both axes. */
export function pairArg(name: string, value: AxisPair, defaultValue: number): string | undefined {
  return both(value, defaultValue) ? undefined : `${name}=${fmtPair(value)}`;
}

/** A Python call with the given arguments; `undefined` entries are left out. */
export function call(callee: string, args: (string | undefined)[]): string {
  return `${callee}(${args.filter((arg) => arg !== undefined).join(', ')})`;
}

/** PyTorch's batch-1, single-channel shape `(1, 1, H, W)`. */
export function nchw(size: AxisPair): string {
  return `(1, 1, ${size[0]}, ${size[1]})`;
}

/** TensorFlow's batch-1, single-channel shape `(1, H, W, 1)`. */
export function nhwc(size: AxisPair): string {
  return `(1, ${size[0]}, ${size[1]}, 1)`;
}

/** `tf.pad`'s NHWC paddings: `[[0, 0], [top, bottom], [left, right], [0, 0]]`. */
export function tfPaddings(axes: readonly Pick<AxisGeometry, 'padBefore' | 'padAfter'>[]): string {
  const [h, w] = axes;
  return `[[0, 0], [${h.padBefore}, ${h.padAfter}], [${w.padBefore}, ${w.padAfter}], [0, 0]]`;
}

/** NHWC slice keeping every `stride`-th row and column: `[:, ::2, ::2, :]`. */
export function subsampleSlice(stride: AxisPair): string {
  const axis = (s: number) => (s === 1 ? ':' : `::${s}`);
  return `[:, ${axis(stride[0])}, ${axis(stride[1])}, :]`;
}

/**
 * TensorFlow's SAME padding of each axis at the given strides (the engine's {@link tfConvAxis}),
 * for comparison with PyTorch's.
 */
export function tfSameAxes(axes: readonly AxisGeometry[], stride: AxisPair): TfAxis[] {
  return axes.map((a, i) => tfConvAxis(a.input, a.kernel, stride[i], a.dilation, 'SAME'));
}

/** True when TensorFlow's SAME padding is exactly each axis's [padBefore, padAfter]. */
export function tfSameMatches(tf: readonly TfAxis[], axes: readonly AxisGeometry[]): boolean {
  return tf.every((t, i) => t.padBefore === axes[i].padBefore && t.padAfter === axes[i].padAfter);
}

/** The [before, after] zeros of each axis, as TensorFlow or PyTorch pads them. */
export function padsOf(axes: readonly Pick<AxisGeometry, 'padBefore' | 'padAfter'>[]): AxisPair[] {
  return axes.map((a) => [a.padBefore, a.padAfter]);
}

/** `(0, 1) on the height` / `(0, 1) on each axis`: per-axis pairs in a sentence. */
export function describePerAxis(pairs: AxisPair[]): string {
  if (samePair(pairs[0], pairs[1])) return t('common.code.eachAxis', { pair: pairs[0].join(', ') });
  return pairs
    .map((pair, axis) =>
      t(axis ? 'common.code.onWidth' : 'common.code.onHeight', { pair: pair.join(', ') }),
    )
    .join(t('common.code.axisAnd'));
}

/** First note of every snippet when the engine found no output. */
export const pytorchRaisesNote = () => t('common.code.raises');

/** The first lines of every PyTorch snippet: imports and an input of the given size. */
export function torchHeader(input: AxisPair): string[] {
  return [
    'import torch',
    'import torch.nn as nn',
    'import torch.nn.functional as F',
    '',
    `x = torch.randn${nchw(input)}  # ${nchw(input)}: N, C, H, W`,
  ];
}

/**
 * How PyTorch's code takes the padding: `padding='same'`/`'valid'` for the words, `padding=p`
 * when both ends of each axis agree, else nothing (`unequal`: `F.pad` adds it first).
 */
export function torchPadding(
  axes: readonly Pick<AxisGeometry, 'padBefore' | 'padAfter'>[],
  mode: 'explicit' | 'valid' | 'same' | 'full',
): { padding: string | undefined; unequal: boolean } {
  const unequal = mode === 'explicit' && axes.some((a) => a.padBefore !== a.padAfter);
  const before: AxisPair = [axes[0].padBefore, axes[1].padBefore];
  const padding =
    mode === 'same' || mode === 'valid'
      ? `padding='${mode}'`
      : unequal
        ? undefined
        : pairArg('padding', before, 0);
  return { padding, unequal };
}
