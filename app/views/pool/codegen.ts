import { dilatedKernel } from '../../../engine';
import type { CodeSnippet } from '../../components/CodePanel';
import {
  PYTORCH_RAISES_NOTE,
  addPairs,
  both,
  call,
  describePerAxis,
  fmtPair,
  nchw,
  nhwc,
  pairArg,
  samePair,
  subsampleSlice,
  tfPaddings,
  tfSameMatches,
  tfSamePads,
  type Pair,
} from '../../components/codeFormat';

/** A pooling layer resolved to numbers per axis ([height, width]), as the view shows it. */
export interface PoolCodeInput {
  mode: 'max' | 'avg';
  input: Pair;
  kernel: Pair;
  stride: Pair;
  padding: Pair;
  /** Max pooling only; average pooling has no dilation. */
  dilation: Pair;
  ceilMode: boolean;
  /** Average pooling only. */
  countIncludePad: boolean;
  /** The engine's output size, null when PyTorch raises. */
  output: Pair | null;
}

/** Padding of the TensorFlow form: PyTorch's, plus what ceil_mode adds after. */
interface TfPlan {
  before: Pair;
  after: Pair;
  /** Cells added after (bottom/right) for ceil_mode's last, partial windows. */
  extra: Pair;
}

/**
 * Code for one single-channel, batch-1 max or average pooling in PyTorch and TensorFlow/Keras,
 * each written to give exactly PyTorch's numbers (semantics §2.6).
 *
 * PyTorch pads max pooling with −∞ and average pooling with zeros; `ceil_mode` becomes extra
 * padding after (bottom/right). Keras' `'same'` is used only when TensorFlow's SAME split is that
 * padding and padded cells are left out (max pooling, or count_include_pad=False); otherwise the
 * input is padded with `tf.pad`, and where PyTorch's divisor is not Keras' the average is the
 * pooled input divided by the pooled mask of the cells PyTorch counts.
 *
 * @param c the resolved pooling and the engine's output size
 * @returns `[PyTorch, TensorFlow]` snippets
 * @example
 * poolCode({ mode: 'max', input: [5, 5], kernel: [3, 3], stride: [1, 1], padding: [0, 0],
 *   dilation: [1, 1], ceilMode: false, countIncludePad: true, output: [3, 3] })
 * // PyTorch: nn.MaxPool2d(3, stride=1)
 * // TensorFlow: tf.keras.layers.MaxPool2D(pool_size=3, strides=1, padding='valid')
 */
export function poolCode(c: PoolCodeInput): CodeSnippet[] {
  return [pytorchPool(c), tensorflowPool(c)];
}

function pytorchPool(c: PoolCodeInput): CodeSnippet {
  const max = c.mode === 'max';
  const strideIsKernel = samePair(c.stride, c.kernel);
  const layer = call(max ? 'nn.MaxPool2d' : 'nn.AvgPool2d', [
    fmtPair(c.kernel),
    strideIsKernel ? undefined : `stride=${fmtPair(c.stride)}`,
    pairArg('padding', c.padding, 0),
    max ? pairArg('dilation', c.dilation, 1) : undefined,
    c.ceilMode ? 'ceil_mode=True' : undefined,
    !max && !c.countIncludePad ? 'count_include_pad=False' : undefined,
  ]);
  const code = [
    'import torch',
    'import torch.nn as nn',
    '',
    `x = torch.randn${nchw(c.input)}  # ${nchw(c.input)}: N, C, H, W`,
    `pool = ${layer}${strideIsKernel ? '  # stride defaults to kernel_size' : ''}`,
    `y = pool(x)${c.output ? `  # → ${nchw(c.output)}` : '  # raises (see the notes)'}`,
  ].join('\n');
  return { label: 'PyTorch', code, notes: c.output ? [] : [PYTORCH_RAISES_NOTE] };
}

