import { ConfigError, axisLabel, axisMsg, errMsg } from './errors';
import {
  dilatedKernel,
  resolveConvSpec,
  resolveConvTransposeSpec,
  resolvePoolSpec,
  type AxisGeometry,
  type ConvSpec,
  type PoolAxisGeometry,
  type TransposedAxisGeometry,
  type ConvTransposeSpec,
  type PoolSpec,
  type ResolvedConv,
  type ResolvedConvTranspose,
  type ResolvedPool,
} from './spec';

/**
 * Size of the padded input of one axis, i + p₁ + p₂: what the kernel slides over (paper,
 * section 2.2; the numerator of Relationship 6 is this minus k).
 *
 * @example paddedSize({ input: 6, kernel: 3, stride: 1, dilation: 1, padBefore: 0, padAfter: 1 }) // 7
 */
export function paddedSize(axis: AxisGeometry): number {
  return axis.input + axis.padBefore + axis.padAfter;
}

/**
 * The window of output position o on one axis, in padded-input coordinates (0 is the first
 * padding cell): it starts at o·s and spans the dilated kernel k̂ = d(k − 1) + 1 (paper,
 * sections 2.4 and 5.1). The rectangle a figure outlines for an output cell.
 *
 * @example axisWindow({ input: 5, kernel: 3, stride: 2, dilation: 2, padBefore: 1, padAfter: 1 }, 1) // { start: 2, span: 5 }
 */
export function axisWindow(axis: AxisGeometry, o: number): { start: number; span: number } {
  return { start: o * axis.stride, span: dilatedKernel(axis.kernel, axis.dilation) };
}

/**
 * The window rectangle of an output cell: {@link axisWindow} on every axis.
 *
 * @param coord the output cell, one position per axis
 * @example outputWindow([axisH, axisW], [1, 2]) // { start: [1·s_h, 2·s_w], span: [k̂_h, k̂_w] }
 */
export function outputWindow(
  axes: readonly AxisGeometry[],
  coord: readonly number[],
): { start: number[]; span: number[] } {
  const windows = axes.map((axis, index) => axisWindow(axis, coord[index]));
  return { start: windows.map((w) => w.start), span: windows.map((w) => w.span) };
}

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
  const span = paddedSize(axis) - dilatedKernel(axis.kernel, axis.dilation);
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
  const padded = paddedSize(axis);
  const kHat = dilatedKernel(axis.kernel, axis.dilation);
  return padded < kHat ? 0 : (padded - kHat) % axis.stride;
}

/**
 * Per-axis geometry of a resolved convolution over an input of the given spatial size.
 *
 * @example convAxes([5], resolveConvSpec({ kernel: [3], padding: [1] })) // [{ input: 5, kernel: 3, stride: 1, dilation: 1, padBefore: 1, padAfter: 1 }]
 */
export function convAxes(
  inputSpatial: readonly number[],
  conv: Pick<ResolvedConv, 'kernel' | 'stride' | 'dilation' | 'padBefore' | 'padAfter'>,
): AxisGeometry[] {
  return inputSpatial.map((input, axis) => ({
    input,
    kernel: conv.kernel[axis],
    stride: conv.stride[axis],
    dilation: conv.dilation[axis],
    padBefore: conv.padBefore[axis],
    padAfter: conv.padAfter[axis],
  }));
}

/**
 * Per-axis geometry of a resolved transposed convolution over an input of the given size
 * (PyTorch's `padding` on both ends).
 *
 * @example transposedAxes([3], resolveConvTransposeSpec({ kernel: [3], stride: [2], padding: [1], outputPadding: [1] }))[0].outputPadding // 1
 */
