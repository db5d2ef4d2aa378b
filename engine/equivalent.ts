import { convTransposeAxisOutput, paddedSize, transposedAxes } from './shape';
import {
  dilatedKernel,
  resolveConvTransposeSpec,
  type AxisGeometry,
  type ConvSpec,
  type ConvTransposeSpec,
  type TransposedAxisGeometry,
} from './spec';
import { numel, toFloat64, type Tensor } from './tensor';

/** The direct convolution that computes one axis of a transposed convolution (sections 4.2–4.6). */
export interface TransposedEquivalent {
  /** The transposed convolution's input size i′. */
  input: number;
  /** Zeros inserted between neighbouring input units: s − 1. */
  zerosBetween: number;
  /** Size after inserting them, ĩ′ = s(i′ − 1) + 1. */
  stretched: number;
  /** Kernel size k′ = k (drawn rotated 180°). */
  kernel: number;
  /** Dilation of that kernel (unchanged), and its span k̂. */
  dilation: number;
  dilatedKernel: number;
  /** Always 1: the equivalent convolution has unit stride. */
  stride: 1;
  /** Zeros before: p′ = k̂ − 1 − p (negative: crop that many cells of the stretched input). */
  padBefore: number;
  /** Zeros after: p′ + a (a = output padding). */
  padAfter: number;
  /** The paper's a: PyTorch's output_padding. */
  a: number;
  /** Output size o′ = ĩ′ + p′ + (p′ + a) − k̂ + 1. */
  output: number;
  /** Why the kernel is rotated. */
  note: string;
}

/** Values only match with the flipped kernel; the paper's figures show connectivity only. */
export const ROTATION_NOTE =
  'The equivalent convolution gives the same numbers only with the kernel rotated 180° (and input/output channels swapped); the paper’s figures show connectivity, not values.';

/**
 * The paper's recipe for a transposed convolution as a direct one (sections 4.2–4.6,
 * Relationships 8–14): insert s − 1 zeros between input units (ĩ′ = s(i′ − 1) + 1), pad with
 * p′ = k̂ − 1 − p zeros before and p′ + a after, then run a stride-1 convolution with the same
 * (dilated) kernel rotated 180°. Its output size is o′ = s(i′ − 1) + a + k̂ − 2p.
 *
 * @example transposedEquivalent({ input: 3, kernel: 3, stride: 2, dilation: 1, padBefore: 1, padAfter: 1, outputPadding: 1 })
 * // { stretched: 5, zerosBetween: 1, padBefore: 1, padAfter: 2, a: 1, output: 6, … } (figure 4.7)
 */
export function transposedEquivalent(axis: TransposedAxisGeometry): TransposedEquivalent {
  const { input: i, kernel: k, stride: s, dilation: d, outputPadding: a } = axis;
  const kHat = dilatedKernel(k, d);
  return {
    input: i,
    zerosBetween: s - 1,
    stretched: s * (i - 1) + 1,
    kernel: k,
    dilation: d,
    dilatedKernel: kHat,
    stride: 1,
    padBefore: kHat - 1 - axis.padBefore,
    padAfter: kHat - 1 - axis.padAfter + a,
    a,
    output: convTransposeAxisOutput(axis),
    note: ROTATION_NOTE,
  };
}

/** A direct convolution that a transposed convolution undoes in shape. */
export interface DirectConvCandidate {
  /** The direct convolution's input size i. */
  inputSize: number;
  /** The output padding a = (i + 2p − k̂) mod s that makes the transposed output size i. */
  outputPadding: number;
}

/**
 * Every input size i that the direct convolution (k, s, p, d) maps to o = i′ (paper, section
 * 2.4: sizes i … i + s − 1 share an output when i + 2p − k̂ is a multiple of s), each with the
 * output padding that makes the transposed convolution recover it: i = s(i′ − 1) + k̂ − 2p + a,
 * a = 0 … s − 1. The axis's own output padding is not used.
 *
 * @example directConvsFor({ input: 3, kernel: 3, stride: 2, dilation: 1, padBefore: 1, padAfter: 1, outputPadding: 0 }) // [{ inputSize: 5, outputPadding: 0 }, { inputSize: 6, outputPadding: 1 }]
 */
export function directConvsFor(axis: TransposedAxisGeometry): DirectConvCandidate[] {
  const base = convTransposeAxisOutput({ ...axis, outputPadding: 0 });
  const candidates: DirectConvCandidate[] = [];
  for (let a = 0; a < axis.stride; a++) {
    if (base + a >= 1) candidates.push({ inputSize: base + a, outputPadding: a });
  }
  return candidates;
}

