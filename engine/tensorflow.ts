/**
 * TensorFlow's and Keras' shape rules, one axis at a time, beside PyTorch's (docs/semantics.md
 * §3.1–3.4, read from kernel_shape_util.cc, conv_grad_shape_utils.cc and tf-keras
 * conv_utils.py). The code panels use them to write TensorFlow code that gives PyTorch's
 * numbers; like the per-axis PyTorch functions they compute and do not check.
 */
import type { Msg } from './message';
import { dilatedKernel } from './spec';

/** TensorFlow's padding words for `tf.nn.conv2d`, `tf.nn.pool` and their transposes. */
export type TfPadding = 'SAME' | 'VALID';

/** Keras' padding words; `'full'` exists only in its shape utility. */
export type KerasPadding = 'valid' | 'same' | 'full';

/** One axis of a TensorFlow convolution or pooling: its output size and the zeros it pads. */
export interface TfAxis {
  output: number;
  padBefore: number;
  padAfter: number;
}

/**
 * One axis of `tf.nn.conv2d` or `tf.nn.pool` (and Keras' Conv2D, MaxPool2D, AveragePooling2D),
 * with k̂ = d(k − 1) + 1:
 * - `'VALID'`: o = ⌊(i − k̂ + s)/s⌋, no padding (PyTorch's padding 0: Relationships 5 and 15
 *   with p = 0);
 * - `'SAME'`: o = ⌈i/s⌉; total P = max(0, (o − 1)s + k̂ − i), ⌊P/2⌋ before and the rest after
 *   (the odd zero goes after, as in PyTorch's `'same'`; unlike PyTorch, any stride);
 * - explicit `[before, after]` (TensorFlow's EXPLICIT): o = ⌊(i + p₁ + p₂ − k̂ + s)/s⌋
 *   (Relationship 6 with p₁ + p₂ for 2p, or 15 with dilation).
 *
 * @param padding `'SAME'`, `'VALID'` or the zeros before and after
 * @example tfConvAxis(6, 3, 2, 1, 'SAME') // { output: 3, padBefore: 0, padAfter: 1 } (PyTorch's padding=1 pads (1, 1))
 */
export function tfConvAxis(
  input: number,
  kernel: number,
  stride: number,
  dilation: number,
  padding: TfPadding | readonly [number, number],
): TfAxis {
  const kHat = dilatedKernel(kernel, dilation);
  if (padding === 'SAME') {
    const output = Math.ceil(input / stride);
    const total = Math.max(0, (output - 1) * stride + kHat - input);
    const padBefore = Math.floor(total / 2);
    return { output, padBefore, padAfter: total - padBefore };
  }
  const [padBefore, padAfter] = padding === 'VALID' ? [0, 0] : padding;
  const output = Math.floor((input + padBefore + padAfter - kHat + stride) / stride);
  return { output, padBefore, padAfter };
}

/**
 * The output sizes `tf.nn.conv2d_transpose` accepts on one axis for an input of size i: it
 * needs `output_shape`, and accepts o only if the forward convolution with the same k, s, d and
 * padding maps o back to i (else "Size of out_backprop doesn't match computed"). That is
 * `'VALID'`: (i − 1)s + k̂ ≤ o ≤ (i − 1)s + k̂ + s − 1; `'SAME'`: (i − 1)s + 1 ≤ o ≤ i·s. The
 * paper's Relationship 6 ambiguity is why there are s sizes (section 2.4).
 *
 * @example tfConvTransposeRange(3, 3, 2, 1, 'VALID') // { min: 7, max: 8 }
 */
export function tfConvTransposeRange(
  input: number,
  kernel: number,
  stride: number,
  dilation: number,
  padding: TfPadding,
): { min: number; max: number } {
  if (padding === 'SAME') return { min: (input - 1) * stride + 1, max: input * stride };
  const min = (input - 1) * stride + dilatedKernel(kernel, dilation);
  return { min, max: min + stride - 1 };
}

/**
 * Where `tf.nn.conv2d_transpose` with output size o takes its cells from on one axis: the
 * result is cells `cropBefore … cropBefore + o − 1` of the full scatter of length
 * (i − 1)s + k̂ (zeros past its end), where cropBefore is the forward convolution's padding
 * before for size o (0 for `'VALID'`). Null when TensorFlow refuses o
 * (see {@link tfConvTransposeRange}).
 *
 * @example tfConvTransposeCrop(3, 3, 2, 1, 'SAME', 6) // 0: SAME for size 6 pads (0, 1)
 */