function tfPlan(c: PoolCodeInput, dilation: Pair): TfPlan {
  // The smallest extra padding after that lets 'valid' reach the engine's last window.
  const extraOf = (axis: number) =>
    c.output
      ? Math.max(
          0,
          (c.output[axis] - 1) * c.stride[axis] +
            dilatedKernel(c.kernel[axis], dilation[axis]) -
            c.input[axis] -
            2 * c.padding[axis],
        )
      : 0;
  const extra: Pair = [extraOf(0), extraOf(1)];
  return { before: c.padding, after: addPairs(c.padding, extra), extra };
}

function tensorflowPool(c: PoolCodeInput): CodeSnippet {
  const notes = c.output ? [] : [PYTORCH_RAISES_NOTE];
  const lines = [
    'import tensorflow as tf',
    '',
    `x = tf.random.normal([1, ${c.input[0]}, ${c.input[1]}, 1])  # ${nhwc(c.input)}: N, H, W, C`,
  ];
  if (c.mode === 'max') maxPoolTf(c, lines, notes);
  else avgPoolTf(c, lines, notes);
  return { label: 'TensorFlow', code: lines.join('\n'), notes };
}

function ceilNote(extra: Pair, how: string): string {
  const cells =
    extra[0] === extra[1]
      ? `${extra[0]} more on each axis`
      : `${extra[0]} more on the height and ${extra[1]} more on the width`;
  return `ceil_mode has no TensorFlow equivalent: padding the bottom/right by ${cells} ${how}`;
}

/** Why Keras' 'same' is exact: it pads what PyTorch pads, ceil_mode's extra cells included. */
function sameNote(tfPads: Pair[], plan: TfPlan): string {
  const ceil = both(plan.extra, 0) ? '' : ' plus the cells its ceil_mode windows reach';
  return `TensorFlow's 'same' pads ${describePerAxis(tfPads)} here, which is PyTorch's padding${ceil}`;
}

function padsPerAxis(plan: TfPlan): Pair[] {
  return [
    [plan.before[0], plan.after[0]],
    [plan.before[1], plan.after[1]],
  ];
}

function outputComment(c: PoolCodeInput): string {
  return c.output ? `  # → ${nhwc(c.output)}` : '';
}

function maxPoolTf(c: PoolCodeInput, lines: string[], notes: string[]): void {
  const plan = tfPlan(c, c.dilation);
  const dilated = !both(c.dilation, 1);
  // tf.nn.pool takes no stride with a dilation: pool at stride 1, then keep every stride-th window.
  const subsample = dilated && !both(c.stride, 1);
  const layerStride: Pair = subsample ? [1, 1] : c.stride;
  const padded = !both(plan.before, 0) || !both(plan.after, 0);
  const tfPads = tfSamePads(c.input, c.kernel, layerStride, c.dilation);
  const useSame = padded && tfSameMatches(tfPads, plan.before, plan.after);
  if (padded && !useSame) {
    const size = addPairs(c.input, plan.before, plan.after);
    lines.push(
      `x = tf.pad(x, ${tfPaddings(plan.before, plan.after)}, constant_values=float('-inf'))  # → ${nhwc(size)}`,
    );
    notes.push(
      "PyTorch pads max pooling with −∞, so a padded cell never wins; the code pads with −∞ and pools with 'valid'.",
    );
  }
  if (useSame) notes.push(`${sameNote(tfPads, plan)}; a padded cell never wins the max.`);
  else if (!both(plan.extra, 0)) {
    notes.push(ceilNote(plan.extra, "adds PyTorch's last, partial windows, exactly."));
  }
  const padding = useSame ? 'same' : 'valid';
  if (dilated) {
    const strides = both(layerStride, 1) ? undefined : `strides=[${layerStride.join(', ')}]`;
    const pool = call('tf.nn.pool', [
      'x',
      `window_shape=[${c.kernel.join(', ')}]`,
      "pooling_type='MAX'",
      strides,
      `padding='${padding.toUpperCase()}'`,
      `dilations=[${c.dilation.join(', ')}]`,
    ]);
    lines.push(`y = ${pool}${subsample ? subsampleSlice(c.stride) : ''}${outputComment(c)}`);
    notes.push("Keras' MaxPool2D has no dilation, so the code uses tf.nn.pool.");
    if (subsample) {
      notes.push(
        'tf.nn.pool needs strides of 1 when a dilation is above 1, so it pools with stride 1 and the slice keeps every stride-th window: the same values as the strided pooling.',
      );
    }
    return;
  }
  const layer = call('tf.keras.layers.MaxPool2D', [
    `pool_size=${fmtPair(c.kernel)}`,
    samePair(c.stride, c.kernel) ? undefined : `strides=${fmtPair(c.stride)}`,
    `padding='${padding}'`,
  ]);
  lines.push(`pool = ${layer}`, `y = pool(x)${outputComment(c)}`);
}

