import type { AxisGeometry } from '../../../engine';
import type { CodeSnippet } from '../../components/CodePanel';
import {
  both,
  call,
  describePerAxis,
  fmtPair,
  nchw,
  nhwc,
  padsOf,
  samePair,
  torchHeader,
} from '../../components/codeFormat';
import { axisPairs } from '../../components/grid/figureAxes';
import type { AxisPair } from '../../url/fields';
import { t } from '../../i18n/i18n';

/** A pooling layer with TensorFlow's rules, as the view shows it. */
export interface TfPoolCodeInput {
  mode: 'max' | 'avg';
  /** Height and width with TensorFlow's zeros before and after (SAME), or none (VALID). */
  axes: readonly [AxisGeometry, AxisGeometry];
  padding: 'SAME' | 'VALID';
  /** TensorFlow's output size; null when the view refuses the state. */
  output: AxisPair | null;
  /** The URL asks for ceil_mode, which TensorFlow does not have. */
  ceil: boolean;
}

/** `F.pad`'s order: the last axis first, `(left, right, top, bottom)`. */
function fPadArgs([h, w]: readonly [AxisGeometry, AxisGeometry]): string {
  return `(${w.padBefore}, ${w.padAfter}, ${h.padBefore}, ${h.padAfter})`;
}

const comment = (output: AxisPair | null, shape: (size: AxisPair) => string) =>
  output ? `  # → ${shape(output)}` : '';

/**
 * The PyTorch lines that give TensorFlow's pooling numbers, after an input `x` (NCHW):
 * max pooling pads TensorFlow's zeros with −∞ (`F.pad`) and pools with no padding; average
 * pooling uses `count_include_pad=False` when TensorFlow pads both ends of each axis alike,
 * else divides the window sums of the `F.pad`-ded input by those of a padded ones tensor (the
 * input cells of each window). Checked against PyTorch 1.13 in scripts/vectors/gen_tfpool.py.
 *
 * @example torchMatchLines({ mode: 'max', axes: [axis, axis], padding: 'SAME', output: [3, 3], ceil: false })
 * // with axis = { input: 6, kernel: 3, stride: 2, dilation: 1, padBefore: 0, padAfter: 1 }:
 * // ["x = F.pad(x, (0, 1, 0, 1), value=float('-inf'))  # left, right, top, bottom", 'pool = nn.MaxPool2d(3, stride=2)', 'y = pool(x)  # → (1, 1, 3, 3)']
 */
export function torchMatchLines(c: TfPoolCodeInput): string[] {
  const { kernel, stride, padBefore, padAfter } = axisPairs(c.axes);
  const strideArg = samePair(stride, kernel) ? undefined : `stride=${fmtPair(stride)}`;
  const padded = !both(padBefore, 0) || !both(padAfter, 0);
  const y = comment(c.output, nchw);
  if (c.mode === 'max') {
    return [
      ...(padded
        ? [`x = F.pad(x, ${fPadArgs(c.axes)}, value=float('-inf'))  # left, right, top, bottom`]
        : []),
      `pool = ${call('nn.MaxPool2d', [fmtPair(kernel), strideArg])}`,
      `y = pool(x)${y}`,
    ];
  }
  if (!padded || samePair(padBefore, padAfter)) {
    const args = padded
      ? [`padding=${fmtPair(padBefore)}`, 'count_include_pad=False']
      : [undefined, undefined];
    return [
      `pool = ${call('nn.AvgPool2d', [fmtPair(kernel), strideArg, ...args])}`,
      `y = pool(x)${y}`,
    ];
  }
  return [
    `pads = ${fPadArgs(c.axes)}  # left, right, top, bottom`,
    `sums = ${call('nn.AvgPool2d', [fmtPair(kernel), strideArg, 'divisor_override=1'])}  # window sums`,
    `y = sums(F.pad(x, pads)) / sums(F.pad(torch.ones_like(x), pads))  # ÷ input cells only${c.output ? ` → ${nchw(c.output)}` : ''}`,
  ];
}

/**
 * Code for a single-channel, batch-1 pooling with TensorFlow's rules: Keras'
 * `MaxPooling2D`/`AveragePooling2D` on NHWC data, and the PyTorch (NCHW) that gives its numbers.
 *
 * @returns `[PyTorch, TensorFlow]` snippets
 */
export function tfPoolCode(c: TfPoolCodeInput): CodeSnippet[] {
  const { input, kernel, stride, padBefore, padAfter } = axisPairs(c.axes);
  const ceil = c.ceil ? [t('pool.code.noCeil')] : [];
  const refused = c.output ? [] : [t('pool.code.tfRefuses')];
  const layer = call(
    c.mode === 'max' ? 'tf.keras.layers.MaxPooling2D' : 'tf.keras.layers.AveragePooling2D',
    [
      `pool_size=${fmtPair(kernel)}`,
      samePair(stride, kernel) ? undefined : `strides=${fmtPair(stride)}`,
      `padding='${c.padding.toLowerCase()}'`,
    ],
  );
  const tfNotes = [...refused, ...ceil];
  const padded = !both(padBefore, 0) || !both(padAfter, 0);
  if (padded) {
    tfNotes.push(
      t('pool.code.tfSamePads', { pads: describePerAxis(padsOf(c.axes)), mode: c.mode }),
    );
  }
  const tfCode = [
    'import tensorflow as tf',
    '',
    `x = tf.random.normal([1, ${input[0]}, ${input[1]}, 1])  # ${nhwc(input)}: N, H, W, C`,
    `pool = ${layer}`,
    `y = pool(x)${comment(c.output, nhwc)}`,
  ].join('\n');
  const torchCode = [...torchHeader(input), ...torchMatchLines(c)].join('\n');
  const torchNotes = [
    ...refused,
    ...ceil,
    padded && c.mode === 'avg' && !samePair(padBefore, padAfter)
      ? t('pool.code.torchDivides')
      : undefined,
  ].filter((note): note is string => note !== undefined);
  return [
    { label: 'PyTorch', code: torchCode, notes: torchNotes },
    { label: 'TensorFlow', code: tfCode, notes: tfNotes },
  ];
}
