import { tfConvAxis, type AxisGeometry } from '../../../engine';
import type { CodeSnippet } from '../../components/CodePanel';
import {
  pytorchRaisesNote,
  both,
  call,
  describePerAxis,
  fmtPair,
  pairArg,
  padsOf,
  subsampleSlice,
  torchPadding,
  tfPaddings,
  tfSameMatches,
} from '../../components/codeFormat';
import { axisPairs } from '../../components/grid/figureAxes';
import type { AxisPair, PaddingParam } from '../../url/fields';
import { t } from '../../i18n/i18n';

/** The layers as the view shows them. */
export interface ChannelsCodeInput {
  /** Height and width of the convolution, padding resolved. */
  axes: readonly [AxisGeometry, AxisGeometry];
  paddingMode: PaddingParam['mode'];
  inChannels: number;
  outChannels: number;
  groups: number;
  /** Outputs of the 1 × 1 pointwise layer after it; 0 for none. */
  pointwise: number;
  /** The spatial output size; null when PyTorch refuses. */
  output: AxisPair | null;
}

const shape = (n: number, c: number, size: AxisPair, layout: 'nchw' | 'nhwc') =>
  layout === 'nchw'
    ? `(${n}, ${c}, ${size[0]}, ${size[1]})`
    : `(${n}, ${size[0]}, ${size[1]}, ${c})`;

/**
 * PyTorch's `nn.Conv2d(cin, cout, k, stride, padding, dilation, groups)` (and the 1 × 1
 * pointwise layer after it) with its weight shape, and the Keras layer that matches it:
 * `Conv2D(groups=…)`, `DepthwiseConv2D` when every group has one input channel, or
 * `SeparableConv2D` for depthwise then pointwise; NHWC data and HWIO kernels.
 *
 * @example channelsCode({ axes, paddingMode: 'explicit', inChannels: 4, outChannels: 8, groups: 2, pointwise: 0, output: [5, 5] })[0].code
 * // … nn.Conv2d(4, 8, kernel_size=3, padding=1, groups=2) …
 */
export function channelsCode(c: ChannelsCodeInput): CodeSnippet[] {
  return [pytorchCode(c), kerasCode(c)];
}

function pytorchCode(c: ChannelsCodeInput): CodeSnippet {
  const { input, kernel, stride, dilation, padBefore } = axisPairs(c.axes);
  const [h, w] = c.axes;
  const notes = c.output ? [] : [pytorchRaisesNote()];
  const { padding, unequal } = torchPadding(c.axes, c.paddingMode);
  const lines = [
    'import torch',
    'import torch.nn as nn',
    'import torch.nn.functional as F',
    '',
    `x = torch.randn${shape(1, c.inChannels, input, 'nchw')}  # N, C, H, W`,
  ];
  if (unequal) {
    lines.push(
      `x = F.pad(x, (${w.padBefore}, ${w.padAfter}, ${h.padBefore}, ${h.padAfter}))  # left, right, top, bottom`,
    );
    notes.push(t('channels.code.fPad', { pads: describePerAxis(padsOf(c.axes)) }));
  }
  if (c.paddingMode === 'full') {
    notes.push(t('channels.code.full', { pad: fmtPair(padBefore) }));
  }
  const args = [
    String(c.inChannels),
    String(c.outChannels),
    `kernel_size=${fmtPair(kernel)}`,
    pairArg('stride', stride, 1),
    padding,
    pairArg('dilation', dilation, 1),
    c.groups === 1 ? undefined : `groups=${c.groups}`,
  ];
  const out = (channels: number) =>
    c.output ? `  # → ${shape(1, channels, c.output, 'nchw')}` : '';
  lines.push(
    `conv = ${call('nn.Conv2d', args)}`,
    `print(conv.weight.shape)  # torch.Size([${c.outChannels}, ${c.inChannels / c.groups}, ${kernel[0]}, ${kernel[1]}]): out, in/groups, kH, kW`,
    `y = conv(x)${out(c.outChannels)}`,
  );
  if (c.pointwise > 0) {
    lines.push(
      '',
      '# The pointwise layer: a 1 × 1 convolution mixing the channels',
      `pointwise = nn.Conv2d(${c.outChannels}, ${c.pointwise}, kernel_size=1)`,
      `y = pointwise(y)${out(c.pointwise)}`,
    );
  }
  const model = c.pointwise > 0 ? 'nn.Sequential(conv, pointwise)' : 'conv';
  lines.push(
    '',
    '# The counts of the Counts panel:',
    `# from torchinfo import summary; summary(${model}, input_size=${shape(1, c.inChannels, input, 'nchw')})`,
  );
  return { label: 'PyTorch', code: lines.join('\n'), notes };
}

