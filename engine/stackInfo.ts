/**
 * The stack as a table in the style of torchinfo: per layer the module as PyTorch prints it,
 * the sizes around it, the paper's relationship it follows, channels, parameters and
 * multiply-adds; and the nearest valid settings for a layer PyTorch refuses.
 */
import { ConfigError, errMsg } from './errors';
import { convFixes, poolFixes, transposedFixes, type Fix } from './fixes';
import type { LayerToken, Pair } from './layerText';
import { tokenLayer } from './layerText';
import {
  convRelationship,
  poolRelationship,
  transposedRelationship,
  type Relationship,
} from './relationship';
import { resolveConvSpec } from './spec';
import { LAYER_MODULES, traceStack, type StackTrace } from './stack';

/** One row of the table. */
export interface StackLayerInfo {
  /** 0-based position in the stack (the table shows index + 1). */
  index: number;
  token: LayerToken;
  /** The module as `print(model)` shows it, e.g. `Conv2d(3, 64, kernel_size=(3, 3), stride=(1, 1))`. */
  module: string;
  inChannels: number;
  outChannels: number;
  /** Weights and biases (PyTorch's default bias=True). */
  params: number;
  /** Spatial size before the layer; null after a refused layer. */
  input: number[] | null;
  /** Spatial size after the layer; null from the refused layer on. */
  output: number[] | null;
  /** Per axis, the paper's relationship this layer follows; null where the size is unknown. */
  relationships: Relationship[] | null;
  /** Multiply-adds of one forward pass on one image; null where the size is unknown. */
  macs: number | null;
  /** True for the layer PyTorch refuses (its sizes are still given when they can be computed). */
  refused: boolean;
}

/** The whole table. */
export interface StackInfo {
  layers: StackLayerInfo[];
  /**
   * What PyTorch refuses first (its `layer` is the row): while building `nn.Sequential` (groups
   * that do not divide the channels, `'same'` with a stride), else while running it; or null.
   */
  error: ConfigError | null;
  /** Sum over all layers. */
  params: number;
  /** Sum over the layers PyTorch accepts. */
  macs: number;
}

const tuple = (pair: Pair) => `(${pair[0]}, ${pair[1]})`;
/** A pool stores its arguments as given: an int when both axes agree, else a tuple. */
const intOrTuple = (pair: Pair) => (pair[0] === pair[1] ? String(pair[0]) : tuple(pair));
const all = (pair: Pair, value: number) => pair[0] === value && pair[1] === value;

/**
 * The module's text as PyTorch 1.13 prints it (its `extra_repr`): convolutions show
 * kernel_size and stride always, then padding, dilation, output_padding and groups where they
 * differ from the default; pools show their arguments as passed, an int when both axes agree.
 *
 * @param inChannels the layer's input channels (convolutions)
 * @param outChannels its output channels (convolutions)
 * @example moduleText(parseLayers('c3p1').layers[0], 3, 64) // 'Conv2d(3, 64, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))'
 */
export function moduleText(token: LayerToken, inChannels: number, outChannels: number): string {
  const name = LAYER_MODULES[token.op];
  if (token.op === 'maxPool' || token.op === 'avgPool') {
    const args = [
      `kernel_size=${intOrTuple(token.kernel)}`,
      `stride=${intOrTuple(token.stride)}`,
      `padding=${intOrTuple(token.padding as Pair)}`,
    ];
    if (token.op === 'maxPool') {
      args.push(
        `dilation=${intOrTuple(token.dilation)}`,
        `ceil_mode=${token.ceilMode ? 'True' : 'False'}`,
      );
    }
    return `${name}(${args.join(', ')})`;
  }
  const args = [
    String(inChannels),
    String(outChannels),
    `kernel_size=${tuple(token.kernel)}`,
    `stride=${tuple(token.stride)}`,
  ];
  if (token.padding === 'same') args.push('padding=same');
  else if (!all(token.padding, 0)) args.push(`padding=${tuple(token.padding)}`);
  if (!all(token.dilation, 1)) args.push(`dilation=${tuple(token.dilation)}`);
  if (!all(token.outputPadding, 0)) args.push(`output_padding=${tuple(token.outputPadding)}`);
  if (token.groups !== 1) args.push(`groups=${token.groups}`);
  return `${name}(${args.join(', ')})`;
}

/** Per axis, the paper's relationship the layer follows on an input of this size. */
function relationshipsOf(token: LayerToken, input: number[]): Relationship[] {
  const { kernel: k, stride: s, dilation: d } = token;
  if (token.op === 'conv') {
    const { padBefore, padAfter } = resolveConvSpec({
      kernel: k,
      dilation: d,
      padding: token.padding,
    });
    return input.map((i, a) =>
      convRelationship({
        input: i,
        kernel: k[a],
        stride: s[a],
        dilation: d[a],
        padBefore: padBefore[a],
        padAfter: padAfter[a],
      }),
    );
  }
  const p = token.padding as Pair;
  if (token.op === 'convTranspose') {
    return input.map((i, a) =>
      transposedRelationship({
        input: i,
        kernel: k[a],
        stride: s[a],
        dilation: d[a],
        padBefore: p[a],
        padAfter: p[a],
        outputPadding: token.outputPadding[a],
      }),
    );
  }
  return input.map((i, a) =>
    poolRelationship({
      input: i,
      kernel: k[a],
      stride: s[a],
      dilation: d[a],
      padBefore: p[a],
      padAfter: p[a],
      ceilMode: token.ceilMode,
    }),
  );
}

const product = (values: readonly number[]) => values.reduce((acc, v) => acc * v, 1);

/**
 * The first layer whose channels `groups` does not divide: PyTorch's constructor refuses it
 * ("in_channels must be divisible by groups", then the same for out_channels).
 */
