/**
 * From the URL's conv parameters to everything the view draws: the engine spec, the padded
 * grid, the output, the relationship per axis, the values, and the engine's error with fixes.
 * Pure: no React, no store. All arithmetic comes from the engine.
 */
import {
  ConfigError,
  conv,
  convAxisDropped,
  convFixes,
  convLinks,
  convRelationship,
  seededIntegers,
  type ConvAxisConfig,
  type ConvSpec,
  type Fix,
  type Relationship,
} from '../../../engine';
import type { Pair, StageModel } from '../../components/grid/stageModel';
import type { PaddingParam } from '../../url/fields';
import type { ViewParams } from '../../url/schema';

export interface ConvModel extends StageModel {
  /** The engine spec, as passed to `conv`. */
  spec: ConvSpec;
  /** The paper's relationship per axis; null when PyTorch rejects the configuration. */
  relationships: [Relationship, Relationship] | null;
  /** The engine's message when the configuration is invalid. */
  error: string | null;
  fixes: Fix[];
}

/** Padding per side for each padding mode; `same` is PyTorch's split (extra element after). */
export function resolvePadding(
  p: PaddingParam,
  kernel: Pair,
  dilation: Pair,
): { before: Pair; after: Pair } {
  if (p.mode === 'explicit') return { before: [p.h[0], p.w[0]], after: [p.h[1], p.w[1]] };
  const total = [0, 1].map((a) => dilation[a] * (kernel[a] - 1));
  if (p.mode === 'valid') return { before: [0, 0], after: [0, 0] };
  if (p.mode === 'full') return { before: [total[0], total[1]], after: [total[0], total[1]] };
  const before: Pair = [Math.floor(total[0] / 2), Math.floor(total[1] / 2)];
  return { before, after: [total[0] - before[0], total[1] - before[1]] };
}

/** Input values 0…3 and kernel weights −1…2, like the paper's figures; fixed by the seed. */
export function seededValues(seed: number, inputCount: number, kernelCount: number) {
  return {
    input: seededIntegers(seed, inputCount, 0, 3),
    kernel: seededIntegers(seed + 7919, kernelCount, -1, 2),
  };
}

export function buildConvModel(params: ViewParams<'conv'>): ConvModel {
  const input = params.i as Pair;
  const kernel = params.k as Pair;
  const stride = params.s as Pair;
  const dilation = params.d as Pair;
  const { before: padBefore, after: padAfter } = resolvePadding(params.p, kernel, dilation);
  const padded: Pair = [0, 1].map((a) => input[a] + padBefore[a] + padAfter[a]) as Pair;
  const spec: ConvSpec = {
    kernel,
    stride,
    dilation,
    padding:
      params.p.mode === 'same'
        ? 'same'
        : [
            [padBefore[0], padAfter[0]],
            [padBefore[1], padAfter[1]],
          ],
  };
  const values = seededValues(params.seed, input[0] * input[1], kernel[0] * kernel[1]);
  const base = {
    ...{ input, kernel, stride, dilation, padBefore, padAfter, padded, spec },
    overhang: [0, 0] as Pair,
    padValue: '0',
  };
  try {
    const geometry = convLinks(input, spec);
    const output = geometry.rowShape as Pair;
    const relationships = [0, 1].map((a) =>
      convRelationship({
        i: input[a],
        k: kernel[a],
        s: stride[a],
        d: dilation[a],
        padBefore: padBefore[a],
        padAfter: padAfter[a],
      }),
    ) as [Relationship, Relationship];
    const dropped = [0, 1].map((a) =>
      convAxisDropped({
        input: input[a],
        kernel: kernel[a],
        stride: stride[a],
        dilation: dilation[a],
        padBefore: padBefore[a],
        padAfter: padAfter[a],
      }),
    ) as Pair;
    // Values are only shown in numbers mode; without it the figure needs shapes alone.
    const result = params.num
      ? (conv(
          { shape: [1, ...input], data: values.input },
          { shape: [1, 1, ...kernel], data: values.kernel },
          spec,
        ).data as Float64Array)
      : null;
    return {
      ...base,
      geometry,
      output,
      relationships,
      dropped,
      error: null,
      fixes: [],
      values: { ...values, output: result },
    };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const axes: ConvAxisConfig[] = [0, 1].map((a) => ({
      input: input[a],
      kernel: kernel[a],
      stride: stride[a],
      dilation: dilation[a],
      padBefore: padBefore[a],
      padAfter: padAfter[a],
    }));
    return {
      ...base,
      geometry: null,
      output: null,
      relationships: null,
      dropped: [0, 0],
      error: error.message,
      fixes: convFixes(axes, params.p.mode === 'same'),
      values: { ...values, output: null },
    };
  }
}