function avgPoolTf(c: PoolCodeInput, lines: string[], notes: string[]): void {
  const plan = tfPlan(c, [1, 1]);
  const ceilExtra = !both(plan.extra, 0);
  // Without padding, count_include_pad changes nothing: the divisor counts input cells only.
  const realOnly = !c.countIncludePad || both(c.padding, 0);
  const padded = !both(plan.before, 0) || !both(plan.after, 0);
  const tfPads = tfSamePads(c.input, c.kernel, c.stride, [1, 1]);
  const useSame = padded && realOnly && tfSameMatches(tfPads, plan.before, plan.after);
  const zerosThenValid = padded && !realOnly && !ceilExtra;
  const masked = padded && !useSame && !zerosThenValid;
  const layer = call('tf.keras.layers.AveragePooling2D', [
    `pool_size=${fmtPair(c.kernel)}`,
    samePair(c.stride, c.kernel) ? undefined : `strides=${fmtPair(c.stride)}`,
    `padding='${useSame ? 'same' : 'valid'}'`,
  ]);
  if (masked) {
    // Pooling a mask of the cells PyTorch divides by turns Keras' mean into PyTorch's.
    const mask = realOnly
      ? `tf.pad(tf.ones_like(x), ${tfPaddings(plan.before, plan.after)})`
      : `tf.pad(tf.ones([1, ${c.input[0] + 2 * c.padding[0]}, ${c.input[1] + 2 * c.padding[1]}, 1]), ${tfPaddings([0, 0], plan.extra)})`;
    lines.push(`mask = ${mask}  # 1 where PyTorch's divisor counts a cell`);
  }
  if (padded && !useSame) {
    const size = addPairs(c.input, plan.before, plan.after);
    lines.push(`x = tf.pad(x, ${tfPaddings(plan.before, plan.after)})  # → ${nhwc(size)}`);
  }
  lines.push(`pool = ${layer}`, `y = pool(x)${masked ? ' / pool(mask)' : ''}${outputComment(c)}`);

  if (useSame) notes.push(`${sameNote(tfPads, plan)}, and leaves padded cells out of the divisor.`);
  if (zerosThenValid) {
    notes.push(
      "count_include_pad=True counts the zero padding in the divisor and TensorFlow's 'same' does not, so the code pads with zeros and pools with 'valid'.",
    );
  }
  if (masked && realOnly && !both(c.padding, 0)) {
    notes.push(
      `Keras has no direct equivalent of count_include_pad=False with this padding: its 'same' would pad ${describePerAxis(tfPads)}, PyTorch pads ${describePerAxis(padsPerAxis(plan))}. Dividing by the pooled mask of real cells gives PyTorch's divisor exactly.`,
    );
  }
  if (masked && ceilExtra) {
    notes.push(
      ceilNote(
        plan.extra,
        "adds PyTorch's last, partial windows; PyTorch divides them by the cells inside the input and its padding only, which dividing by the pooled mask reproduces.",
      ),
    );
  }
}
