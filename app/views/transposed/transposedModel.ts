/**
 * From the URL's transposed-convolution parameters to the three linked views: the equivalent
 * direct convolution, the scatter of kernel stamps, and the matrix C. Pure; the engine computes.
 */
import {
  ConfigError,
  conv,
  convLinks,
  convTranspose,
  directConvsFor,
  equivalentAxisLayout,
  equivalentConvTensors,
  linkCounts,
  linkMatrix,
  transposedEquivalent,
  transposedFixes,
  transposedLinks,
  transposedRelationship,
  convTransposeSpecOf,
  scatterAxis,
  type ConvTransposeSpec,
  type DirectConvCandidate,
  type EquivalentAxisLayout,
  type Fix,
  type LinkGeometry,
  type LinkMatrix,
  type Relationship,
  type TransposedAxisGeometry,
  type TransposedEquivalent,
} from '../../../engine';
import type { Pair } from '../../components/grid/stageModel';
import type { ViewParams } from '../../url/schema';
import { seededValues } from '../conv/convModel';

/** Matrices larger than this per side are described, not drawn. */
export const MATRIX_LIMIT = 400;

export interface TransposedModel {
  input: Pair;
  kernel: Pair;
  stride: Pair;
  dilation: Pair;
  padding: Pair;
  outputPadding: Pair;
  spec: ConvTransposeSpec;
  /** Per axis, the transposed convolution in the paper's terms. */
  axes: [TransposedAxisGeometry, TransposedAxisGeometry];
  /** Sections 4.2–4.6 per axis. */
  equivalents: [TransposedEquivalent, TransposedEquivalent];
  layouts: [EquivalentAxisLayout, EquivalentAxisLayout];
  /** Which direct convolutions this one transposes, per axis. */
  directs: [DirectConvCandidate[], DirectConvCandidate[]];
  error: string | null;
  fixes: Fix[];
  /** Null when PyTorch rejects the configuration. */
  valid: ValidTransposed | null;
  /** Seeded input values and kernel weights. */
  values: { input: Float64Array; kernel: Float64Array };
}

export interface ValidTransposed {
  output: Pair;
  relationships: [Relationship, Relationship];
  /** Input cells → output cells (rows: input, columns: output). */
  geometry: LinkGeometry;
  /** The stride-1 convolution over the equivalent region (rows: output). */
  eqGeometry: LinkGeometry;
  /** Scatter without cropping: the full result of size (i − 1)s + k̂ per axis. */
  fullGeometry: LinkGeometry;
  /** Scatter canvas per axis: the full result plus zeros past it (output padding > p). */
  scatter: Pair;
  /** Overlap count of each cell of the full result. */
  overlap: Int32Array;
  /** Section 4.1's C, or null when larger than {@link MATRIX_LIMIT} per side. */
  matrix: LinkMatrix | null;
  matrixSize: Pair;
  /** Values, computed in numbers mode only. */
  numbers: TransposedNumbers | null;
}

export interface TransposedNumbers {
  /** The engine's convTranspose of the seeded values. */
  result: Float64Array;
  /** The equivalent convolution's input (stretched, padded, cropped) and rotated kernel. */
  eqInput: Float64Array;
  eqKernel: Float64Array;
  /** Its result, which equals `result`. */
  eqOutput: Float64Array;
}

const both = <T>(f: (axis: 0 | 1) => T): [T, T] => [f(0), f(1)];

export function buildTransposedModel(params: ViewParams<'transposed'>): TransposedModel {
  const input = params.i as Pair;
  const kernel = params.k as Pair;
  const stride = params.s as Pair;
  const dilation = params.d as Pair;
  const padding = params.p as Pair;
  const outputPadding = params.op as Pair;
  const axes = both((a) => ({
    input: input[a],
    kernel: kernel[a],
    stride: stride[a],
    dilation: dilation[a],
    padBefore: padding[a],
    padAfter: padding[a],
    outputPadding: outputPadding[a],
  }));
  const spec = convTransposeSpecOf(axes);
  const equivalents = both((a) => transposedEquivalent(axes[a]));
  const seeded = seededValues(params.seed, input[0] * input[1], kernel[0] * kernel[1]);
  const base = {
    ...{ input, kernel, stride, dilation, padding, outputPadding, spec, axes, equivalents },
    layouts: both((a) => equivalentAxisLayout(equivalents[a])),
    directs: both((a) => directConvsFor(axes[a])),
    values: seeded,
  };
  try {
    const geometry = transposedLinks(input, spec);
    const output = geometry.colShape as Pair;
    const layouts = base.layouts;
    const fullGeometry = transposedLinks(input, { kernel, stride, dilation });
    const matrixSize: Pair = [input[0] * input[1], output[0] * output[1]];
    const valid: ValidTransposed = {
      output,
      relationships: both((a) => transposedRelationship(axes[a])),
      geometry,
      eqGeometry: convLinks([layouts[0].region, layouts[1].region], { kernel, dilation }),
      fullGeometry,
      scatter: both((a) => scatterAxis(axes[a]).canvas),
      overlap: linkCounts(fullGeometry),
      matrix: Math.max(...matrixSize) <= MATRIX_LIMIT ? linkMatrix(geometry) : null,
      matrixSize,
      numbers: params.num ? transposedNumbers(input, kernel, spec, seeded) : null,
    };
    return { ...base, error: null, fixes: [], valid };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { ...base, error: error.message, fixes: transposedFixes(axes), valid: null };
  }
}

/** The values of all three views: the engine's convTranspose and its equivalent convolution. */
function transposedNumbers(
  input: Pair,
  kernel: Pair,
  spec: ConvTransposeSpec,
  seeded: { input: Float64Array; kernel: Float64Array },
): TransposedNumbers {
  const x = { shape: [1, ...input], data: seeded.input };
  const w = { shape: [1, 1, ...kernel], data: seeded.kernel };
  const eq = equivalentConvTensors(x, w, spec);
  return {
    result: convTranspose(x, w, spec).data as Float64Array,
    eqInput: eq.input.data as Float64Array,
    eqKernel: eq.weight.data as Float64Array,
    eqOutput: conv(eq.input, eq.weight, eq.spec).data as Float64Array,
  };
}

/**
 * Partial scatter after stamping input cells 0 … `upTo` (row-major), over the full (uncropped)
 * result: the engine's transposed convolution of the input with later cells set to zero.
 */
export function partialScatter(model: TransposedModel, upTo: number): Float64Array {
  const masked = model.values.input.map((v, n) => (n <= upTo ? v : 0));
  return convTranspose(
    { shape: [1, ...model.input], data: masked },
    { shape: [1, 1, ...model.kernel], data: model.values.kernel },
    { kernel: model.kernel, stride: model.stride, dilation: model.dilation },
  ).data as Float64Array;
}
