import { ConfigError, axisLabel } from './errors';
import {
  dilatedKernel,
  resolveConvSpec,
  resolveConvTransposeSpec,
  resolvePoolSpec,
  type AxisGeometry,
  type ConvSpec,
  type ConvTransposeSpec,
  type PoolSpec,
  type ResolvedConv,
  type ResolvedConvTranspose,
  type ResolvedPool,
} from './spec';

/**
 * Output size of one axis of a direct convolution (paper, Relationship 15, which contains
 * Relationships 1–6 as special cases; PyTorch's `Conv{1,2,3}d` formula):
 *
 * o = ⌊(i + p₁ + p₂ − k̂) / s⌋ + 1, with k̂ = d(k − 1) + 1 and p₁ = p₂ = p when symmetric.
 *
 * No check: the result may be ≤ 0 (see {@link convOutputShape} for the checked version).
 *
 * @example convAxisOutput({ input: 5, kernel: 3, stride: 2, dilation: 1, padBefore: 1, padAfter: 1 }) // 3
 */
export function convAxisOutput(axis: AxisGeometry): number {
  const span =
    axis.input + axis.padBefore + axis.padAfter - dilatedKernel(axis.kernel, axis.dilation);
  return Math.floor(span / axis.stride) + 1;
}

/**
 * Cells at the far end of the padded input that no window reaches, because the floor in
 * Relationship 6 (section 2.4) drops the remainder: (i + p₁ + p₂ − k̂) mod s of them.
 * Figure 2.7 (i = 6, k = 3, s = 2, p = 1) drops one row and one column.
 *
 * @example convAxisDropped({ input: 6, kernel: 3, stride: 2, dilation: 1, padBefore: 1, padAfter: 1 }) // 1
 */
export function convAxisDropped(axis: AxisGeometry): number {
  const padded = axis.input + axis.padBefore + axis.padAfter;
  const kHat = dilatedKernel(axis.kernel, axis.dilation);
  return padded < kHat ? 0 : (padded - kHat) % axis.stride;
}

/**
 * Per-axis geometry of a resolved convolution over an input of the given spatial size.
 *
 * @example convAxes([5], resolveConvSpec({ kernel: [3], padding: [1] })) // [{ input: 5, kernel: 3, stride: 1, dilation: 1, padBefore: 1, padAfter: 1 }]
 */
export function convAxes(inputSpatial: readonly number[], conv: ResolvedConv): AxisGeometry[] {
  return inputSpatial.map((input, axis) => ({
    input,
    kernel: conv.kernel[axis],
    stride: conv.stride[axis],
    dilation: conv.dilation[axis],
    padBefore: conv.padBefore[axis],
    padAfter: conv.padAfter[axis],
  }));
}

function requireSpatial(inputSpatial: readonly number[], rank: number, what: string): void {
  if (inputSpatial.length !== rank) {
    throw new ConfigError(
      'input-rank',
      `${what} has ${rank} spatial axes but the input has ${inputSpatial.length}`,
    );
  }
  inputSpatial.forEach((size, axis) => {
    if (!Number.isInteger(size) || size < 1) {
      throw new ConfigError(
        'input-size',
        `input size on ${axisLabel(axis, rank)} must be a positive integer, got ${size}`,
        axis,
      );
    }
  });
}

/**
 * Checked output shape of a resolved convolution; used by {@link convOutputShape} and `conv`.
 * Per axis o = ⌊(i + p₁ + p₂ − k̂)/s⌋ + 1 with k̂ = d(k − 1) + 1 (paper, Relationship 15).
 *
 * @param inputSpatial input size per spatial axis (no channel axis)
 * @throws {ConfigError} when an input size is not a positive integer or i + p₁ + p₂ < k̂
 * @example resolvedConvOutputShape([7, 7], resolveConvSpec({ kernel: [3, 3], dilation: [2, 2] })) // [3, 3]
 */