export function tfConvTransposeCrop(
  input: number,
  kernel: number,
  stride: number,
  dilation: number,
  padding: TfPadding,
  output: number,
): number | null {
  const { min, max } = tfConvTransposeRange(input, kernel, stride, dilation, padding);
  if (output < min || output > max) return null;
  return tfConvAxis(output, kernel, stride, dilation, padding).padBefore;
}

/** What Keras crops from each end of the full result, per padding word: 0, ⌊k̂/2⌋ or k̂ − 1. */
function kerasCrop(kHat: number, padding: KerasPadding): number {
  if (padding === 'valid') return 0;
  return padding === 'same' ? Math.floor(kHat / 2) : kHat - 1;
}

/**
 * The output size of Keras' `Conv2DTranspose` on one axis (tf-keras `deconv_output_length`),
 * with k̂ = d(k − 1) + 1:
 * - `output_padding` left out (inferred): `'valid'` i·s + max(k̂ − s, 0); `'same'` i·s;
 *   `'full'` i·s − (s + k̂ − 2);
 * - given: (i − 1)s + k̂ − 2·pad + output_padding with pad = 0, ⌊k̂/2⌋ or k̂ − 1 (Relationship 14
 *   with pad for p and output_padding for a).
 *
 * @param outputPadding Keras' `output_padding`, or null when it is left out
 * @example kerasConvTransposeOutput(3, 3, 2, 1, 'same', null) // 6
 */
export function kerasConvTransposeOutput(
  input: number,
  kernel: number,
  stride: number,
  dilation: number,
  padding: KerasPadding,
  outputPadding: number | null,
): number {
  const kHat = dilatedKernel(kernel, dilation);
  if (outputPadding !== null) {
    return (input - 1) * stride + kHat - 2 * kerasCrop(kHat, padding) + outputPadding;
  }
  if (padding === 'valid') return input * stride + Math.max(kHat - stride, 0);
  if (padding === 'same') return input * stride;
  return input * stride - (stride + kHat - 2);
}

/**
 * The `output_padding` that makes Keras' `Conv2DTranspose` give size o on one axis, or null
 * when none does: Keras requires 0 ≤ output_padding < stride (see {@link kerasOutputPaddingProblem}).
 *
 * @example kerasOutputPaddingFor(3, 3, 2, 1, 'same', 6) // 1
 */
export function kerasOutputPaddingFor(
  input: number,
  kernel: number,
  stride: number,
  dilation: number,
  padding: KerasPadding,
  output: number,
): number | null {
  const outputPadding =
    output - kerasConvTransposeOutput(input, kernel, stride, dilation, padding, 0);
  return outputPadding >= 0 && outputPadding < stride ? outputPadding : null;
}

/**
 * Why Keras' `Conv2DTranspose` refuses an output padding, in its words, or null: it needs
 * output_padding < stride on every axis (PyTorch allows < max(stride, dilation)).
 *
 * @example kerasOutputPaddingProblem(2, 2) // 'Strides must be greater than output padding. Received strides=2, output_padding=2'
 */
export function kerasOutputPaddingProblem(stride: number, outputPadding: number): string | null {
  return outputPadding < stride
    ? null
    : `Strides must be greater than output padding. Received strides=${stride}, output_padding=${outputPadding}`;
}

/** One axis of a TensorFlow SAME layer beside the PyTorch layer a port usually writes for it. */
export interface SamePortAxis {
  /** TensorFlow's SAME: ⌈i/s⌉ and its zeros before and after. */
  tf: TfAxis;
  /** The symmetric padding of the port, ⌊d(k − 1)/2⌋ (the paper's half padding, section 2.2.1). */
  torchPadding: number;
  /** PyTorch's output with it: ⌊(i + 2p − k̂)/s⌋ + 1 (Relationship 15). */
  torchOutput: number;
}

/**
 * TensorFlow's `padding='SAME'` on one axis beside its usual PyTorch port, `padding=⌊d(k − 1)/2⌋`
 * on both ends (PyTorch refuses `padding='same'` with a stride): the one-pixel porting bug.
 * TensorFlow rounds up (o = ⌈i/s⌉) and puts the odd zero after; the port pads both ends alike
 * and rounds down, so it can give a smaller output (k̂ even) or the same size shifted by a
 * pixel (TensorFlow's padding unequal). `F.pad` with TensorFlow's zeros and `padding=0` matches
 * TensorFlow exactly.
 *
 * @example tfSamePort(113, 2, 2, 1) // { tf: { output: 57, padBefore: 0, padAfter: 1 }, torchPadding: 0, torchOutput: 56 }
 * @example tfSamePort(224, 7, 2, 1).tf // { output: 112, padBefore: 2, padAfter: 3 }: PyTorch's padding=3 pads (3, 3)
 */
