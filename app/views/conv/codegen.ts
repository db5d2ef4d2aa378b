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
  torchHeader,
} from '../../components/codeFormat';

/** A convolution resolved to numbers per axis ([height, width]), as the view shows it. */
export interface ConvCodeInput {
  input: Pair;
  kernel: Pair;
  stride: Pair;
  dilation: Pair;
  /** Zeros PyTorch adds before each axis (resolved for 'same' and 'full' too). */
  padBefore: Pair;
  /** Zeros PyTorch adds after each axis. */
  padAfter: Pair;
  paddingMode: 'explicit' | 'valid' | 'same' | 'full';
  /** The engine's output size, null when PyTorch raises. */
  output: Pair | null;
}

const STRIDED_SAME_NOTE =
  "PyTorch refuses padding='same' with a stride other than 1: " +
  "ValueError: padding='same' is not supported for strided convolutions.";

const KERAS_STRIDE_DILATION_NOTE =
  'The Keras documentation says strides other than 1 cannot be combined with a dilation_rate ' +
  'other than 1, so the layer runs with stride 1 and the slice keeps every stride-th output: ' +
  'the same numbers as the strided convolution.';

/**
 * Code for one single-channel, batch-1 convolution in PyTorch (module and functional form) and
 * TensorFlow/Keras, each written to give exactly PyTorch's numbers.
 *
 * PyTorch pads symmetrically through `padding=`, so unequal padding goes through `F.pad`
 * (last axis first). Keras' `padding='same'` is used only when TensorFlow's SAME split
 * (⌊P/2⌋ before, the rest after; semantics §3.1) is PyTorch's padding on both axes; otherwise
 * the input is padded with `tf.pad` and the layer uses `'valid'`.
 *
 * @param c the resolved convolution and the engine's output size
 * @returns `[PyTorch, TensorFlow]` snippets
 * @example
 * convCode({ input: [5, 5], kernel: [3, 3], stride: [2, 2], dilation: [1, 1],
 *   padBefore: [1, 1], padAfter: [1, 1], paddingMode: 'explicit', output: [3, 3] })
 * // PyTorch: nn.Conv2d(1, 1, kernel_size=3, stride=2, padding=1)
 * // TensorFlow: tf.keras.layers.Conv2D(filters=1, kernel_size=3, strides=2, padding='same')
 */
export function convCode(c: ConvCodeInput): CodeSnippet[] {
  return [pytorchConv(c), tensorflowConv(c)];
}

function pytorchConv(c: ConvCodeInput): CodeSnippet {
  const notes = c.output ? [] : [PYTORCH_RAISES_NOTE];
  const unequal = c.paddingMode === 'explicit' && !samePair(c.padBefore, c.padAfter);
  const padding =
    c.paddingMode === 'same' || c.paddingMode === 'valid'
      ? `padding='${c.paddingMode}'`
      : unequal
        ? undefined
        : pairArg('padding', c.padBefore, 0);
  const args = [pairArg('stride', c.stride, 1), padding, pairArg('dilation', c.dilation, 1)];
  const shown = c.output ? `  # → ${nchw(c.output)}` : '  # raises (see the notes)';
  const lines = torchHeader(c.input);
  if (unequal) {
    const [top, left] = c.padBefore;
    const [bottom, right] = c.padAfter;
    const padded = addPairs(c.input, c.padBefore, c.padAfter);
    lines.push(
      '# F.pad lists the last axis first: (left, right, top, bottom)',
      `x = F.pad(x, (${left}, ${right}, ${top}, ${bottom}))  # → ${nchw(padded)}`,
    );
    notes.push(
      `padding= pads both ends of an axis equally, and this padding is ${describePerAxis(pads(c))} ` +
        '(before, after), so F.pad adds it first and the convolution itself pads nothing.',
    );
  }
  if (c.paddingMode === 'same' && !both(c.stride, 1)) notes.push(STRIDED_SAME_NOTE);
  if (c.paddingMode === 'full') {
    notes.push(
      `PyTorch has no padding='full'; padding=${fmtPair(c.padBefore)}, which is d·(k − 1), gives it.`,
    );
  }
  lines.push(
    `conv = ${call('nn.Conv2d', ['1', '1', `kernel_size=${fmtPair(c.kernel)}`, ...args])}`,
    `y = conv(x)${shown}`,
    '',
    '# The same with the functional form',
    `weight = torch.randn${nchw(c.kernel)}  # (out_channels, in_channels, kH, kW)`,
    `y = ${call('F.conv2d', ['x', 'weight', ...args])}${shown}`,
  );
  return { label: 'PyTorch', code: lines.join('\n'), notes };
}

function pads(c: ConvCodeInput): Pair[] {
  return [
    [c.padBefore[0], c.padAfter[0]],
    [c.padBefore[1], c.padAfter[1]],
  ];
}

function tensorflowConv(c: ConvCodeInput): CodeSnippet {
  const notes = c.output ? [] : [PYTORCH_RAISES_NOTE];
  // Stride then subsample when Keras cannot take stride and dilation together; exact either way.
  const subsample = !both(c.stride, 1) && !both(c.dilation, 1);
  const layerStride: Pair = subsample ? [1, 1] : c.stride;
  const padded = !both(c.padBefore, 0) || !both(c.padAfter, 0);
  const tfPads = tfSamePads(c.input, c.kernel, layerStride, c.dilation);
  const useSame = padded && tfSameMatches(tfPads, c.padBefore, c.padAfter);
  const lines = [
    'import tensorflow as tf',
    '',
    `x = tf.random.normal([1, ${c.input[0]}, ${c.input[1]}, 1])  # ${nhwc(c.input)}: N, H, W, C`,
  ];
  if (padded && !useSame) {
    const size = addPairs(c.input, c.padBefore, c.padAfter);
    lines.push(`x = tf.pad(x, ${tfPaddings(c.padBefore, c.padAfter)})  # → ${nhwc(size)}`);
    notes.push(
      `TensorFlow's 'same' would pad ${describePerAxis(tfPads)} here; PyTorch pads ` +
        `${describePerAxis(pads(c))}, so the padding is explicit.`,
    );
  }
  const layer = call('tf.keras.layers.Conv2D', [
    'filters=1',
    `kernel_size=${fmtPair(c.kernel)}`,
    pairArg('strides', layerStride, 1),
    `padding='${useSame ? 'same' : 'valid'}'`,
    pairArg('dilation_rate', c.dilation, 1),
  ]);
  const slice = subsample ? subsampleSlice(c.stride) : '';
  lines.push(`conv = ${layer}`, `y = conv(x)${slice}${c.output ? `  # → ${nhwc(c.output)}` : ''}`);
  if (subsample) notes.push(KERAS_STRIDE_DILATION_NOTE);
  return { label: 'TensorFlow', code: lines.join('\n'), notes };
}
