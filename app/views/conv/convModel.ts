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
  convSpecOf,
  paddedSize,
  paddingForWord,
  seededIntegers,
  type AxisGeometry,
  type ConvSpec,
  type Fix,
  type Relationship,
} from '../../../engine';
import type { Pair, StageModel } from '../../components/grid/stageModel';
import type { PaddingParam } from '../../url/fields';
import type { ViewParams } from '../../url/schema';

export interface ConvModel extends StageModel {
  /** Height and width as the engine takes them (padding words resolved). */
  axes: [AxisGeometry, AxisGeometry];
  /** The engine spec, as passed to `conv`. */
  spec: ConvSpec;
  /** The paper's relationship per axis; null when PyTorch rejects the configuration. */
  relationships: [Relationship, Relationship] | null;
  /** The engine's message when the configuration is invalid. */
  error: string | null;
  fixes: Fix[];
}

/** Zeros before and after one axis: the URL's numbers, or the engine's for a padding word. */
function padSides(p: PaddingParam, axis: 0 | 1, kernel: number, dilation: number) {
  if (p.mode !== 'explicit') return paddingForWord(p.mode, kernel, dilation);
  const [padBefore, padAfter] = axis === 0 ? p.h : p.w;
  return { padBefore, padAfter };
}

/** Input values 0…3 and kernel weights −1…2, like the paper's figures; fixed by the seed. */
export function seededValues(seed: number, inputCount: number, kernelCount: number) {
  return {
    input: seededIntegers(seed, inputCount, 0, 3),
    kernel: seededIntegers(seed + 7919, kernelCount, -1, 2),
  };
}

export function buildConvModel(params: ViewParams<'conv'>): ConvModel {
  const axes = ([0, 1] as const).map((a) => ({
    input: params.i[a],
    kernel: params.k[a],
    stride: params.s[a],
    dilation: params.d[a],
    ...padSides(params.p, a, params.k[a], params.d[a]),
  })) as [AxisGeometry, AxisGeometry];
  const pair = (f: (axis: AxisGeometry) => number): Pair => [f(axes[0]), f(axes[1])];
  const input = pair((a) => a.input);
  const kernel = pair((a) => a.kernel);
  const spec = convSpecOf(axes, params.p.mode === 'same' ? 'same' : undefined);
  const values = seededValues(params.seed, input[0] * input[1], kernel[0] * kernel[1]);
  const base = {
    axes,
    input,
    kernel,
    stride: pair((a) => a.stride),
    dilation: pair((a) => a.dilation),
    padBefore: pair((a) => a.padBefore),
    padAfter: pair((a) => a.padAfter),
    padded: pair(paddedSize),
    spec,
    overhang: [0, 0] as Pair,
    padValue: '0',
  };
  try {
    const geometry = convLinks(input, spec);
    const output = geometry.rowShape as Pair;
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
      relationships: [convRelationship(axes[0]), convRelationship(axes[1])],
      dropped: pair(convAxisDropped),
      error: null,
      fixes: [],
      values: { ...values, output: result },
    };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
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
