import { ConfigError, axisLabel, axisMsg, errMsg, requireInteger } from './errors';

/** Padding of a convolution: symmetric per axis, `[before, after]` per axis, or PyTorch's words. */
export type ConvPadding = number[] | [number, number][] | 'valid' | 'same';

/** A convolution, PyTorch's `nn.ConvNd` arguments without channels and bias. */
export interface ConvSpec {
  /** Kernel size per spatial axis. */
  kernel: number[];
  /** Stride per axis (default 1). */
  stride?: number[];
  /** Dilation per axis (default 1). */
  dilation?: number[];
  /** Channel groups (default 1). */
  groups?: number;
  /** Zero padding (default 0). `'same'` splits d(k−1) with the odd element after, as PyTorch does. */
  padding?: ConvPadding;
}

/** A transposed convolution, PyTorch's `nn.ConvTransposeNd` arguments without channels and bias. */
export interface ConvTransposeSpec {
  kernel: number[];
  stride?: number[];
  dilation?: number[];
  groups?: number;
  /** Cropped from both ends of the full result (paper: p). */
  padding?: number[];
  /** Extra size on the far end of each axis (paper: a); must be < max(stride, dilation). */
  outputPadding?: number[];
}

/** A pooling layer, PyTorch's `nn.MaxPoolNd` / `nn.AvgPoolNd` arguments. */
export interface PoolSpec {
  mode: 'max' | 'avg';
  kernel: number[];
  /** Default: the kernel size, as in PyTorch. */
  stride?: number[];
  /** Implicit padding on both ends (−∞ for max, 0 for avg); at most half the kernel. */
  padding?: number[];
  /** Max pooling only. */
  dilation?: number[];
  /** Round the output size up; a window that would start in the right padding is dropped. */
  ceilMode?: boolean;
  /** Avg pooling: count padding cells in the divisor (default true). */
  countIncludePad?: boolean;
  /** Avg pooling: divide every window by this instead. */
  divisorOverride?: number;
}

/**
 * One spatial axis of a layer, fully resolved: the one axis type of the engine. Shapes,
 * relationships, fixes, index maps and the views all take it (the paper's i, k, s, d and p,
 * with p split into the two ends).
 */
export interface AxisGeometry {
  /** Input size i. */
  input: number;
  /** Kernel size k. */
  kernel: number;
  /** Stride s. */
  stride: number;
  /** Dilation d. */
  dilation: number;
  /** Zeros added before the first input cell (p₁; PyTorch's `padding` pads both ends alike). */
  padBefore: number;
  /** Zeros added after the last input cell (p₂). */
  padAfter: number;
}

/**
 * One axis of a transposed convolution: `input` is the paper's i′ (the direct convolution's
 * output), padBefore/padAfter are PyTorch's `padding` (cropped from the ends of the full
 * result; equal in PyTorch), and the output padding is the paper's a.
 */
export interface TransposedAxisGeometry extends AxisGeometry {
  /** PyTorch's `output_padding`, the paper's a: extra size at the far end. */
  outputPadding: number;
}

/** One axis of a pooling layer: PyTorch's padding on both ends (−∞ for max, zeros for avg). */
export interface PoolAxisGeometry extends AxisGeometry {
  /** PyTorch's `ceil_mode`: round the output size up (the last window may hang over). */
  ceilMode: boolean;
}

/** The padding words: PyTorch's `'valid'` and `'same'`, and the paper's full padding. */
export type PaddingWord = 'valid' | 'same' | 'full';

/** A convolution spec with every axis resolved to numbers. */
export interface ResolvedConv {
  kernel: number[];
  stride: number[];
  dilation: number[];
  padBefore: number[];
  padAfter: number[];
  groups: number;
}

/**
 * Zeros before and after one axis for a padding word (paper, sections 2.2.1–2.2.2 with k̂):
 * `'valid'` none; `'same'` PyTorch's split of the total d(k − 1), ⌊total/2⌋ before and the odd
 * element after (half padding, Relationship 3, when k is odd); `'full'` d(k − 1) on each side
 * (full padding, Relationship 4). PyTorch has no `'full'`; it is written as explicit padding.
 *
 * @example paddingForWord('same', 4, 1) // { padBefore: 1, padAfter: 2 }
 */