function channelError(rows: readonly StackLayerInfo[]): ConfigError | null {
  for (const row of rows) {
    const { groups } = row.token;
    for (const [side, count] of [
      ['in', row.inChannels],
      ['out', row.outChannels],
    ] as const) {
      if (count % groups !== 0) {
        return new ConfigError(
          `groups-${side}`,
          `layer ${row.index + 1}: ${side}_channels must be divisible by groups: ${count} ${side === 'in' ? 'input' : 'output'} channels, ${groups} groups; use a number of groups that divides both`,
          undefined,
          row.index,
          errMsg('atLayer', {
            layer: row.index + 1,
            reason: errMsg('groupsBoth', { side, count, groups }),
          }),
        );
      }
    }
  }
  return null;
}

/**
 * What PyTorch reports first: errors raised while `nn.Sequential` is built (channels, `'same'`
 * with a stride) in layer order, else the forward pass's.
 */
function firstError(trace: StackTrace, channels: ConfigError | null): ConfigError | null {
  if (!channels) return trace.error;
  if (trace.stage === 'build' && trace.error!.layer! < channels.layer!) return trace.error;
  return channels;
}

/**
 * The table of a stack: per layer its module text, sizes before and after (as {@link
 * traceStack}), the paper's relationship per axis (1–15, via `convRelationship`,
 * `transposedRelationship`, `poolRelationship`), channels, parameters and multiply-adds.
 *
 * Channels: a convolution's output channels are its `x`, or its input channels when not given;
 * pools keep them. Parameters: Cout·(Cin/g)·kh·kw + Cout for a convolution, Cin·(Cout/g)·kh·kw +
 * Cout for a transposed one (weights plus bias), 0 for pools. Multiply-adds (torchinfo's
 * "Mult-Adds" for these layers): every weight once per output cell of a convolution,
 * Cout·(Cin/g)·kh·kw·Hout·Wout, and once per input cell of a transposed one,
 * Cin·(Cout/g)·kh·kw·Hin·Win (products that land in the cropped border included); pools and
 * biases count 0. Channel counts that `groups` does not divide are refused as PyTorch's
 * constructor refuses them.
 *
 * @param inputSpatial the input's spatial size
 * @param tokens the stack
 * @param inChannels the input's channels (the URL key `cin`)
 * @example stackInfo([224, 224], parseLayers('c7s2p3x64,m3s2p1').layers, 3).layers[0].params // 9472
 */
export function stackInfo(
  inputSpatial: readonly number[],
  tokens: readonly LayerToken[],
  inChannels: number,
): StackInfo {
  const trace = traceStack(inputSpatial, tokens.map(tokenLayer));
  let channels = inChannels;
  const layers = tokens.map((token, index): StackLayerInfo => {
    const conv = token.op === 'conv' || token.op === 'convTranspose';
    const cin = channels;
    const cout = conv ? (token.outChannels ?? cin) : cin;
    channels = cout;
    const weights = conv ? (cin * cout * product(token.kernel)) / token.groups : 0;
    const params = conv ? weights + cout : 0;
    const input = index < trace.shapes.length ? trace.shapes[index] : null;
    const output = index + 1 < trace.shapes.length ? trace.shapes[index + 1] : null;
    const cells = token.op === 'convTranspose' ? input : output;
    return {
      index,
      token,
      module: moduleText(token, cin, cout),
      inChannels: cin,
      outChannels: cout,
      params,
      input,
      output,
      relationships: input && output ? relationshipsOf(token, input) : null,
      macs: output && cells ? weights * product(cells) : null,
      refused: false,
    };
  });
  const error = firstError(trace, channelError(layers));
  if (error?.layer !== undefined) layers[error.layer].refused = true;
  return {
    layers,
    error,
    params: layers.reduce((sum, row) => sum + row.params, 0),
    macs: layers.reduce((sum, row) => sum + (row.macs ?? 0), 0),
  };
}

/**
 * The nearest valid settings for a layer PyTorch refuses on an input of this size
 * (`convFixes`, `poolFixes`, `transposedFixes`), without the fixes that change the input size
 * (in a stack that is the previous layer's output, not a setting of this layer).
 *
 * @param input the layer's input size (`traceStack(…).shapes[error.layer]`)
 * @example stackLayerFixes(parseLayers('c5').layers[0], [4, 4])[0].label // 'Kernel size 5 → 4 (height), 5 → 4 (width)'
 */
export function stackLayerFixes(token: LayerToken, input: readonly number[]): Fix[] {
  const p = token.padding === 'same' ? [0, 0] : token.padding;
  const axes = input.map((i, a) => ({
    input: i,
    kernel: token.kernel[a],
    stride: token.stride[a],
    dilation: token.dilation[a],
    padding: p[a],
  }));
  let fixes: Fix[];
  if (token.op === 'conv') {
    const sides = axes.map((axis) => ({
      ...axis,
      padBefore: axis.padding,
      padAfter: axis.padding,
    }));
    fixes = convFixes(sides, token.padding === 'same');
  } else if (token.op === 'convTranspose') {
    fixes = transposedFixes(
      axes.map((axis, a) => ({
        ...axis,
        padBefore: axis.padding,
        padAfter: axis.padding,
        outputPadding: token.outputPadding[a],
      })),
    );
  } else {
    fixes = poolFixes(
      axes.map((axis) => ({
        ...axis,
        padBefore: axis.padding,
        padAfter: axis.padding,
        ceilMode: token.ceilMode,
      })),
      token.op === 'maxPool' ? 'max' : 'avg',
    );
  }
  return fixes.filter((fix) => fix.changes.every((change) => change.param !== 'input'));
}
