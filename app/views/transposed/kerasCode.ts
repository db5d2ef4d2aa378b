import type { CodeSnippet } from '../../components/CodePanel';
import { both, call, fmtPair, nchw, nhwc, torchHeader } from '../../components/codeFormat';
import type { AxisPair } from '../../url/fields';
import { t } from '../../i18n/i18n';
import type { KerasTransposeInfo } from './kerasModel';

/** Kernel, stride and dilation of the layer, [height, width]. */
export interface KerasLayerPairs {
  input: AxisPair;
  kernel: AxisPair;
  stride: AxisPair;
  dilation: AxisPair;
}

/**
 * The PyTorch lines that give Keras' Conv2DTranspose numbers after an input `x` (NCHW):
 * `padding` = TensorFlow's crop before and `output_padding` = the crop before less the crop
 * after; where TensorFlow crops one more cell after than before, PyTorch's result is sliced.
 *
 * @example torchMatchLines(keras, layer) // ['conv_t = nn.ConvTranspose2d(1, 1, 3, stride=2, padding=0)', 'y = conv_t(x)[:, :, :6, :6]  # → (1, 1, 6, 6): …']
 */
export function kerasTorchLines(keras: KerasTransposeInfo, layer: KerasLayerPairs): string[] {
  const { p, op } = keras.torch;
  const sliced = keras.axes.some((a) => a.slice > 0);
  const layerCall = call('nn.ConvTranspose2d', [
    '1',
    '1',
    fmtPair(layer.kernel),
    both(layer.stride, 1) ? undefined : `stride=${fmtPair(layer.stride)}`,
    both(p, 0) ? undefined : `padding=${fmtPair(p)}`,
    both(op, 0) ? undefined : `output_padding=${fmtPair(op)}`,
    both(layer.dilation, 1) ? undefined : `dilation=${fmtPair(layer.dilation)}`,
  ]);
  const out = nchw(keras.output);
  const slice = sliced
    ? `[:, :, :${keras.output[0]}, :${keras.output[1]}]  # → ${out}: TensorFlow crops one more cell after`
    : `  # → ${out}`;
  return [`conv_t = ${layerCall}`, `y = conv_t(x)${slice}`];
}

/** `[PyTorch, TensorFlow]` code for Keras' Conv2DTranspose and the PyTorch that matches it. */
export function kerasCode(keras: KerasTransposeInfo, layer: KerasLayerPairs): CodeSnippet[] {
  const refused = keras.problem ? [t('transposed.code.refused')] : [];
  const kerasLayer = call('tf.keras.layers.Conv2DTranspose', [
    '1',
    `kernel_size=${fmtPair(layer.kernel)}`,
    both(layer.stride, 1) ? undefined : `strides=${fmtPair(layer.stride)}`,
    `padding='${keras.padding}'`,
    keras.outputPadding === null ? undefined : `output_padding=${fmtPair(keras.outputPadding)}`,
    both(layer.dilation, 1) ? undefined : `dilation_rate=${fmtPair(layer.dilation)}`,
  ]);
  const tf = [
    'import tensorflow as tf',
    '',
    `x = tf.random.normal([1, ${layer.input[0]}, ${layer.input[1]}, 1])  # ${nhwc(layer.input)}: N, H, W, C`,
    `conv_t = ${kerasLayer}`,
    `# conv_t.kernel: (${layer.kernel[0]}, ${layer.kernel[1]}, 1, 1), HWOI; PyTorch's weight is IOHW: w.permute(2, 3, 1, 0)`,
    `y = conv_t(x)  # → ${nhwc(keras.output)}`,
  ].join('\n');
  return [
    {
      label: 'PyTorch',
      code: [...torchHeader(layer.input), ...kerasTorchLines(keras, layer)].join('\n'),
      notes: refused,
    },
    { label: 'TensorFlow', code: tf, notes: refused },
  ];
}