export function paddingForWord(
  word: PaddingWord,
  kernel: number,
  dilation: number,
): { padBefore: number; padAfter: number } {
  const total = dilation * (kernel - 1);
  if (word === 'valid') return { padBefore: 0, padAfter: 0 };
  if (word === 'full') return { padBefore: total, padAfter: total };
  const padBefore = Math.floor(total / 2);
  return { padBefore, padAfter: total - padBefore };
}

/**
 * Effective (dilated) kernel size k̂ = k + (k − 1)(d − 1) = d(k − 1) + 1 (paper, section 5.1,
 * Relationship 15).
 *
 * @example dilatedKernel(3, 2) // 5
 */
export function dilatedKernel(kernel: number, dilation: number): number {
  return dilation * (kernel - 1) + 1;
}

function perAxis(
  values: number[] | undefined,
  rank: number,
  fallback: number,
  what: string,
  min: number,
): number[] {
  if (values === undefined) return new Array<number>(rank).fill(fallback);
  if (!Array.isArray(values) || values.length !== rank) {
    throw new ConfigError(
      `${what}-rank`,
      `${what} needs one value per spatial axis (${rank}), got ${Array.isArray(values) ? values.length : String(values)}`,
    );
  }
  values.forEach((value, axis) => requireInteger(value, min, what, axis, rank));
  return values.slice();
}

/**
 * Resolves a {@link ConvSpec} into per-axis numbers, with PyTorch's checks on the arguments
 * themselves (not yet on the input size).
 *
 * `'same'`: total padding d(k − 1) per axis, ⌊total/2⌋ before and the rest after; PyTorch
 * refuses it with a stride other than 1.
 *
 * @throws {ConfigError} for a bad argument, or `'same'` with a stride
 * @example resolveConvSpec({ kernel: [4], padding: 'same' }) // { kernel: [4], stride: [1], dilation: [1], padBefore: [1], padAfter: [2], groups: 1 }
 */
export function resolveConvSpec(spec: ConvSpec): ResolvedConv {
  if (!Array.isArray(spec.kernel) || spec.kernel.length === 0) {
    throw new ConfigError('kernel-rank', 'kernel needs at least one spatial size');
  }
  const rank = spec.kernel.length;
  const kernel = perAxis(spec.kernel, rank, 1, 'kernel', 1);
  const stride = perAxis(spec.stride, rank, 1, 'stride', 1);
  const dilation = perAxis(spec.dilation, rank, 1, 'dilation', 1);
  const groups = spec.groups ?? 1;
  requireInteger(groups, 1, 'groups');
  const padding = spec.padding ?? 'valid';
  let padBefore: number[];
  let padAfter: number[];
  if (padding === 'valid') {
    padBefore = new Array<number>(rank).fill(0);
    padAfter = padBefore.slice();
  } else if (padding === 'same') {
    const strided = stride.findIndex((s) => s !== 1);
    if (strided >= 0) {
      throw new ConfigError(
        'same-stride',
        `padding='same' needs stride 1 on every axis (PyTorch: "padding='same' is not supported for strided convolutions"), but stride is ${stride[strided]} on ${axisLabel(strided, rank)}; use stride 1 or explicit padding`,
        strided,
        undefined,
        errMsg('sameStride', { axis: axisMsg(strided, rank), stride: stride[strided] }),
      );
    }
    const sides = kernel.map((k, axis) => paddingForWord('same', k, dilation[axis]));
    padBefore = sides.map((side) => side.padBefore);
    padAfter = sides.map((side) => side.padAfter);
  } else if (Array.isArray(padding)) {
    if (padding.length !== rank) {
      throw new ConfigError(
        'padding-rank',
        `padding needs one value per spatial axis (${rank}), got ${padding.length}`,
      );
    }
    padBefore = [];
    padAfter = [];
    padding.forEach((entry, axis) => {
      const [before, after] = Array.isArray(entry) ? entry : [entry, entry];
      requireInteger(before, 0, 'padding', axis, rank);
      requireInteger(after, 0, 'padding', axis, rank);
      padBefore.push(before);
      padAfter.push(after);
    });
  } else {
    throw new ConfigError(
      'padding-string',
      `Invalid padding string '${String(padding)}', should be one of {'valid', 'same'}`,
    );
  }
  return { kernel, stride, dilation, padBefore, padAfter, groups };
}

