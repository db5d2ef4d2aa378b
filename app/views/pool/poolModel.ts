/**
 * From the URL's pool parameters to what the pooling view draws. Pure; all arithmetic is the
 * engine's (PyTorch 1.13 pooling rules).
 */
import {
  ConfigError,
  convAxisDropped,
  paddedSize,
  pool,
  poolAxisReach,
  poolDivisor,
  poolFixes,
  poolLinks,
  poolRelationship,
  poolSpecOf,
  resolvePoolSpec,
  seededIntegers,
  unflatIndex,
  type Fix,
  type Msg,
  type PoolAxisGeometry,
  type PoolSpec,
  type Relationship,
} from '../../../engine';
import { axisPair, figureAxes } from '../../components/grid/figureAxes';
import type { StageModel } from '../../components/grid/stageModel';
import type { ViewParams } from '../../url/schema';
import type { Refuser } from '../../components/ConfigErrorPanel';
import { buildTfPoolModel, type TfPoolInfo } from './tfPoolModel';

export interface PoolModel extends StageModel {
  mode: 'max' | 'avg';
  /** Average pooling: PyTorch's `count_include_pad`. */
  countIncludePad: boolean;
  /** Height and width as the engine takes them (PyTorch pads both ends alike). */
  axes: readonly [PoolAxisGeometry, PoolAxisGeometry];
  spec: PoolSpec;
  relationships: [Relationship, Relationship] | null;
  error: string | null;
  /** The refusal as messages, for a page in another language (empty when valid). */
  explain: Msg[];
  /** Whose rules refuse it. */
  refuser: Refuser;
  fixes: Fix[];
  /** Avg pooling: the divisor of each window (count_include_pad rules). */
  divisors: Int32Array | null;
  /** Ceil mode: per axis, where the window PyTorch drops would start (null: none dropped). */
  droppedWindow: readonly [number | null, number | null];
  /** Whose rules the figure follows (`fw`). */
  framework: 'torch' | 'tf';
  /** With TensorFlow's rules: its padding word and the port beside it; null with PyTorch's. */
  tf: TfPoolInfo | null;
}

export function buildPoolModel(params: ViewParams<'pool'>): PoolModel {
  if (params.fw === 'tf') return buildTfPoolModel(params);
  const axes = figureAxes(params, (a) => ({
    padBefore: params.p[a],
    padAfter: params.p[a],
    ceilMode: params.ceil,
  }));
  const input = axisPair(axes, (a) => a.input);
  const spec = poolSpecOf(axes, params.mode, params.cip);
  const inputValues = seededIntegers(params.seed, input[0] * input[1], 0, 9);
  const base = {
    mode: params.mode,
    countIncludePad: params.cip,
    axes,
    spec,
    padValue: params.mode === 'max' ? ('−∞' as const) : ('0' as const),
    framework: 'torch' as const,
    tf: null,
  };
  try {
    const geometry = poolLinks(input, spec);
    const output: [number, number] = [geometry.rowShape[0], geometry.rowShape[1]];
    // Drawn past the right padding: what the last kept window, or the dropped one, reaches.
    const reach = [poolAxisReach(axes[0]), poolAxisReach(axes[1])] as const;
    const overhang = axisPair(reach, (r) => r.reach);
    const resolved = resolvePoolSpec(spec);
    const divisors =
      params.mode === 'avg'
        ? Int32Array.from({ length: output[0] * output[1] }, (_, index) =>
            poolDivisor(unflatIndex(index, output), input, resolved),
          )
        : null;
    return {
      ...base,
      overhang,
      padded: [paddedSize(axes[0]) + overhang[0], paddedSize(axes[1]) + overhang[1]],
      droppedWindow: [reach[0].droppedWindow, reach[1].droppedWindow],
      output,
      geometry,
      relationships: [poolRelationship(axes[0]), poolRelationship(axes[1])],
      dropped: params.ceil ? [0, 0] : axisPair(axes, convAxisDropped),
      error: null,
      explain: [],
      refuser: 'PyTorch',
      fixes: [],
      divisors,
      values: {
        input: inputValues,
        kernel: null,
        output: pool({ shape: [1, ...input], data: inputValues }, spec).data as Float64Array,
      },
    };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return {
      ...base,
      overhang: [0, 0],
      padded: axisPair(axes, paddedSize),
      droppedWindow: [null, null],
      output: null,
      geometry: null,
      relationships: null,
      dropped: [0, 0],
      error: error.message,
      explain: [error.msg],
      refuser: 'PyTorch',
      fixes: poolFixes(axes, params.mode),
      divisors: null,
      values: { input: inputValues, kernel: null, output: null },
    };
  }
}