/**
 * The transposed convolution that undoes one axis of a direct convolution in shape
 * (the "transpose this convolution" action): input i′ = o, same k, s, p, d, and output padding
 * a = (i + 2p − k̂) mod s so that the output size is i again (Relationship 14).
 *
 * @example transposeOf({ input: 6, kernel: 3, stride: 2, dilation: 1, padBefore: 1, padAfter: 1 }) // { input: 3, kernel: 3, stride: 2, dilation: 1, padBefore: 1, padAfter: 1, outputPadding: 1 }
 */
export function transposeOf(axis: AxisGeometry): TransposedAxisGeometry {
  const span = paddedSize(axis) - dilatedKernel(axis.kernel, axis.dilation);
  const s = axis.stride;
  return {
    ...axis,
    input: Math.floor(span / s) + 1,
    outputPadding: ((span % s) + s) % s,
  };
}

/** One axis of the scatter drawing of a transposed convolution (see {@link scatterAxis}). */
export interface ScatterAxis {
  /** Length of the full, uncropped result: (i′ − 1)s + k̂. */
  full: number;
  /** PyTorch's output size o′ (Relationship 14). */
  output: number;
  /** Cells cropped from the start of the full result: p. */
  cropBefore: number;
  /** Zeros past the end of the full result that the output keeps (output padding > p), else 0. */
  zerosPast: number;
  /** Cells the drawing needs: the full result and those zeros. */
  canvas: number;
}

/**
 * One axis of a transposed convolution as a scatter (section 4.1's Cᵀ, what PyTorch computes):
 * every input cell stamps the kernel at stride s onto a full result of length (i′ − 1)s + k̂;
 * PyTorch keeps cells p … p + o′ − 1 of it. With output padding a > p the kept range runs
 * a − p cells past the full result, and those cells are zeros.
 *
 * @example scatterAxis({ input: 2, kernel: 2, stride: 1, dilation: 3, padBefore: 0, padAfter: 0, outputPadding: 2 }) // { full: 5, output: 7, cropBefore: 0, zerosPast: 2, canvas: 7 }
 */
export function scatterAxis(axis: TransposedAxisGeometry): ScatterAxis {
  const full = convTransposeAxisOutput({ ...axis, padBefore: 0, padAfter: 0, outputPadding: 0 });
  const zerosPast = Math.max(axis.outputPadding - axis.padAfter, 0);
  return {
    full,
    output: convTransposeAxisOutput(axis),
    cropBefore: axis.padBefore,
    zerosPast,
    canvas: full + zerosPast,
  };
}

/** Inserts s − 1 zeros between neighbouring cells and pads (or crops, when negative) each end. */
function stretchPadAxis(
  data: Float64Array,
  shape: number[],
  axis: number,
  stride: number,
  before: number,
  after: number,
): { data: Float64Array; shape: number[] } {
  const size = shape[axis];
  const stretched = stride * (size - 1) + 1;
  const outSize = stretched + before + after;
  const outShape = shape.slice();
  outShape[axis] = Math.max(outSize, 0);
  const outer = shape.slice(0, axis).reduce((a, b) => a * b, 1);
  const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  const out = new Float64Array(outer * outShape[axis] * inner);
  for (let o = 0; o < outer; o++) {
    for (let n = 0; n < size; n++) {
      const target = n * stride + before;
      if (target < 0 || target >= outShape[axis]) continue;
      const src = (o * size + n) * inner;
      const dst = (o * outShape[axis] + target) * inner;
      for (let q = 0; q < inner; q++) out[dst + q] = data[src + q];
    }
  }
  return { data: out, shape: outShape };
}

/**
 * The tensors of the equivalent direct convolution (sections 4.2–4.6) with values:
 * the input stretched with s − 1 zeros between units and padded by p′ = k̂ − 1 − p before and
 * p′ + a after (cropped where negative); the kernel rotated 180° with input and output channels
 * swapped; a stride-1 convolution with the same dilation. `conv` of these equals
 * `convTranspose` of the originals for finite weights; an infinite or NaN weight that meets the
 * inserted or padded zeros gives NaN in the direct form only (∞ · 0), as in PyTorch.
 *
 * @param input `[Cin, ...spatial]` of the transposed convolution
 * @param weight `[Cin, Cout/groups, ...kernel]`
 * @example
 * const eq = equivalentConvTensors(x, w, spec);
 * conv(eq.input, eq.weight, eq.spec) // same numbers as convTranspose(x, w, spec)
 */
