import { paddedSize, poolAxisReach, type PoolAxisGeometry } from '../../../engine';
import type { CodeSnippet } from '../../components/CodePanel';
import {
  pytorchRaisesNote,
  both,
  call,
  describePerAxis,
  fmtPair,
  nchw,
  nhwc,
  padsOf,
  pairArg,
  samePair,
  subsampleSlice,
  tfPaddings,
  tfSameAxes,
  tfSameMatches,
} from '../../components/codeFormat';
import { axisPair, axisPairs } from '../../components/grid/figureAxes';
import type { AxisPair } from '../../url/fields';
import { tfPoolCode } from './tfCode';
import type { TfPoolInfo } from './tfPoolModel';
import { t } from '../../i18n/i18n';

/** A pooling layer as the view shows it: its two axes, the mode and the output. */
export interface PoolCodeInput {
  mode: 'max' | 'avg';
  /** Height and width (PyTorch's padding on both ends; ceil mode on each). */
  axes: readonly [PoolAxisGeometry, PoolAxisGeometry];
  /** Average pooling only. */
  countIncludePad: boolean;
  /** The engine's output size, null when PyTorch raises. */
  output: AxisPair | null;
  /** With TensorFlow's rules (`fw=tf`): its padding word; the code then follows them. */
  tf?: Pick<TfPoolInfo, 'padding' | 'ceil'> | null;
}

/** The padding of the TensorFlow form, per axis. */
interface TfPlan {
  /** PyTorch's padding, and after it the cells ceil mode's last windows reach. */
  axes: PoolAxisGeometry[];
  /** Those extra cells (the engine's overhang), so that 'valid' reaches the last windows too. */
  extra: AxisPair;
}

function tfPlan(c: PoolCodeInput, axes: readonly [PoolAxisGeometry, PoolAxisGeometry]): TfPlan {
  const extra = axisPair(axes, (a) => (c.output ? poolAxisReach(a).overhang : 0));
  return { axes: axes.map((a, i) => ({ ...a, padAfter: a.padAfter + extra[i] })), extra };
}

/**
 * Code for one single-channel, batch-1 max or average pooling in PyTorch and TensorFlow/Keras,
 * each written to give exactly PyTorch's numbers (PyTorch 1.13's pooling rules; TensorFlow's
 * SAME from the engine's `tfConvAxis`).
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
 * poolCode({ mode: 'max', axes: [axis, axis], countIncludePad: true, output: [3, 3] })
 * // with axis = { input: 5, kernel: 3, stride: 1, dilation: 1, padBefore: 0, padAfter: 0, ceilMode: false }:
 * // PyTorch: nn.MaxPool2d(3, stride=1)
 * // TensorFlow: tf.keras.layers.MaxPool2D(pool_size=3, strides=1, padding='valid')
 */
export function poolCode(c: PoolCodeInput): CodeSnippet[] {
  if (c.tf) return tfPoolCode({ ...c, padding: c.tf.padding, ceil: c.tf.ceil });
  return [pytorchPool(c), tensorflowPool(c)];
}

/** The pairs the code prints, [height, width]; PyTorch's padding is the same at both ends. */
function pairsOf(c: PoolCodeInput) {
  const pairs = axisPairs(c.axes);
  return { ...pairs, padding: pairs.padBefore };
}

function pytorchPool(c: PoolCodeInput): CodeSnippet {
  const { input, kernel, stride, dilation, padding } = pairsOf(c);
  const max = c.mode === 'max';
  const strideIsKernel = samePair(stride, kernel);
  const layer = call(max ? 'nn.MaxPool2d' : 'nn.AvgPool2d', [
    fmtPair(kernel),
    strideIsKernel ? undefined : `stride=${fmtPair(stride)}`,
    pairArg('padding', padding, 0),
    max ? pairArg('dilation', dilation, 1) : undefined,
    c.axes[0].ceilMode ? 'ceil_mode=True' : undefined,
    !max && !c.countIncludePad ? 'count_include_pad=False' : undefined,
  ]);
  const code = [
    'import torch',
    'import torch.nn as nn',
    '',
    `x = torch.randn${nchw(input)}  # ${nchw(input)}: N, C, H, W`,
    `pool = ${layer}${strideIsKernel ? '  # stride defaults to kernel_size' : ''}`,
    `y = pool(x)${c.output ? `  # → ${nchw(c.output)}` : '  # raises (see the notes)'}`,
  ].join('\n');
  return { label: 'PyTorch', code, notes: c.output ? [] : [pytorchRaisesNote()] };
}

function tensorflowPool(c: PoolCodeInput): CodeSnippet {
  const { input } = pairsOf(c);
  const notes = c.output ? [] : [pytorchRaisesNote()];
  const lines = [
    'import tensorflow as tf',
    '',
    `x = tf.random.normal([1, ${input[0]}, ${input[1]}, 1])  # ${nhwc(input)}: N, H, W, C`,
  ];
  if (c.mode === 'max') maxPoolTf(c, lines, notes);
  else avgPoolTf(c, lines, notes);
  return { label: 'TensorFlow', code: lines.join('\n'), notes };
}

function ceilNote(extra: AxisPair, how: string): string {
  const cells = t('pool.code.ceilCells', {
    same: extra[0] === extra[1] ? 'yes' : 'no',
    h: extra[0],
    w: extra[1],
  });
  return t('pool.code.ceil', { cells, how });
}

