/**
 * From the URL's pool parameters to what the pooling view draws. Pure; all arithmetic is the
 * engine's (PyTorch 1.13 pooling rules).
 */
import {
  ConfigError,
  convAxisDropped,
  dilatedKernel,
  pool,
  poolAxisDroppedWindow,
  poolDivisor,
  poolFixes,
  poolLinks,
  poolRelationship,
  resolvePoolSpec,
  rowLinks,
  seededIntegers,
  unflatIndex,
  type Fix,
  type PoolAxisConfig,
  type PoolSpec,
  type Relationship,
} from '../../../engine';
import type { Pair, StageModel } from '../../components/grid/stageModel';
import type { ViewParams } from '../../url/schema';

export interface PoolModel extends StageModel {
  mode: 'max' | 'avg';
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
  const input = params.i as Pair;
  const kernel = params.k as Pair;
  const stride = params.s as Pair;
  const padding = params.p as Pair;
  const dilation = params.d as Pair;
  const spec: PoolSpec = {
    mode: params.mode,
    kernel,
    stride,
    padding,
    dilation,
    ceilMode: params.ceil,
    countIncludePad: params.cip,
  };
  const inputValues = seededIntegers(params.seed, input[0] * input[1], 0, 9);
  const droppedWindow = [0, 1].map((a) =>
    poolAxisDroppedWindow(input[a], kernel[a], stride[a], padding[a], dilation[a], params.ceil),
  ) as [number | null, number | null];
  const base = {
    mode: params.mode,
    spec,
    input,
    kernel,
    stride,
    dilation,
    padBefore: padding,
    padValue: params.mode === 'max' ? '−∞' : '0',
    droppedWindow,
  };
  try {
    const geometry = poolLinks(input, spec);
    const output = geometry.rowShape as Pair;
    // Drawn past the right padding: the overhang of the last kept window, or the dropped one.
    const lastTap = rowLinks(geometry, output[0] * output[1] - 1).at(-1)?.col ?? [0, 0];
    const padAfter = [0, 1].map((a) => {
      const droppedEnd =
        droppedWindow[a] === null
          ? 0
          : (droppedWindow[a] as number) + dilatedKernel(kernel[a], dilation[a]);
      return Math.max(padding[a], lastTap[a] + 1 - input[a], droppedEnd - input[a]);
    }) as Pair;
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
      padAfter,
      overhang: [padAfter[0] - padding[0], padAfter[1] - padding[1]],
      padded: [0, 1].map((a) => input[a] + padding[a] + padAfter[a]) as Pair,
      output,
      geometry,
      relationships: [0, 1].map((a) =>
        poolRelationship({
          i: input[a],
          k: kernel[a],
          s: stride[a],
          p: padding[a],
          d: dilation[a],
          ceil: params.ceil,
        }),
      ) as [Relationship, Relationship],
      dropped: params.ceil
        ? [0, 0]
        : ([0, 1].map((a) =>
            convAxisDropped({
              input: input[a],
              kernel: kernel[a],
              stride: stride[a],
              dilation: dilation[a],
              padBefore: padding[a],
              padAfter: padding[a],
            }),
          ) as Pair),
      error: null,
      fixes: [],
      divisors,
      values: { input: inputValues, kernel: null, output: result.data as Float64Array },
    };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const axes: PoolAxisConfig[] = [0, 1].map((a) => ({
      input: input[a],
      kernel: kernel[a],
      stride: stride[a],
      padding: padding[a],
      dilation: dilation[a],
    }));
    return {
      ...base,
      padAfter: padding,
      overhang: [0, 0],
      padded: [0, 1].map((a) => input[a] + 2 * padding[a]) as Pair,
      output: null,
      geometry: null,
      relationships: null,
      dropped: [0, 0],
      error: error.message,
      fixes: poolFixes(axes, params.mode, params.ceil),
      divisors: null,
      values: { input: inputValues, kernel: null, output: null },
    };
  }
}
