/**
 * From the URL's pool parameters to what the pooling view draws. Pure; all arithmetic is the
 * engine's (PyTorch 1.13 pooling rules).
 */
import {
  ConfigError,
  convAxisDropped,
  pool,
  paddedSize,
  poolAxisDroppedWindow,
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
  type PoolAxisGeometry,
  type PoolSpec,
  type Relationship,
} from '../../../engine';
import type { Pair, StageModel } from '../../components/grid/stageModel';
import type { ViewParams } from '../../url/schema';

export interface PoolModel extends StageModel {
  mode: 'max' | 'avg';
  /** Height and width as the engine takes them. */
  axes: [PoolAxisGeometry, PoolAxisGeometry];
  spec: PoolSpec;
  relationships: [Relationship, Relationship] | null;
  error: string | null;
  fixes: Fix[];
  /** Avg pooling: the divisor of each window (count_include_pad rules). */
  divisors: Int32Array | null;
  /** Ceil mode: per axis, the start of the window PyTorch drops (null: none dropped). */
  droppedWindow: [number | null, number | null];
}

export function buildPoolModel(params: ViewParams<'pool'>): PoolModel {
  const axes = ([0, 1] as const).map((a) => ({
    input: params.i[a],
    kernel: params.k[a],
    stride: params.s[a],
    dilation: params.d[a],
    padBefore: params.p[a],
    padAfter: params.p[a],
    ceilMode: params.ceil,
  })) as [PoolAxisGeometry, PoolAxisGeometry];
  const pair = (f: (axis: PoolAxisGeometry) => number): Pair => [f(axes[0]), f(axes[1])];
  const input = pair((a) => a.input);
  const padding = pair((a) => a.padBefore);
  const spec = poolSpecOf(axes, params.mode, params.cip);
  const inputValues = seededIntegers(params.seed, input[0] * input[1], 0, 9);
  const base = {
    mode: params.mode,
    axes,
    spec,
    input,
    kernel: pair((a) => a.kernel),
    stride: pair((a) => a.stride),
    dilation: pair((a) => a.dilation),
    padBefore: padding,
    padValue: params.mode === 'max' ? '−∞' : '0',
    droppedWindow: [poolAxisDroppedWindow(axes[0]), poolAxisDroppedWindow(axes[1])] as [
      number | null,
      number | null,
    ],
  };
  try {
    const geometry = poolLinks(input, spec);
    const output = geometry.rowShape as Pair;
    // Drawn past the right padding: what the last kept window, or the dropped one, reaches.
    const overhang = pair((a) => poolAxisReach(a).reach);
    const drawn = axes.map((a, i) => ({ ...a, padAfter: a.padAfter + overhang[i] }));
    const result = pool({ shape: [1, ...input], data: inputValues }, spec);
    const resolved = resolvePoolSpec(spec);
    const divisors =
      params.mode === 'avg'
        ? Int32Array.from({ length: output[0] * output[1] }, (_, index) =>
            poolDivisor(unflatIndex(index, output), input, resolved),
          )
        : null;
    return {
      ...base,
      padAfter: [drawn[0].padAfter, drawn[1].padAfter],
      overhang,
      padded: [paddedSize(drawn[0]), paddedSize(drawn[1])],
      output,
      geometry,
      relationships: [poolRelationship(axes[0]), poolRelationship(axes[1])],
      dropped: params.ceil ? [0, 0] : pair(convAxisDropped),
      error: null,
      fixes: [],
      divisors,
      values: { input: inputValues, kernel: null, output: result.data as Float64Array },
    };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return {
      ...base,
      padAfter: padding,
      overhang: [0, 0],
      padded: pair(paddedSize),
      output: null,
      geometry: null,
      relationships: null,
      dropped: [0, 0],
      error: error.message,
      fixes: poolFixes(axes, params.mode),
      divisors: null,
      values: { input: inputValues, kernel: null, output: null },
    };
  }
}
