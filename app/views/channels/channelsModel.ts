/**
 * From the URL's channels parameters to everything the view draws: one or two layers (the
 * convolution with its groups, then the optional 1 × 1 pointwise layer), each with its groups,
 * counts, link geometry and values, and the comparison with a standard convolution.
 * Pure: no React, no store. All arithmetic comes from the engine.
 */
import {
  ConfigError,
  channelCounts,
  channelFixes,
  channelGroups,
  conv,
  convFixes,
  convLinks,
  convSpecOf,
  macRatio,
  separableSaving,
  paddedSize,
  seededIntegers,
  type AxisGeometry,
  type ChannelCounts,
  type ChannelGroup,
  type ConvSpec,
  type Fix,
  type Msg,
  type LinkGeometry,
} from '../../../engine';
import { axisPair, figureAxes, paddingSides } from '../../components/grid/figureAxes';
import { seededValues } from '../../components/grid/seededValues';
import type { AxisPair, PaddingParam } from '../../url/fields';
import type { ViewParams } from '../../url/schema';
import type { Refuser } from '../../components/ConfigErrorPanel';
import type { ChannelsCodeInput } from './codegen';

/** One convolution layer of the picture. */
export interface ChannelLayer {
  /** 'conv' for the layer the URL describes, 'pointwise' for the 1 × 1 layer after it. */
  id: 'conv' | 'pointwise';
  inChannels: number;
  outChannels: number;
  groups: number;
  /** Height and width of this layer, padding resolved. */
  axes: readonly [AxisGeometry, AxisGeometry];
  spec: ConvSpec;
  /** The input's rows and columns with the padding drawn around it. */
  padded: AxisPair;
  output: AxisPair;
  geometry: LinkGeometry;
  groupList: ChannelGroup[];
  counts: ChannelCounts;
  /** Channel-major values: the input `[Cin, H, W]`, the weight `[Cout, Cin/G, kH, kW]`, the output (numbers mode only). */
  values: { input: Float64Array; weight: Float64Array; output: Float64Array | null };
}

export interface ChannelsModel extends ChannelsCodeInput {
  /** Height and width of the first layer (what the controls show). */
  axes: readonly [AxisGeometry, AxisGeometry];
  paddingMode: PaddingParam['mode'];
  /** The layers in order; empty when PyTorch refuses the configuration. */
  layers: ChannelLayer[];
  /** The spatial size out of the last layer; null when refused. */
  output: AxisPair | null;
  /** One standard convolution from the input channels to the last layer's outputs, same k, s, p, d. */
  standard: ChannelCounts | null;
  /** Standard multiply-adds over these layers' (how many times cheaper). */
  ratio: number | null;
  /**
   * The closed form k²·N/(k² + N) when the layers are depthwise-separable with one output per
   * input channel (then it equals `ratio`: both layers see the same output size); else null.
   */
  separable: number | null;
  error: string | null;
  /** The refusal as messages, for a page in another language (empty when valid). */
  explain: Msg[];
  /** Whose rules refuse it. */
  refuser: Refuser;
  fixes: Fix[];
}

/** The pointwise layer's weights: their own seed, so changing them leaves the first layer's. */
const POINTWISE_SEED_OFFSET = 104729;

function buildLayer(
  id: ChannelLayer['id'],
  axes: readonly [AxisGeometry, AxisGeometry],
  spec: ConvSpec,
  channels: { in: number; out: number; groups: number },
  values: { input: Float64Array; weight: Float64Array },
  numbers: boolean,
): ChannelLayer {
  const input = axisPair(axes, (a) => a.input);
  const kernel = axisPair(axes, (a) => a.kernel);
  const groupList = channelGroups(channels.in, channels.out, channels.groups);
  const geometry = convLinks(input, spec);
  const output: AxisPair = [geometry.rowShape[0], geometry.rowShape[1]];
  const result = numbers
    ? (conv(
        { shape: [channels.in, ...input], data: values.input },
        { shape: [channels.out, channels.in / channels.groups, ...kernel], data: values.weight },
        spec,
      ).data as Float64Array)
    : null;
  return {
    id,
    inChannels: channels.in,
    outChannels: channels.out,
    groups: channels.groups,
    axes,
    spec,
    padded: axisPair(axes, paddedSize),
    output,
    geometry,
    groupList,
    counts: channelCounts(channels.in, channels.out, channels.groups, kernel, output),
    values: { ...values, output: result },
  };
}

export function buildChannelsModel(params: ViewParams<'channels'>): ChannelsModel {
  const axes = figureAxes(params, (a) => paddingSides(params.p, a, params.k[a], params.d[a]));
  const same = params.p.mode === 'same';
  const spec = { ...convSpecOf(axes, same ? 'same' : undefined), groups: params.g };
  const input = axisPair(axes, (a) => a.input);
  const kernel = axisPair(axes, (a) => a.kernel);
  const base = {
    axes,
    paddingMode: params.p.mode,
    inChannels: params.cin,
    outChannels: params.cout,
    groups: params.g,
    pointwise: params.pw,
  };
  try {
    const weightCount = (params.cout * params.cin * kernel[0] * kernel[1]) / params.g;
    const seeded = seededValues(params.seed, params.cin * input[0] * input[1], 0);
    // Build the layer first: a refused group count throws before any weights are drawn.
    channelGroups(params.cin, params.cout, params.g);
    const first = buildLayer(
      'conv',
      axes,
      spec,
      { in: params.cin, out: params.cout, groups: params.g },
      {
        input: seeded.input,
        weight: seededValues(params.seed, 0, weightCount).kernel,
      },
      params.num,
    );
    const layers = [first];
    if (params.pw > 0) {
      const pointAxis = (input: number): AxisGeometry => ({
        input,
        kernel: 1,
        stride: 1,
        dilation: 1,
        padBefore: 0,
        padAfter: 0,
      });
      const pointAxes = [pointAxis(first.output[0]), pointAxis(first.output[1])] as const;
      layers.push(
        buildLayer(
          'pointwise',
          pointAxes,
          convSpecOf(pointAxes),
          { in: params.cout, out: params.pw, groups: 1 },
          {
            input:
              first.values.output ??
              new Float64Array(params.cout * first.output[0] * first.output[1]),
            weight: seededIntegers(
              params.seed + POINTWISE_SEED_OFFSET,
              params.pw * params.cout,
              -1,
              2,
            ),
          },
          params.num,
        ),
      );
    }
    const last = layers[layers.length - 1];
    const standard = channelCounts(params.cin, last.outChannels, 1, kernel, first.output);
    const macs = layers.reduce((sum, layer) => sum + layer.counts.macs, 0);
    const separable =
      layers.length > 1 && params.g === params.cin && params.cout === params.cin
        ? separableSaving(kernel, params.pw)
        : null;
    return {
      ...base,
      layers,
      output: last.output,
      standard,
      ratio: macRatio(standard.macs, macs),
      separable,
      error: null,
      explain: [],
      refuser: 'PyTorch',
      fixes: [],
    };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const channelsWrong = error.constraint.startsWith('groups-');
    return {
      ...base,
      layers: [],
      output: null,
      standard: null,
      ratio: null,
      separable: null,
      error: error.message,
      explain: [error.msg],
      refuser: 'PyTorch',
      fixes: channelsWrong
        ? channelFixes(params.cin, params.cout, params.g)
        : convFixes(axes, same),
    };
  }
}