export function resolvedConvOutputShape(
  inputSpatial: readonly number[],
  conv: ResolvedConv,
): number[] {
  const rank = conv.kernel.length;
  requireSpatial(inputSpatial, rank, 'the kernel');
  return convAxes(inputSpatial, conv).map((axis, index) => {
    const padded = axis.input + axis.padBefore + axis.padAfter;
    const kHat = dilatedKernel(axis.kernel, axis.dilation);
    if (padded < kHat) {
      throw new ConfigError(
        'kernel-larger-than-input',
        `padded input ${padded} (= ${axis.input} + ${axis.padBefore} + ${axis.padAfter}) is smaller than the dilated kernel ${kHat} (= ${axis.dilation}·(${axis.kernel} − 1) + 1) on ${axisLabel(index, rank)}; PyTorch: "Kernel size can't be greater than actual input size"`,
        index,
      );
    }
    return convAxisOutput(axis);
  });
}

/**
 * Spatial output shape of a convolution, exactly as PyTorch computes it, per axis
 * o = ⌊(i + p₁ + p₂ − d(k − 1) − 1) / s⌋ + 1 (paper, Relationship 15).
 *
 * @param inputSpatial input size per spatial axis (no channel axis)
 * @param spec the convolution
 * @throws {ConfigError} when PyTorch would: bad arguments, `'same'` with a stride, or a padded
 *   input smaller than the dilated kernel
 * @example convOutputShape([5, 5], { kernel: [3, 3], stride: [2, 2], padding: [1, 1] }) // [3, 3]
 */
export function convOutputShape(inputSpatial: readonly number[], spec: ConvSpec): number[] {
  return resolvedConvOutputShape(inputSpatial, resolveConvSpec(spec));
}

/**
 * Output size of one axis of a transposed convolution (paper, Relationship 14 with k → k̂;
 * PyTorch's `ConvTranspose{1,2,3}d` formula):
 *
 * o′ = (i′ − 1)s − 2p + d(k − 1) + a + 1, where a is PyTorch's `output_padding`.
 *
 * @example convTransposeAxisOutput(3, 3, 2, 1, 1, 1) // 6, the paper's figure 4.7
 */
export function convTransposeAxisOutput(
  input: number,
  kernel: number,
  stride: number,
  padding: number,
  dilation: number,
  outputPadding: number,
): number {
  return (input - 1) * stride - 2 * padding + dilation * (kernel - 1) + outputPadding + 1;
}

/**
 * Checked output shape of a resolved transposed convolution. Per axis
 * o′ = (i′ − 1)s − 2p + d(k − 1) + a + 1 (paper, Relationship 14 with k → k̂).
 *
 * @param inputSpatial input size per spatial axis (no channel axis)
 * @throws {ConfigError} when an input size is not a positive integer or an output size is ≤ 0
 * @example resolvedConvTransposeOutputShape([2, 2], resolveConvTransposeSpec({ kernel: [3, 3], stride: [2, 2] })) // [5, 5]
 */
export function resolvedConvTransposeOutputShape(
  inputSpatial: readonly number[],
  spec: ResolvedConvTranspose,
): number[] {
  const rank = spec.kernel.length;
  requireSpatial(inputSpatial, rank, 'the kernel');
  return inputSpatial.map((input, axis) => {
    const out = convTransposeAxisOutput(
      input,
      spec.kernel[axis],
      spec.stride[axis],
      spec.padding[axis],
      spec.dilation[axis],
      spec.outputPadding[axis],
    );
    if (out < 1) {
      throw new ConfigError(
        'output-too-small',
        `output size ${out} on ${axisLabel(axis, rank)} is not positive: (${input} − 1)·${spec.stride[axis]} − 2·${spec.padding[axis]} + ${spec.dilation[axis]}·(${spec.kernel[axis]} − 1) + ${spec.outputPadding[axis]} + 1 = ${out}; reduce the padding (PyTorch: "Output size is too small")`,
        axis,
      );
    }
    return out;
  });
}

/**
 * Spatial output shape of a transposed convolution, exactly as PyTorch computes it.
 *
 * @throws {ConfigError} when output padding ≥ max(stride, dilation) or an output size is ≤ 0
 * @example convTransposeOutputShape([3, 3], { kernel: [3, 3], stride: [2, 2], padding: [1, 1], outputPadding: [1, 1] }) // [6, 6]
 */
