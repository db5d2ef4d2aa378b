/**
 * From the URL's transposed-convolution parameters to the three linked views: the equivalent
 * direct convolution, the scatter of kernel stamps, and the matrix C. Pure; the engine computes.
 */
import {
  colLinksAt,
  ConfigError,
  convLinks,
  convSpecOf,
  convTranspose,
  convTransposeSpecOf,
  directConvsFor,
  equivalentAxisLayout,
  rotatedKernel,
  linkMatrix,
  scatterAxis,
  transposedEquivalent,
  transposedFixes,
  transposedLinks,
  transposedRelationship,
  type ConvTransposeSpec,
  type DirectConvCandidate,
  type EquivalentAxisLayout,
  type Fix,
  type Msg,
  type LinkGeometry,
  type LinkMatrix,
  type Relationship,
  type ScatterAxis,
  type TransposedAxisGeometry,
  type TransposedEquivalent,
} from '../../../engine';
import { axisPair, figureAxes } from '../../components/grid/figureAxes';
import { seededValues } from '../../components/grid/seededValues';
import type { AxisPair } from '../../url/fields';
import type { ViewParams } from '../../url/schema';
import type { Refuser } from '../../components/ConfigErrorPanel';
import { kerasTransposeInfo, type KerasTransposeInfo } from './kerasModel';

/** Matrices larger than this per side are described, not drawn. */
export const MATRIX_LIMIT = 400;

/** Pixels the grids of a panel may take in height, so that a panel fits one screen. */
export const FIGURE_HEIGHT = 560;

/** One value per axis, [height, width]. */
type PerAxis<T> = readonly [T, T];

export interface TransposedModel {
  /** Height and width: PyTorch's padding on both ends, the output padding a. */
  axes: PerAxis<TransposedAxisGeometry>;
  /** The input grid's size (the paper's i′). */
  input: AxisPair;
  /** The kernel grid's size. */
  kernel: AxisPair;
  spec: ConvTransposeSpec;
  /** Sections 4.2–4.6 per axis. */
  equivalents: PerAxis<TransposedEquivalent>;
  layouts: PerAxis<EquivalentAxisLayout>;
  /** Which direct convolutions this one transposes, per axis. */
  directs: PerAxis<DirectConvCandidate[]>;
  error: string | null;
  /** The refusal as messages, for a page in another language (empty when valid). */
  explain: Msg[];
  /** Whose rules refuse it: Keras' with `fw=tf`. */
  refuser: Refuser;
  fixes: Fix[];
  /** Null when PyTorch rejects the configuration. */
  valid: ValidTransposed | null;
  /** Seeded input values and kernel weights. */
  values: { input: Float64Array; kernel: Float64Array };
  /** With Keras' rules (`fw=tf`): its sizes, and the PyTorch layer the figure draws for it. */
  keras: KerasTransposeInfo | null;
}

export interface ValidTransposed {
  output: AxisPair;
  relationships: [Relationship, Relationship];
  /** Input cells → output cells (rows: input, columns: output). */
  geometry: LinkGeometry;
  /** The stride-1 convolution over the equivalent region (rows: output). */
  eqGeometry: LinkGeometry;
  /** Scatter without cropping: the full result of size (i − 1)s + k̂ per axis. */
  fullGeometry: LinkGeometry;
  /** The scatter per axis: the full result, the cells kept, the zeros past it. */
  scatter: PerAxis<ScatterAxis>;
  /** Overlap counts of the full result's rows and columns: cell (r, c) has rows[r] · cols[c]. */
  overlap: PerAxis<Int32Array>;
  /** Section 4.1's C, or null when larger than {@link MATRIX_LIMIT} per side. */
  matrix: LinkMatrix | null;
  matrixSize: AxisPair;
  /** Values, computed in numbers mode only. */
  numbers: TransposedNumbers | null;
}

export interface TransposedNumbers {
  /** The engine's convTranspose of the seeded values (computed when first read). */
  readonly result: Float64Array;
  /** Its kernel, rotated 180°. */
  eqKernel: Float64Array;
  /**
   * Output cell `index` of the equivalent convolution (equal to `result`), summed over its
   * window when asked for: a large figure shows few of them, and all of them cost ĸ² times
   * more than the transposed convolution (most of the stretched input is inserted zeros).
   */
  eqOutputAt: (index: number) => number;
  /**
   * Cell `index` of the scatter before cropping (every stamp added onto the full
   * (i′ − 1)s + k̂ result), summed over the stamps that reach it when asked for.
   */
  fullAt: (index: number) => number;
}