export function tfSamePort(
  input: number,
  kernel: number,
  stride: number,
  dilation: number,
): SamePortAxis {
  const tf = tfConvAxis(input, kernel, stride, dilation, 'SAME');
  const torchPadding = Math.floor((dilation * (kernel - 1)) / 2);
  const torchOutput =
    Math.floor((input + 2 * torchPadding - dilatedKernel(kernel, dilation)) / stride) + 1;
  return { tf, torchPadding, torchOutput };
}

/** One axis of Keras' `Conv2DTranspose` beside the PyTorch `ConvTranspose2d` that matches it. */
export interface KerasTransposeAxis {
  /** Keras' output size ({@link kerasConvTransposeOutput}). */
  output: number;
  /** The uncropped scatter, (i − 1)s + k̂. */
  full: number;
  /** Cells TensorFlow crops before (the forward SAME padding before for the output; 0 for 'valid'). */
  cropBefore: number;
  /** Cells it crops after: full − cropBefore − output (negative: zeros appended). */
  cropAfter: number;
  /** PyTorch's `padding`: TensorFlow's crop before. */
  torchPadding: number;
  /** PyTorch's `output_padding`, cropBefore − cropAfter when that is ≥ 0. */
  torchOutputPadding: number;
  /** Cells of PyTorch's result past TensorFlow's (cropAfter − cropBefore, when positive): sliced off. */
  slice: number;
  /** Why Keras or TensorFlow refuses this axis, in their terms; null when it runs. */
  problem: string | null;
  /** The same as a message of the transposed view's catalogue; null when it runs. */
  explain: Msg | null;
}

/**
 * One axis of Keras' `Conv2DTranspose(padding, output_padding)` and the PyTorch layer that
 * gives the same numbers (docs/semantics.md §3.2–3.4). Keras computes the output size and
 * calls `conv2d_transpose`, which keeps cells cropBefore … cropBefore + o − 1 of the full
 * scatter. PyTorch crops `padding` before and `padding − output_padding` after, so it matches
 * with padding = cropBefore and output_padding = cropBefore − cropAfter, when that is ≥ 0 and
 * below max(s, d). SAME with an odd total crop puts the extra cell after, which PyTorch cannot:
 * then `slice` cells of PyTorch's result (padding = cropBefore) are cut off its end.
 *
 * @param outputPadding Keras' `output_padding`, null when left out (inferred)
 * @example kerasTransposeAxis(3, 3, 2, 1, 'same', null) // output 6, crop (0, 1): PyTorch padding 0 gives 7, slice 1
 * @example kerasTransposeAxis(3, 3, 2, 1, 'same', 0) // output 5, crop (1, 1): PyTorch padding 1, output_padding 0
 */
export function kerasTransposeAxis(
  input: number,
  kernel: number,
  stride: number,
  dilation: number,
  padding: 'valid' | 'same',
  outputPadding: number | null,
): KerasTransposeAxis {
  const output = kerasConvTransposeOutput(input, kernel, stride, dilation, padding, outputPadding);
  const full = (input - 1) * stride + dilatedKernel(kernel, dilation);
  const tfPadding = padding === 'same' ? 'SAME' : 'VALID';
  const range = tfConvTransposeRange(input, kernel, stride, dilation, tfPadding);
  const crop = tfConvTransposeCrop(input, kernel, stride, dilation, tfPadding, output);
  const cropBefore = crop ?? 0;
  const cropAfter = full - cropBefore - output;
  const difference = cropBefore - cropAfter;
  let problem = outputPadding === null ? null : kerasOutputPaddingProblem(stride, outputPadding);
  let explain: Msg | null = problem
    ? { id: 'transposed.err.kerasOutputPadding', values: { s: stride, op: outputPadding ?? 0 } }
    : null;
  if (problem === null && crop === null) {
    problem = `conv2d_transpose with padding '${tfPadding}' takes an output size from ${range.min} to ${range.max} for an input of ${input}, and Keras asks for ${output} (its forward convolution would not give ${input} back)`;
    explain = {
      id: 'transposed.err.kerasRange',
      values: { padding: tfPadding, min: range.min, max: range.max, input, output },
    };
  }
  return {
    output,
    full,
    cropBefore,
    cropAfter,
    torchPadding: cropBefore,
    torchOutputPadding: Math.max(difference, 0),
    slice: Math.max(-difference, 0),
    problem,
    explain,
  };
}