/** Why Keras' 'same' is exact: it pads what PyTorch pads, ceil_mode's extra cells included. */
function sameNote(tf: AxisPair[], extra: AxisPair): string {
  return t('pool.code.same', { pads: describePerAxis(tf), ceil: both(extra, 0) ? 'no' : 'yes' });
}

function outputComment(c: PoolCodeInput): string {
  return c.output ? `  # → ${nhwc(c.output)}` : '';
}

function maxPoolTf(c: PoolCodeInput, lines: string[], notes: string[]): void {
  const { kernel, stride, dilation } = pairsOf(c);
  const { axes: plan, extra } = tfPlan(c, c.axes);
  const dilated = !both(dilation, 1);
  // tf.nn.pool takes no stride with a dilation: pool at stride 1, then keep every stride-th window.
  const subsample = dilated && !both(stride, 1);
  const layerStride: AxisPair = subsample ? [1, 1] : stride;
  const padded = plan.some((a) => a.padBefore > 0 || a.padAfter > 0);
  const tfSame = tfSameAxes(c.axes, layerStride);
  const useSame = padded && tfSameMatches(tfSame, plan);
  if (padded && !useSame) {
    const size = axisPair([plan[0], plan[1]], paddedSize);
    lines.push(
      `x = tf.pad(x, ${tfPaddings(plan)}, constant_values=float('-inf'))  # → ${nhwc(size)}`,
    );
    notes.push(t('pool.code.padInf'));
  }
  if (useSame) notes.push(t('pool.code.sameMax', { same: sameNote(padsOf(tfSame), extra) }));
  else if (!both(extra, 0)) {
    notes.push(ceilNote(extra, t('pool.code.ceilMax')));
  }
  const padding = useSame ? 'same' : 'valid';
  if (dilated) {
    const strides = both(layerStride, 1) ? undefined : `strides=[${layerStride.join(', ')}]`;
    const pool = call('tf.nn.pool', [
      'x',
      `window_shape=[${kernel.join(', ')}]`,
      "pooling_type='MAX'",
      strides,
      `padding='${padding.toUpperCase()}'`,
      `dilations=[${dilation.join(', ')}]`,
    ]);
    lines.push(`y = ${pool}${subsample ? subsampleSlice(stride) : ''}${outputComment(c)}`);
    notes.push(t('pool.code.nnPool'));
    if (subsample) {
      notes.push(t('pool.code.subsample'));
    }
    return;
  }
  const layer = call('tf.keras.layers.MaxPool2D', [
    `pool_size=${fmtPair(kernel)}`,
    samePair(stride, kernel) ? undefined : `strides=${fmtPair(stride)}`,
    `padding='${padding}'`,
  ]);
  lines.push(`pool = ${layer}`, `y = pool(x)${outputComment(c)}`);
}

function avgPoolTf(c: PoolCodeInput, lines: string[], notes: string[]): void {
  const { kernel, stride, padding } = pairsOf(c);
  // Average pooling has no dilation: its windows span k cells.
  const { axes: plan, extra } = tfPlan(c, [
    { ...c.axes[0], dilation: 1 },
    { ...c.axes[1], dilation: 1 },
  ]);
  const ceilExtra = !both(extra, 0);
  // Without padding, count_include_pad changes nothing: the divisor counts input cells only.
  const realOnly = !c.countIncludePad || both(padding, 0);
  const padded = plan.some((a) => a.padBefore > 0 || a.padAfter > 0);
  const tfSame = tfSameAxes(plan, stride);
  const useSame = padded && realOnly && tfSameMatches(tfSame, plan);
  const zerosThenValid = padded && !realOnly && !ceilExtra;
  const masked = padded && !useSame && !zerosThenValid;
  const layer = call('tf.keras.layers.AveragePooling2D', [
    `pool_size=${fmtPair(kernel)}`,
    samePair(stride, kernel) ? undefined : `strides=${fmtPair(stride)}`,
    `padding='${useSame ? 'same' : 'valid'}'`,
  ]);
  if (masked) {
    // Pooling a mask of the cells PyTorch divides by turns Keras' mean into PyTorch's.
    const withPadding = axisPair([c.axes[0], c.axes[1]], paddedSize);
    const mask = realOnly
      ? `tf.pad(tf.ones_like(x), ${tfPaddings(plan)})`
      : `tf.pad(tf.ones([1, ${withPadding[0]}, ${withPadding[1]}, 1]), ${tfPaddings([
          { padBefore: 0, padAfter: extra[0] },
          { padBefore: 0, padAfter: extra[1] },
        ])})`;
    lines.push(`mask = ${mask}  # 1 where PyTorch's divisor counts a cell`);
  }
  if (padded && !useSame) {
    const size = axisPair([plan[0], plan[1]], paddedSize);
    lines.push(`x = tf.pad(x, ${tfPaddings(plan)})  # → ${nhwc(size)}`);
  }
  lines.push(`pool = ${layer}`, `y = pool(x)${masked ? ' / pool(mask)' : ''}${outputComment(c)}`);

  if (useSame) {
    notes.push(t('pool.code.sameAvg', { same: sameNote(padsOf(tfSame), extra) }));
  }
  if (zerosThenValid) {
    notes.push(t('pool.code.zerosValid'));
  }
  if (masked && realOnly && !both(padding, 0)) {
    notes.push(
      t('pool.code.masked', {
        tf: describePerAxis(padsOf(tfSame)),
        torch: describePerAxis(padsOf(plan)),
      }),
    );
  }
  if (masked && ceilExtra) {
    notes.push(ceilNote(extra, t('pool.code.ceilAvg')));
  }
}