/** A transposed-convolution spec with every axis resolved to numbers. */
export interface ResolvedConvTranspose {
  kernel: number[];
  stride: number[];
  dilation: number[];
  padding: number[];
  outputPadding: number[];
  groups: number;
}

/**
 * Resolves a {@link ConvTransposeSpec}, with PyTorch's rule on output padding:
 * outputPadding < max(stride, dilation) on every axis.
 *
 * @throws {ConfigError} for a bad argument or output padding ≥ max(stride, dilation)
 * @example resolveConvTransposeSpec({ kernel: [3], stride: [2], outputPadding: [1] }) // { kernel: [3], stride: [2], dilation: [1], padding: [0], outputPadding: [1], groups: 1 }
 */
export function resolveConvTransposeSpec(spec: ConvTransposeSpec): ResolvedConvTranspose {
  if (!Array.isArray(spec.kernel) || spec.kernel.length === 0) {
    throw new ConfigError('kernel-rank', 'kernel needs at least one spatial size');
  }
  if (typeof spec.padding === 'string') {
    throw new ConfigError(
      'padding-string',
      `a transposed convolution takes numeric padding only, got '${String(spec.padding)}'`,
    );
  }
  const rank = spec.kernel.length;
  const kernel = perAxis(spec.kernel, rank, 1, 'kernel', 1);
  const stride = perAxis(spec.stride, rank, 1, 'stride', 1);
  const dilation = perAxis(spec.dilation, rank, 1, 'dilation', 1);
  const padding = perAxis(spec.padding, rank, 0, 'padding', 0);
  const outputPadding = perAxis(spec.outputPadding, rank, 0, 'outputPadding', 0);
  const groups = spec.groups ?? 1;
  requireInteger(groups, 1, 'groups');
  outputPadding.forEach((op, axis) => {
    const limit = Math.max(stride[axis], dilation[axis]);
    if (op >= limit) {
      throw new ConfigError(
        'output-padding',
        `output padding must be smaller than either stride or dilation: output_padding ${op} on ${axisLabel(axis, rank)} needs to be < max(stride ${stride[axis]}, dilation ${dilation[axis]}) = ${limit}`,
        axis,
        undefined,
        errMsg('outputPadding', {
          axis: axisMsg(axis, rank),
          op,
          s: stride[axis],
          d: dilation[axis],
          limit,
        }),
      );
    }
  });
  return { kernel, stride, dilation, padding, outputPadding, groups };
}

/** A pooling spec with every axis resolved to numbers and PyTorch 1.13's checks applied. */
export interface ResolvedPool {
  mode: 'max' | 'avg';
  kernel: number[];
  stride: number[];
  padding: number[];
  dilation: number[];
  ceilMode: boolean;
  countIncludePad: boolean;
  divisorOverride: number | undefined;
}

/**
 * Resolves a {@link PoolSpec}. PyTorch 1.13 requires padding ≤ ⌊k/2⌋ with the *undilated*
 * kernel size k (newer versions compare with half the dilated kernel).
 *
 * @throws {ConfigError} for a bad argument, padding > ⌊k/2⌋, or dilation with average pooling
 * @example resolvePoolSpec({ mode: 'avg', kernel: [2, 2] }).stride // [2, 2] (the kernel size)
 */