export function equivalentConvTensors(
  input: Tensor,
  weight: Tensor,
  spec: ConvTransposeSpec,
): { input: Tensor; weight: Tensor; spec: ConvSpec } {
  const resolved = resolveConvTransposeSpec(spec);
  const axes = transposedAxes(input.shape.slice(1, resolved.kernel.length + 1), resolved);
  let stretched = { data: toFloat64(input.data), shape: input.shape.slice() };
  for (let axis = 0; axis < axes.length; axis++) {
    const eq = transposedEquivalent(axes[axis]);
    stretched = stretchPadAxis(
      stretched.data,
      stretched.shape,
      axis + 1,
      eq.zerosBetween + 1,
      eq.padBefore,
      eq.padAfter,
    );
  }
  return {
    input: { shape: stretched.shape, data: stretched.data },
    weight: rotatedKernel(weight, resolved.groups),
    spec: {
      kernel: resolved.kernel,
      dilation: resolved.dilation,
      groups: resolved.groups,
      padding: 'valid',
    },
  };
}

/**
 * The equivalent direct convolution's kernel (see {@link equivalentConvTensors}): each
 * transposed kernel `[Cin, Cout/groups, ...kernel]` rotated 180° with its input and output
 * channels swapped, `[Cout, Cin/groups, ...kernel]`.
 */
export function rotatedKernel(weight: Tensor, groups: number): Tensor {
  const [cin, coutPerGroup, ...kernel] = weight.shape;
  const cinPerGroup = cin / groups;
  const taps = numel(kernel);
  const w = toFloat64(weight.data);
  const rotated = new Float64Array(w.length);
  for (let ci = 0; ci < cin; ci++) {
    const group = Math.floor(ci / cinPerGroup);
    for (let j = 0; j < coutPerGroup; j++) {
      const co = group * coutPerGroup + j;
      const src = (ci * coutPerGroup + j) * taps;
      const dst = (co * cinPerGroup + (ci - group * cinPerGroup)) * taps;
      for (let t = 0; t < taps; t++) rotated[dst + taps - 1 - t] = w[src + t];
    }
  }
  return { shape: [coutPerGroup * groups, cinPerGroup, ...kernel], data: rotated };
}

/** What one position along an axis of the equivalent convolution's drawing holds. */
export type EquivalentCellKind = 'input' | 'inserted' | 'pad' | 'a' | 'cropped';

/** One axis of the equivalent direct convolution laid out for drawing. */
export interface EquivalentAxisLayout {
  /** Positions drawn: the convolved region plus any cropped stretched cells beside it. */
  drawn: number;
  /** First drawn position of the convolved region (after cells cropped at the start). */
  regionStart: number;
  /** Size of the convolved region: ĩ′ + p′ + (p′ + a), the stride-1 conv's input size. */
  region: number;
  /** The stride-1 convolution over that region, with the (dilated) kernel and no padding. */
  conv: AxisGeometry;
  /** Kind of each drawn position. */
  kinds: EquivalentCellKind[];
  /** For 'input' positions, the index of the input cell there; −1 elsewhere. */
  inputIndex: number[];
}

/**
 * Lays out one axis of the equivalent direct convolution of {@link transposedEquivalent}:
 * zero padding p′ before, the input cells with s − 1 inserted zeros between them, zero padding
 * after whose last a cells are the output padding (drawn as such), and, where p′ is negative,
 * the stretched cells that are cropped instead.
 *
 * @example equivalentAxisLayout(transposedEquivalent({ input: 3, kernel: 3, stride: 2, dilation: 1, padBefore: 1, padAfter: 1, outputPadding: 1 })).kinds
 * // ['pad', 'input', 'inserted', 'input', 'inserted', 'input', 'pad', 'a'] (figure 4.7)
 */
export function equivalentAxisLayout(eq: TransposedEquivalent): EquivalentAxisLayout {
  const cropBefore = Math.max(0, -eq.padBefore);
  const cropAfter = Math.max(0, -eq.padAfter);
  const padBefore = Math.max(0, eq.padBefore);
  const padAfter = Math.max(0, eq.padAfter);
  const drawn = padBefore + eq.stretched + padAfter;
  const region = eq.stretched + eq.padBefore + eq.padAfter;
  const kinds: EquivalentCellKind[] = [];
  const inputIndex: number[] = [];
  for (let q = 0; q < drawn; q++) {
    const u = q - padBefore; // position in the stretched input
    let kind: EquivalentCellKind;
    if (u < 0) kind = 'pad';
    else if (u >= eq.stretched) kind = q >= drawn - Math.min(eq.a, padAfter) ? 'a' : 'pad';
    else if (u < cropBefore || u >= eq.stretched - cropAfter) kind = 'cropped';
    else kind = u % (eq.zerosBetween + 1) === 0 ? 'input' : 'inserted';
    kinds.push(kind);
    inputIndex.push(kind === 'input' ? u / (eq.zerosBetween + 1) : -1);
  }
  const conv = {
    input: region,
    kernel: eq.kernel,
    stride: eq.stride,
    dilation: eq.dilation,
    padBefore: 0,
    padAfter: 0,
  };
  return { drawn, regionStart: cropBefore, region, conv, kinds, inputIndex };
}
