import { paddedSize, type AxisGeometry } from '../../../engine';
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
  subsampleSlice,
  torchPadding,
  tfPaddings,
  tfSameAxes,
  tfSameMatches,
  torchHeader,
} from '../../components/codeFormat';
import { axisPair, axisPairs } from '../../components/grid/figureAxes';
import type { AxisPair, PaddingParam } from '../../url/fields';
import { t } from '../../i18n/i18n';

/** A convolution as the view shows it: its two axes, how the padding was given, the output. */
export interface ConvCodeInput {
  /** Height and width; the padding is resolved for 'same' and 'full' too. */
  axes: readonly [AxisGeometry, AxisGeometry];
  paddingMode: PaddingParam['mode'];
  /** The engine's output size, null when PyTorch raises. */
  output: AxisPair | null;
}

/**
 * Code for one single-channel, batch-1 convolution in PyTorch (module and functional form) and
 * TensorFlow/Keras, each written to give exactly PyTorch's numbers.
 *
 * PyTorch pads symmetrically through `padding=`, so unequal padding goes through `F.pad`
 * (last axis first). Keras' `padding='same'` is used only when TensorFlow's SAME split (the
 * engine's `tfConvAxis`: ⌊P/2⌋ before, the rest after) is PyTorch's padding on both axes;
 * otherwise the input is padded with `tf.pad` and the layer uses `'valid'`.
 *
 * @param c the resolved convolution and the engine's output size
 * @returns `[PyTorch, TensorFlow]` snippets
 * @example
 * convCode({ axes: [axis, axis], paddingMode: 'explicit', output: [3, 3] })
 * // with axis = { input: 5, kernel: 3, stride: 2, dilation: 1, padBefore: 1, padAfter: 1 }:
 * // PyTorch: nn.Conv2d(1, 1, kernel_size=3, stride=2, padding=1)
 * // TensorFlow: tf.keras.layers.Conv2D(filters=1, kernel_size=3, strides=2, padding='same')
 */
export function convCode(c: ConvCodeInput): CodeSnippet[] {
  return [pytorchConv(c), tensorflowConv(c)];
}

/** The pairs the code prints, [height, width]. */
function pairsOf(c: ConvCodeInput) {
  return { ...axisPairs(c.axes), padded: axisPair(c.axes, paddedSize) };
}

function pytorchConv(c: ConvCodeInput): CodeSnippet {
  const { input, kernel, stride, dilation, padBefore, padded } = pairsOf(c);
  const [h, w] = c.axes;
  const notes = c.output ? [] : [pytorchRaisesNote()];
  const { padding, unequal } = torchPadding(c.axes, c.paddingMode);
  const args = [pairArg('stride', stride, 1), padding, pairArg('dilation', dilation, 1)];
  const shown = c.output ? `  # → ${nchw(c.output)}` : '  # raises (see the notes)';
  const lines = torchHeader(input);
  if (unequal) {
    lines.push(
      '# F.pad lists the last axis first: (left, right, top, bottom)',
      `x = F.pad(x, (${w.padBefore}, ${w.padAfter}, ${h.padBefore}, ${h.padAfter}))  # → ${nchw(padded)}`,
    );
    notes.push(t('conv.code.fPad', { pads: describePerAxis(padsOf(c.axes)) }));
  }
  if (c.paddingMode === 'same' && !both(stride, 1)) notes.push(t('conv.code.stridedSame'));
  if (c.paddingMode === 'full') {
    notes.push(t('conv.code.full', { pad: fmtPair(padBefore) }));
  }
  lines.push(
    `conv = ${call('nn.Conv2d', ['1', '1', `kernel_size=${fmtPair(kernel)}`, ...args])}`,
    `y = conv(x)${shown}`,
    '',
    '# The same with the functional form',
    `weight = torch.randn${nchw(kernel)}  # (out_channels, in_channels, kH, kW)`,
    `y = ${call('F.conv2d', ['x', 'weight', ...args])}${shown}`,
  );
  return { label: 'PyTorch', code: lines.join('\n'), notes };
}

function tensorflowConv(c: ConvCodeInput): CodeSnippet {
  const { input, kernel, stride, dilation, padded } = pairsOf(c);
  const notes = c.output ? [] : [pytorchRaisesNote()];
  // Stride then subsample when Keras cannot take stride and dilation together; exact either way.
  const subsample = !both(stride, 1) && !both(dilation, 1);
  const layerStride: AxisPair = subsample ? [1, 1] : stride;
  const isPadded = c.axes.some((a) => a.padBefore > 0 || a.padAfter > 0);
  const tfSame = tfSameAxes(c.axes, layerStride);
  const useSame = isPadded && tfSameMatches(tfSame, c.axes);
  const lines = [
    'import tensorflow as tf',
    '',
    `x = tf.random.normal([1, ${input[0]}, ${input[1]}, 1])  # ${nhwc(input)}: N, H, W, C`,
  ];
  if (isPadded && !useSame) {
    lines.push(`x = tf.pad(x, ${tfPaddings(c.axes)})  # → ${nhwc(padded)}`);
    notes.push(
      t('common.code.explicit', {
        tf: describePerAxis(padsOf(tfSame)),
        torch: describePerAxis(padsOf(c.axes)),
      }),
    );
  }
  const layer = call('tf.keras.layers.Conv2D', [
    'filters=1',
    `kernel_size=${fmtPair(kernel)}`,
    pairArg('strides', layerStride, 1),
    `padding='${useSame ? 'same' : 'valid'}'`,
    pairArg('dilation_rate', dilation, 1),
  ]);
  const slice = subsample ? subsampleSlice(stride) : '';
  lines.push(
    `conv = ${layer}`,
    `# conv.kernel: (${kernel[0]}, ${kernel[1]}, 1, 1), HWIO; PyTorch's weight is OIHW: w.permute(2, 3, 1, 0)`,
    `y = conv(x)${slice}${c.output ? `  # → ${nhwc(c.output)}` : ''}`,
  );
  if (subsample) notes.push(t('conv.code.kerasStride'));
  return { label: 'TensorFlow', code: lines.join('\n'), notes };
}