export function resolvePoolSpec(spec: PoolSpec): ResolvedPool {
  if (spec.mode !== 'max' && spec.mode !== 'avg') {
    throw new ConfigError(
      'pool-mode',
      `pool mode must be 'max' or 'avg', got '${String(spec.mode)}'`,
    );
  }
  if (!Array.isArray(spec.kernel) || spec.kernel.length === 0) {
    throw new ConfigError('kernel-rank', 'kernel needs at least one spatial size');
  }
  const rank = spec.kernel.length;
  const kernel = perAxis(spec.kernel, rank, 1, 'kernel', 1);
  const stride =
    spec.stride === undefined ? kernel.slice() : perAxis(spec.stride, rank, 1, 'stride', 1);
  const padding = perAxis(spec.padding, rank, 0, 'padding', 0);
  const dilation = perAxis(spec.dilation, rank, 1, 'dilation', 1);
  if (spec.mode === 'avg') {
    const dilated = dilation.findIndex((d) => d !== 1);
    if (dilated >= 0) {
      throw new ConfigError(
        'avg-dilation',
        `average pooling has no dilation (PyTorch's AvgPool has no such argument), but dilation is ${dilation[dilated]} on ${axisLabel(dilated, rank)}; use 1`,
        dilated,
        undefined,
        errMsg('avgDilation', { axis: axisMsg(dilated, rank), d: dilation[dilated] }),
      );
    }
  }
  padding.forEach((p, axis) => {
    const half = Math.floor(kernel[axis] / 2);
    if (p > half) {
      throw new ConfigError(
        'pool-padding',
        `pad should be at most half of kernel size: padding ${p} on ${axisLabel(axis, rank)} is more than ⌊${kernel[axis]}/2⌋ = ${half}`,
        axis,
        undefined,
        errMsg('poolPadding', { axis: axisMsg(axis, rank), p, k: kernel[axis], half }),
      );
    }
  });
  const divisorOverride = spec.divisorOverride;
  if (divisorOverride !== undefined) requireInteger(divisorOverride, 1, 'divisorOverride');
  return {
    mode: spec.mode,
    kernel,
    stride,
    padding,
    dilation,
    ceilMode: spec.ceilMode ?? false,
    countIncludePad: spec.countIncludePad ?? true,
    divisorOverride,
  };
}

/**
 * The {@link ConvSpec} of per-axis geometry, for `conv` and the index maps. With `'same'`,
 * PyTorch's word is kept (its stride check then applies); otherwise each axis's
 * [padBefore, padAfter].
 *
 * @example convSpecOf([{ input: 5, kernel: 3, stride: 2, dilation: 1, padBefore: 1, padAfter: 1 }]) // { kernel: [3], stride: [2], dilation: [1], padding: [[1, 1]] }
 */
export function convSpecOf(axes: readonly AxisGeometry[], padding?: 'same'): ConvSpec {
  return {
    kernel: axes.map((a) => a.kernel),
    stride: axes.map((a) => a.stride),
    dilation: axes.map((a) => a.dilation),
    padding: padding ?? axes.map((a): [number, number] => [a.padBefore, a.padAfter]),
  };
}

/**
 * The {@link ConvTransposeSpec} of per-axis geometry (PyTorch's `padding` is each axis's
 * padBefore; PyTorch crops both ends alike).
 *
 * @example convTransposeSpecOf([{ input: 3, kernel: 3, stride: 2, dilation: 1, padBefore: 1, padAfter: 1, outputPadding: 1 }]).outputPadding // [1]
 */
export function convTransposeSpecOf(axes: readonly TransposedAxisGeometry[]): ConvTransposeSpec {
  return {
    kernel: axes.map((a) => a.kernel),
    stride: axes.map((a) => a.stride),
    dilation: axes.map((a) => a.dilation),
    padding: axes.map((a) => a.padBefore),
    outputPadding: axes.map((a) => a.outputPadding),
  };
}

/**
 * The {@link PoolSpec} of per-axis geometry (PyTorch's `padding` is each axis's padBefore;
 * `ceil_mode` is one flag for the layer, on when any axis has it).
 *
 * @example poolSpecOf([{ input: 5, kernel: 2, stride: 2, dilation: 1, padBefore: 1, padAfter: 1, ceilMode: true }], 'max').ceilMode // true
 */
export function poolSpecOf(
  axes: readonly PoolAxisGeometry[],
  mode: 'max' | 'avg',
  countIncludePad = true,
): PoolSpec {
  return {
    mode,
    kernel: axes.map((a) => a.kernel),
    stride: axes.map((a) => a.stride),
    padding: axes.map((a) => a.padBefore),
    dilation: axes.map((a) => a.dilation),
    ceilMode: axes.some((a) => a.ceilMode),
    countIncludePad,
  };
}