export function buildTransposedModel(params: ViewParams<'transposed'>): TransposedModel {
  if (params.fw === 'tf') {
    // The figure draws the PyTorch layer whose result is Keras' (or holds it, sliced).
    const keras = kerasTransposeInfo(params);
    const torch = buildTransposedModel({ ...params, fw: 'torch', ...keras.torch });
    if (!keras.problem) return { ...torch, keras, refuser: 'Keras' };
    return {
      ...torch,
      keras,
      refuser: 'Keras',
      error: keras.problem.message,
      explain: keras.problem.explain,
      fixes: keras.problem.fixes,
      valid: null,
    };
  }
  const axes = figureAxes(params, (a) => ({
    padBefore: params.p[a],
    padAfter: params.p[a],
    outputPadding: params.op[a],
  }));
  const input = axisPair(axes, (a) => a.input);
  const kernel = axisPair(axes, (a) => a.kernel);
  const spec = convTransposeSpecOf(axes);
  const equivalents = [transposedEquivalent(axes[0]), transposedEquivalent(axes[1])] as const;
  const layouts = [
    equivalentAxisLayout(equivalents[0]),
    equivalentAxisLayout(equivalents[1]),
  ] as const;
  const seeded = seededValues(params.seed, input[0] * input[1], kernel[0] * kernel[1]);
  const base = {
    ...{ axes, input, kernel, spec, equivalents },
    layouts,
    directs: [directConvsFor(axes[0]), directConvsFor(axes[1])] as const,
    values: seeded,
    keras: null,
    refuser: 'PyTorch' as const,
  };
  try {
    const geometry = transposedLinks(input, spec);
    const output: AxisPair = [geometry.colShape[0], geometry.colShape[1]];
    const eqAxes = [layouts[0].conv, layouts[1].conv] as const;
    const fullGeometry = transposedLinks(input, {
      kernel: spec.kernel,
      stride: spec.stride,
      dilation: spec.dilation,
    });
    const matrixSize: AxisPair = [input[0] * input[1], output[0] * output[1]];
    const valid: ValidTransposed = {
      output,
      relationships: [transposedRelationship(axes[0]), transposedRelationship(axes[1])],
      geometry,
      eqGeometry: convLinks(
        axisPair(eqAxes, (a) => a.input),
        convSpecOf(eqAxes),
      ),
      fullGeometry,
      scatter: [scatterAxis(axes[0]), scatterAxis(axes[1])],
      overlap: overlapAxes(fullGeometry),
      matrix: Math.max(...matrixSize) <= MATRIX_LIMIT ? linkMatrix(geometry) : null,
      matrixSize,
      numbers: params.num
        ? transposedNumbers(input, kernel, spec, seeded, fullGeometry, layouts)
        : null,
    };
    return { ...base, error: null, explain: [], fixes: [], valid };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return {
      ...base,
      error: error.message,
      explain: [error.msg],
      fixes: transposedFixes(axes),
      valid: null,
    };
  }
}

/**
 * How many stamps reach each cell of the full result, per axis: a cell is reached through a tap
 * when it is on both axes, so its count is the product of its row's and its column's counts
 * (`rows[r] · cols[c]`, never multiplied out: at 64 × 64 with s = 8 and k̂ = 113 that would be
 * 617 × 617 counts per key press).
 */
export function overlapAxes(full: LinkGeometry): PerAxis<Int32Array> {
  const perAxis = [0, 1].map((axis) => {
    const counts = new Int32Array(full.colShape[axis]);
    for (let n = 0; n < full.rowShape[axis]; n++)
      for (let t = 0; t < full.kernel[axis]; t++)
        counts[n * full.stride[axis] - full.offset[axis] + t * full.dilation[axis]] += 1;
    return counts;
  });
  return [perAxis[0], perAxis[1]];
}

/**
 * The values of all three views: the engine's convTranspose and its equivalent convolution,
 * each computed when first read (a large figure with its values hidden reads few or none).
 */
function transposedNumbers(
  input: AxisPair,
  kernel: AxisPair,
  spec: ConvTransposeSpec,
  seeded: { input: Float64Array; kernel: Float64Array },
  fullGeometry: LinkGeometry,
  layouts: PerAxis<EquivalentAxisLayout>,
): TransposedNumbers {
  const x = { shape: [1, ...input], data: seeded.input };
  const w = { shape: [1, 1, ...kernel], data: seeded.kernel };
  const eqKernel = rotatedKernel(w, 1).data as Float64Array;
  let result: Float64Array | null = null;
  return {
    get result() {
      return (result ??= convTranspose(x, w, spec).data as Float64Array);
    },
    eqKernel,
    // A stride-1, unpadded convolution of the stretched input (the layouts' convolved region,
    // never built: at 64 × 64 with s = 8 and k̂ = 113 it would be 729 × 729 values): output
    // (r, c) reads its row r + t·d and column c + u·d, an input cell or an inserted or padded zero.
    eqOutputAt: (index) => {
      const [lh, lw] = layouts;
      const dh = lh.conv.dilation;
      const dw = lw.conv.dilation;
      const outCols = lw.region - (kernel[1] - 1) * dw;
      const r = Math.floor(index / outCols);
      const c = index % outCols;
      let sum = 0;
      for (let t = 0; t < kernel[0]; t++) {
        const n = lh.inputIndex[lh.regionStart + r + t * dh];
        for (let u = 0; u < kernel[1]; u++) {
          const m = lw.inputIndex[lw.regionStart + c + u * dw];
          // A zero times an infinite weight is NaN, as in PyTorch's direct form.
          const value = n >= 0 && m >= 0 ? seeded.input[n * input[1] + m] : 0;
          sum += value * eqKernel[t * kernel[1] + u];
        }
      }
      return sum;
    },
    fullAt: (index) => {
      const cols = fullGeometry.colShape[1];
      let sum = 0;
      for (const link of colLinksAt(fullGeometry, [Math.floor(index / cols), index % cols]))
        sum += seeded.input[link.row] * seeded.kernel[link.tap];
      return sum;
    },
  };
}