export function transposedAxes(
  inputSpatial: readonly number[],
  spec: ResolvedConvTranspose,
): TransposedAxisGeometry[] {
  const conv = { ...spec, padBefore: spec.padding, padAfter: spec.padding };
  return convAxes(inputSpatial, conv).map((axis, index) => ({
    ...axis,
    outputPadding: spec.outputPadding[index],
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
        undefined,
        errMsg('inputSize', { axis: axisMsg(axis, rank), value: size }),
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
    const padded = paddedSize(axis);
    const kHat = dilatedKernel(axis.kernel, axis.dilation);
    if (padded < kHat) {
      throw new ConfigError(
        'kernel-larger-than-input',
        `padded input ${padded} (= ${axis.input} + ${axis.padBefore} + ${axis.padAfter}) is smaller than the dilated kernel ${kHat} (= ${axis.dilation}·(${axis.kernel} − 1) + 1) on ${axisLabel(index, rank)}; PyTorch: "Kernel size can't be greater than actual input size"`,
        index,
        undefined,
        errMsg('kernelLarger', {
          axis: axisMsg(index, rank),
          padded,
          input: axis.input,
          before: axis.padBefore,
          after: axis.padAfter,
          khat: kHat,
          d: axis.dilation,
          k: axis.kernel,
        }),
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
 * o′ = (i′ − 1)s − p₁ − p₂ + d(k − 1) + a + 1, where a is PyTorch's `output_padding` and
 * p₁ = p₂ = p (PyTorch's `padding`), i.e. o′ = s(i′ − 1) + a + k̂ − 2p.
 *
 * @example convTransposeAxisOutput({ input: 3, kernel: 3, stride: 2, dilation: 1, padBefore: 1, padAfter: 1, outputPadding: 1 }) // 6, the paper's figure 4.7
 */
export function convTransposeAxisOutput(axis: TransposedAxisGeometry): number {
  return (
    (axis.input - 1) * axis.stride -
    axis.padBefore -
    axis.padAfter +
    axis.dilation * (axis.kernel - 1) +
    axis.outputPadding +
    1
  );
}

/**
 * The sizes a `ConvTranspose` module accepts as `output_size` on one axis (PyTorch's
 * `_output_padding`): from the size with output padding 0 up to s − 1 more, and it sets
 * output_padding = size − min (Relationship 14's a). The range uses the stride only, so with
 * dilation > stride some output paddings are reachable through `output_padding` but not here.
 *
 * @example convTransposeOutputSizeRange({ input: 3, kernel: 3, stride: 2, dilation: 1, padBefore: 1, padAfter: 1, outputPadding: 0 }) // { min: 5, max: 6 }
 */
export function convTransposeOutputSizeRange(axis: TransposedAxisGeometry): {
  min: number;
  max: number;
} {
  const min = convTransposeAxisOutput({ ...axis, outputPadding: 0 });
  return { min, max: min + axis.stride - 1 };
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
  return transposedAxes(inputSpatial, spec).map((geometry, axis) => {
    const input = geometry.input;
    const out = convTransposeAxisOutput(geometry);
    if (out < 1) {
      throw new ConfigError(
        'output-too-small',
        `output size ${out} on ${axisLabel(axis, rank)} is not positive: (${input} − 1)·${spec.stride[axis]} − 2·${spec.padding[axis]} + ${spec.dilation[axis]}·(${spec.kernel[axis]} − 1) + ${spec.outputPadding[axis]} + 1 = ${out}; reduce the padding (PyTorch: "Output size is too small")`,
        axis,
        undefined,
        errMsg('transposedTooSmall', {
          axis: axisMsg(axis, rank),
          out,
          input,
          s: spec.stride[axis],
          p: spec.padding[axis],
          d: spec.dilation[axis],
          k: spec.kernel[axis],
          op: spec.outputPadding[axis],
        }),
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
 * in the right padding, i.e. when (o − 1)s ≥ i + p. (2p is p₁ + p₂; PyTorch pads both alike.)
 *
 * @example poolAxisOutput({ input: 5, kernel: 3, stride: 2, dilation: 1, padBefore: 0, padAfter: 0, ceilMode: false }) // 2
 */
export function poolAxisOutput(axis: PoolAxisGeometry): number {
  const out = plainPoolOutput(axis);
  return axis.ceilMode && (out - 1) * axis.stride >= axis.input + axis.padBefore ? out - 1 : out;
}

/** The pooling output size before ceil mode's rule drops a window starting in the right padding. */
function plainPoolOutput(axis: PoolAxisGeometry): number {
  const span = paddedSize(axis) - dilatedKernel(axis.kernel, axis.dilation);
  return Math.floor((span + (axis.ceilMode ? axis.stride - 1 : 0)) / axis.stride) + 1;
}

/**
 * In ceil mode, where the window that PyTorch drops would have started, in input coordinates
 * (it would start in the right padding: (o − 1)s ≥ i + p), or null when no window is dropped.
 *
 * @example poolAxisDroppedWindow({ input: 5, kernel: 2, stride: 2, dilation: 1, padBefore: 1, padAfter: 1, ceilMode: true }) // 5: plain ceil gives 4 windows, PyTorch 3
 */
export function poolAxisDroppedWindow(axis: PoolAxisGeometry): number | null {
  const kept = poolAxisOutput(axis);
  return plainPoolOutput(axis) > kept ? kept * axis.stride - axis.padBefore : null;
}

/** How far the windows of one pooling axis reach (see {@link poolAxisReach}). */
export interface PoolAxisReach {
  /** Output size o (PyTorch 1.13, Relationship 7 extended). */
  output: number;
  /** Ceil mode: where the dropped window would start (input coordinates), or null. */
  droppedWindow: number | null;
  /** Cells past the right padding that the last kept window covers (ceil mode), else 0. */
  overhang: number;
  /** Cells past the right padding that any window covers, the dropped one included (≥ overhang). */
  reach: number;
}

/**
 * How far the windows of one pooling axis reach past the right padding. In ceil mode the last
 * window may hang over the end ((o − 1)s + k̂ > i + 2p): those cells count for neither the max
 * nor the average divisor, and TensorFlow needs them as extra padding after. The window PyTorch
 * drops reaches further still; a figure draws both.
 *
 * overhang = max(0, (o − 1)s + k̂ − (i + 2p)); reach = max(overhang, dropped start + k̂ − (i + p)).
 *
 * @example poolAxisReach({ input: 6, kernel: 3, stride: 2, dilation: 1, padBefore: 1, padAfter: 1, ceilMode: true }) // { output: 4, droppedWindow: null, overhang: 1, reach: 1 }
 */
export function poolAxisReach(axis: PoolAxisGeometry): PoolAxisReach {
  const output = poolAxisOutput(axis);
  const droppedWindow = poolAxisDroppedWindow(axis);
  const kHat = dilatedKernel(axis.kernel, axis.dilation);
  const end = axis.input + axis.padAfter;
  const overhang = Math.max(0, (output - 1) * axis.stride - axis.padBefore + kHat - end);
  const dropped = droppedWindow === null ? 0 : droppedWindow + kHat - end;
  return { output, droppedWindow, overhang, reach: Math.max(overhang, dropped) };
}

/**
 * Per-axis geometry of a resolved pooling over an input of the given size (PyTorch's
 * `padding` on both ends, one `ceil_mode` for every axis).
 *
 * @example poolAxes([5], resolvePoolSpec({ mode: 'max', kernel: [2], ceilMode: true }))[0].stride // 2
 */
export function poolAxes(inputSpatial: readonly number[], spec: ResolvedPool): PoolAxisGeometry[] {
  const conv = { ...spec, padBefore: spec.padding, padAfter: spec.padding };
  return convAxes(inputSpatial, conv).map((axis) => ({ ...axis, ceilMode: spec.ceilMode }));
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
  return poolAxes(inputSpatial, spec).map((geometry, axis) => {
    const out = poolAxisOutput(geometry);
    if (out < 1) {
      throw new ConfigError(
        'output-too-small',
        `output size ${out} on ${axisLabel(axis, rank)} is not positive: the ${geometry.dilation > 1 ? 'dilated ' : ''}window ${dilatedKernel(geometry.kernel, geometry.dilation)} does not fit in the padded input ${paddedSize(geometry)} (PyTorch: "Output size is too small")`,
        axis,
        undefined,
        errMsg('windowTooLarge', {
          axis: axisMsg(axis, rank),
          out,
          dilated: geometry.dilation > 1 ? 'yes' : 'no',
          window: dilatedKernel(geometry.kernel, geometry.dilation),
          padded: paddedSize(geometry),
        }),
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
