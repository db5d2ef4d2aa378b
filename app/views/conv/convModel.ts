/**
 * From the URL's conv parameters to everything the view draws: the axes, the padded grid, the
 * output, the relationship per axis, the values, and the engine's error with fixes.
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
  tfSamePort,
  type AxisGeometry,
  type SamePortAxis,
  type ConvSpec,
  type Fix,
  type Msg,
  type Relationship,
} from '../../../engine';
import { axisPair, figureAxes, paddingSides } from '../../components/grid/figureAxes';
import { seededValues } from '../../components/grid/seededValues';
import { fitTyped } from '../../components/grid/typedValues';
import type { StageModel } from '../../components/grid/stageModel';
import type { PaddingParam } from '../../url/fields';
import type { ViewParams } from '../../url/schema';
import type { Refuser } from '../../components/ConfigErrorPanel';
import { tfNoWindow } from './tfRefusal';

export interface ConvModel extends StageModel {
  /** Height and width, with the padding words resolved to zeros before and after. */
  axes: readonly [AxisGeometry, AxisGeometry];
  /** The engine spec, as passed to `conv` (PyTorch's `'same'` kept as the word). */
  spec: ConvSpec;
  /**
   * How PyTorch takes the padding: numbers, or `valid`, `same`, `full`. TensorFlow's SAME is
   * numbers here: PyTorch writes it as explicit zeros per side.
   */
  paddingMode: PaddingParam['mode'];
  /** Whose rules the figure follows (`fw`). */
  framework: 'torch' | 'tf';
  /**
   * With TensorFlow's SAME: per axis, TensorFlow's size and zeros beside PyTorch's usual port
   * (`padding=⌊d(k − 1)/2⌋`); null otherwise.
   */
  port: [SamePortAxis, SamePortAxis] | null;
  /** The paper's relationship per axis; null when PyTorch rejects the configuration. */
  relationships: [Relationship, Relationship] | null;
  /** The engine's message when the configuration is invalid. */
  error: string | null;
  /** The refusal as messages, for a page in another language (empty when valid). */
  explain: Msg[];
  /** Whose rules refuse it. */
  refuser: Refuser;
  fixes: Fix[];
  /** How typed values of another size than their grid were fitted to it. */
  typedNotes: Msg[];
}

export function buildConvModel(params: ViewParams<'conv'>): ConvModel {
  const tfSame = params.fw === 'tf' && params.p.mode === 'same';
  const port = tfSame
    ? ([0, 1].map((a) => tfSamePort(params.i[a], params.k[a], params.s[a], params.d[a])) as [
        SamePortAxis,
        SamePortAxis,
      ])
    : null;
  const axes = figureAxes(params, (a) =>
    port
      ? { padBefore: port[a].tf.padBefore, padAfter: port[a].tf.padAfter }
      : paddingSides(params.p, a, params.k[a], params.d[a]),
  );
  const input = axisPair(axes, (a) => a.input);
  const kernel = axisPair(axes, (a) => a.kernel);
  const torchSame = params.p.mode === 'same' && !tfSame;
  const spec = convSpecOf(axes, torchSame ? 'same' : undefined);
  const seeded = seededValues(params.seed, input[0] * input[1], kernel[0] * kernel[1]);
  const typedInput = params.x ? fitTyped(params.x, input, 'x') : null;
  const typedKernel = params.w ? fitTyped(params.w, kernel, 'w') : null;
  const values = {
    input: typedInput?.data ?? seeded.input,
    kernel: typedKernel?.data ?? seeded.kernel,
  };
  const base = {
    typedNotes: [typedInput?.note, typedKernel?.note].filter((note) => note != null),
    axes,
    spec,
    paddingMode: tfSame ? ('explicit' as const) : params.p.mode,
    framework: params.fw,
    refuser: params.fw === 'tf' ? ('TensorFlow' as const) : ('PyTorch' as const),
    port,
    padded: axisPair(axes, paddedSize),
    overhang: [0, 0] as [number, number],
    padValue: '0' as const,
  };
  try {
    const geometry = convLinks(input, spec);
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
      output: [geometry.rowShape[0], geometry.rowShape[1]],
      relationships: [convRelationship(axes[0]), convRelationship(axes[1])],
      dropped: axisPair(axes, convAxisDropped),
      error: null,
      explain: [],
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
      error:
        params.fw === 'tf' && error.constraint === 'kernel-larger-than-input'
          ? tfNoWindow(axes[error.axis ?? 0], error.axis ?? 0)
          : error.message,
      explain: [error.msg],
      fixes: convFixes(axes, torchSame),
      values: { ...values, output: null },
    };
  }
}