export function convTransposeOutputShape(
  inputSpatial: readonly number[],
  spec: ConvTransposeSpec,
): number[] {
  return resolvedConvTransposeOutputShape(inputSpatial, resolveConvTransposeSpec(spec));
}

/**
 * Output size of one pooling axis, PyTorch 1.13's `pooling_output_shape`:
 * floor mode o = ⌊(i + 2p − d(k − 1) − 1)/s⌋ + 1 (paper, Relationship 7 when p = 0, d = 1);
 * ceil mode o = ⌈(i + 2p − d(k − 1) − 1)/s⌉ + 1, minus one when the last window would start
 * in the right padding, i.e. when (o − 1)s ≥ i + p.
 *
 * @param padding padding p on each end
 * @param ceilMode PyTorch's `ceil_mode`
 * @example poolAxisOutput(5, 3, 2, 0, 1, false) // 2
 */
export function poolAxisOutput(
  input: number,
  kernel: number,
  stride: number,
  padding: number,
  dilation: number,
  ceilMode: boolean,
): number {
  const span = input + 2 * padding - dilation * (kernel - 1) - 1;
  let out = Math.floor((span + (ceilMode ? stride - 1 : 0)) / stride) + 1;
  if (ceilMode && (out - 1) * stride >= input + padding) out -= 1;
  return out;
}

/**
 * In ceil mode, where the window that PyTorch drops would have started (it would start in the
 * right padding: (o − 1)s ≥ i + p), or null when no window is dropped.
 *
 * @example poolAxisDroppedWindow(5, 2, 2, 1, 1, true) // 5: plain ceil gives 4 windows, PyTorch 3
 */
export function poolAxisDroppedWindow(
  input: number,
  kernel: number,
  stride: number,
  padding: number,
  dilation: number,
  ceilMode: boolean,
): number | null {
  if (!ceilMode) return null;
  const kept = poolAxisOutput(input, kernel, stride, padding, dilation, true);
  const plain = Math.ceil((input + 2 * padding - dilation * (kernel - 1) - 1) / stride) + 1;
  return plain > kept ? kept * stride - padding : null;
}

/**
 * Checked output shape of a resolved pooling, per axis as {@link poolAxisOutput} (paper,
 * Relationship 7 when p = 0, d = 1).
 *
 * @param inputSpatial input size per spatial axis (no channel axis)
 * @throws {ConfigError} when an input size is not a positive integer or an output size is ≤ 0
 * @example resolvedPoolOutputShape([5, 5], resolvePoolSpec({ mode: 'max', kernel: [3, 3], stride: [2, 2] })) // [2, 2]
 */
export function resolvedPoolOutputShape(
  inputSpatial: readonly number[],
  spec: ResolvedPool,
): number[] {
  const rank = spec.kernel.length;
  requireSpatial(inputSpatial, rank, 'the pooling kernel');
  return inputSpatial.map((input, axis) => {
    const out = poolAxisOutput(
      input,
      spec.kernel[axis],
      spec.stride[axis],
      spec.padding[axis],
      spec.dilation[axis],
      spec.ceilMode,
    );
    if (out < 1) {
      throw new ConfigError(
        'output-too-small',
        `output size ${out} on ${axisLabel(axis, rank)} is not positive: the ${spec.dilation[axis] > 1 ? 'dilated ' : ''}window ${dilatedKernel(spec.kernel[axis], spec.dilation[axis])} does not fit in the padded input ${input + 2 * spec.padding[axis]} (PyTorch: "Output size is too small")`,
        axis,
      );
    }
    return out;
  });
}

/**
 * Spatial output shape of max or average pooling, exactly as PyTorch 1.13 computes it
 * (paper, Relationship 7, extended with padding, dilation and ceil mode).
 *
 * @throws {ConfigError} when padding > ⌊k/2⌋ or an output size is ≤ 0
 * @example poolOutputShape([5], { mode: 'max', kernel: [2], stride: [2], padding: [1], ceilMode: true }) // [3]
 */
export function poolOutputShape(inputSpatial: readonly number[], spec: PoolSpec): number[] {
  return resolvedPoolOutputShape(inputSpatial, resolvePoolSpec(spec));
}