function kerasCode(c: ChannelsCodeInput): CodeSnippet {
  const { input, kernel, stride, dilation } = axisPairs(c.axes);
  const notes = c.output ? [] : [pytorchRaisesNote()];
  const subsample = !both(stride, 1) && !both(dilation, 1);
  const layerStride: AxisPair = subsample ? [1, 1] : stride;
  const padded = c.axes.some((a) => a.padBefore > 0 || a.padAfter > 0);
  const tfSame = c.axes.map((a, i) =>
    tfConvAxis(a.input, a.kernel, layerStride[i], a.dilation, 'SAME'),
  );
  const useSame = padded && tfSameMatches(tfSame, c.axes);
  const lines = [
    'import tensorflow as tf',
    '',
    `x = tf.random.normal([1, ${input[0]}, ${input[1]}, ${c.inChannels}])  # N, H, W, C (NHWC)`,
  ];
  if (padded && !useSame) {
    lines.push(`x = tf.pad(x, ${tfPaddings(c.axes)})`);
    notes.push(
      t('common.code.explicit', {
        tf: describePerAxis(padsOf(tfSame)),
        torch: describePerAxis(padsOf(c.axes)),
      }),
    );
  }
  const depthwise = c.groups === c.inChannels;
  const multiplier = c.outChannels / c.inChannels;
  const common = [
    `kernel_size=${fmtPair(kernel)}`,
    pairArg('strides', layerStride, 1),
    `padding='${useSame ? 'same' : 'valid'}'`,
    pairArg('dilation_rate', dilation, 1),
  ];
  const slice = subsample ? subsampleSlice(stride) : '';
  const out = (channels: number) =>
    c.output ? `  # → ${shape(1, channels, c.output, 'nhwc')}` : '';
  const hw = `${kernel[0]}, ${kernel[1]}`;
  if (depthwise && c.pointwise > 0 && !subsample) {
    lines.push(
      `layer = ${call('tf.keras.layers.SeparableConv2D', [`filters=${c.pointwise}`, ...common, multiplier === 1 ? undefined : `depth_multiplier=${multiplier}`])}`,
      `y = layer(x)${out(c.pointwise)}`,
      `# depthwise kernel (${hw}, ${c.inChannels}, ${multiplier}): kH, kW, in, multiplier; pointwise kernel (1, 1, ${c.outChannels}, ${c.pointwise})`,
    );
    notes.push(t('channels.code.separable', { pw: c.pointwise, out: c.outChannels }));
  } else {
    if (depthwise) {
      lines.push(
        `conv = ${call('tf.keras.layers.DepthwiseConv2D', [...common, multiplier === 1 ? undefined : `depth_multiplier=${multiplier}`])}`,
        `# kernel (${hw}, ${c.inChannels}, ${multiplier}): kH, kW, in, multiplier`,
        `#   from PyTorch: w.reshape(${c.inChannels}, ${multiplier}, ${hw}).permute(2, 3, 0, 1)`,
      );
    } else {
      lines.push(
        `conv = ${call('tf.keras.layers.Conv2D', [`filters=${c.outChannels}`, ...common, c.groups === 1 ? undefined : `groups=${c.groups}`])}`,
        `# kernel (${hw}, ${c.inChannels / c.groups}, ${c.outChannels}): HWIO, from PyTorch: w.permute(2, 3, 1, 0)`,
      );
    }
    lines.push(`y = conv(x)${slice}${out(c.outChannels)}`);
    if (c.pointwise > 0) {
      lines.push(
        `pointwise = tf.keras.layers.Conv2D(filters=${c.pointwise}, kernel_size=1)`,
        `y = pointwise(y)${out(c.pointwise)}`,
      );
    }
  }
  if (subsample) notes.push(t('channels.code.kerasStride'));
  notes.push(t('channels.code.notRun'));
  return { label: 'TensorFlow', code: lines.join('\n'), notes };
}
