import type { LayerToken, Pair } from '../../../engine';
import type { CodeSnippet } from '../../components/CodePanel';
import { fmtPair } from '../../components/codeFormat';
import type { StackModel } from './stackModel';
import { t } from '../../i18n/i18n';

/** Constraints PyTorch checks when it constructs the layer, before anything runs. */
const BUILD_ERRORS = /^(same-stride|groups)/;

/** A pool as a constructor call: every argument that differs from PyTorch's default. */
function poolCall(token: LayerToken): string {
  const name = token.op === 'maxPool' ? 'MaxPool2d' : 'AvgPool2d';
  const args = [`kernel_size=${fmtPair(token.kernel)}`, `stride=${fmtPair(token.stride)}`];
  const padding = token.padding as Pair;
  if (padding[0] !== 0 || padding[1] !== 0) args.push(`padding=${fmtPair(padding)}`);
  if (token.dilation[0] !== 1 || token.dilation[1] !== 1) {
    args.push(`dilation=${fmtPair(token.dilation)}`);
  }
  if (token.ceilMode) args.push('ceil_mode=True');
  if (!token.countIncludePad) args.push('count_include_pad=False');
  return `nn.${name}(${args.join(', ')})`;
}

/**
 * A convolution as a constructor call. The module text PyTorch prints is a valid call except
 * for `padding=same`, which the constructor takes as a string.
 */
function convCall(module: string): string {
  return `nn.${module.replace('padding=same', "padding='same'")}`;
}

/**
 * The stack as PyTorch code: an `nn.Sequential` of its layers with the shape after each one,
 * and a forward pass on a batch of one. A refused layer is marked with PyTorch's reason, and
 * the last line says that the call raises.
 */
export function stackCode(model: StackModel): CodeSnippet[] {
  const { info, input, inChannels } = model;
  const lines = ['import torch', 'import torch.nn as nn', '', 'model = nn.Sequential('];
  info.layers.forEach((row) => {
    const call =
      row.token.op === 'maxPool' || row.token.op === 'avgPool'
        ? poolCall(row.token)
        : convCall(row.module);
    const out = row.output
      ? `  # (1, ${row.outChannels}, ${row.output[0]}, ${row.output[1]})`
      : row.refused
        ? '  # PyTorch refuses this layer'
        : '';
    lines.push(`    ${call},${out}`);
  });
  lines.push(')');
  lines.push(`x = torch.randn(1, ${inChannels}, ${input[0]}, ${input[1]})`);
  const last = info.layers[info.layers.length - 1];
  if (info.error && BUILD_ERRORS.test(info.error.constraint)) {
    lines.push(`# building nn.Sequential raises: ${info.error.message}`);
  } else if (info.error) {
    lines.push(`model(x)  # raises in the forward pass: ${info.error.message}`);
  } else {
    const shape = last?.output ?? input;
    const channels = last?.outChannels ?? inChannels;
    lines.push(`print(model(x).shape)  # torch.Size([1, ${channels}, ${shape[0]}, ${shape[1]}])`);
  }
  const notes = [t('stack.codeNote')];
  return [{ label: 'PyTorch', code: lines.join('\n'), notes }];
}
