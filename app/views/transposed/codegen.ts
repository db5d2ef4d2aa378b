import {
  convTransposeOutputSizeRange,
  kerasConvTransposeOutput,
  kerasOutputPaddingFor,
  scatterAxis,
  tfConvTransposeCrop,
  type ScatterAxis,
  type TransposedAxisGeometry,
} from '../../../engine';
import type { CodeSnippet } from '../../components/CodePanel';
import {
  pytorchRaisesNote,
  both,
  call,
  fmtPair,
  fmtPairList,
  nchw,
  nhwc,
  pairArg,
  tfPaddings,
  torchHeader,
} from '../../components/codeFormat';
import { axisPair, axisPairs } from '../../components/grid/figureAxes';
import { t } from '../../i18n/i18n';
import type { AxisPair } from '../../url/fields';

/** A transposed convolution as the view shows it: its two axes and the output. */
export interface TransposedCodeInput {
  /** Height and width (PyTorch's padding on both ends, output padding). */
  axes: readonly [TransposedAxisGeometry, TransposedAxisGeometry];
  /** The engine's output size, null when PyTorch raises. */
  output: AxisPair | null;
}

/** The Keras padding words that can give PyTorch's cells. */
type KerasPadding = 'valid' | 'same';

/** A Keras Conv2DTranspose that gives PyTorch's numbers on both axes. */
interface KerasMatch {
  padding: KerasPadding;
  /** null: leave output_padding out and let Keras infer the size. */
  outputPadding: AxisPair | null;
}

/**
 * Code for one single-channel, batch-1 transposed convolution in PyTorch (module with
 * `output_padding` and with `output_size`, and the functional form) and TensorFlow, each
 * written to give exactly PyTorch's numbers.
 *
 * PyTorch keeps cells p … p + o − 1 of the full (i − 1)·s + k̂ result (the engine's
 * `scatterAxis`). Keras' Conv2DTranspose is used when its 'valid' (keeps from 0) or 'same'
 * (keeps from ⌊P/2⌋) does the same on both axes with an output_padding below the stride (the
 * engine's TensorFlow and Keras rules); otherwise the code crops the full VALID result of
 * `tf.nn.conv2d_transpose` by hand, which is exact.
 *
 * @param c the resolved transposed convolution and the engine's output size
 * @returns `[PyTorch, TensorFlow]` snippets
 * @example
 * transposedCode({ axes: [axis, axis], output: [5, 5] })
 * // with axis = { input: 3, kernel: 3, stride: 2, dilation: 1, padBefore: 1, padAfter: 1, outputPadding: 0 }:
 * // PyTorch: nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, padding=1)
 * // TensorFlow: Conv2DTranspose(filters=1, kernel_size=3, strides=2, padding='same', output_padding=0)
 */
export function transposedCode(c: TransposedCodeInput): CodeSnippet[] {
  return [pytorchTransposed(c), tensorflowTransposed(c)];
}

/** The pairs the code prints, [height, width]; PyTorch's padding is the same at both ends. */
function pairsOf(c: TransposedCodeInput) {
  const pairs = axisPairs(c.axes);
  return {
    ...pairs,
    padding: pairs.padBefore,
    outputPadding: axisPair(c.axes, (a) => a.outputPadding),
  };
}

function pytorchTransposed(c: TransposedCodeInput): CodeSnippet {
  const { input, kernel, stride, dilation, padding, outputPadding } = pairsOf(c);
  const notes = c.output ? [] : [pytorchRaisesNote()];
  const args = [
    pairArg('stride', stride, 1),
    pairArg('padding', padding, 0),
    pairArg('output_padding', outputPadding, 0),
    pairArg('dilation', dilation, 1),
  ];
  const shown = c.output ? `  # → ${nchw(c.output)}` : '  # raises (see the notes)';
  const lines = torchHeader(input);
  if (!both(dilation, 1)) {
    lines.push('# ConvTranspose2d takes dilation after bias: always pass it by keyword');
  }
  lines.push(
    `up = ${call('nn.ConvTranspose2d', ['1', '1', `kernel_size=${fmtPair(kernel)}`, ...args])}`,
    `y = up(x)${shown}`,
  );
  lines.push(...outputSizeLines(c, notes));
  lines.push(
    '',
    '# The same with the functional form (it has no output_size)',
    `weight = torch.randn${nchw(kernel)}  # (in_channels, out_channels, kH, kW)`,
    `y = ${call('F.conv_transpose2d', ['x', 'weight', ...args])}${shown}`,
  );
  return { label: 'PyTorch', code: lines.join('\n'), notes };
}

/** The `output_size=` form: valid sizes run from min to min + stride − 1 (stride only). */
function outputSizeLines(c: TransposedCodeInput, notes: string[]): string[] {
  const ranges = c.axes.map(convTransposeOutputSizeRange);
  if (ranges.some((range) => range.min < 1)) return [];
  const [min, max] = [ranges.map((r) => r.min), ranges.map((r) => r.max)];
  const range = `valid sizes range from [${min.join(', ')}] to [${max.join(', ')}]`;
  const lines = ['', `# Or ask for a size: output_size sets output_padding = size − min; ${range}`];
  if (!c.output) return lines;
  if (c.axes.every((a) => a.outputPadding < a.stride)) {
    const size = `[${c.output.join(', ')}]`;
    lines.push(`y = up(x, output_size=${size})  # → ${nchw(c.output)}`);
  } else {
    lines.push('# output_size cannot ask for this size: its range uses the stride only');
    notes.push(t('transposed.code.outputSize', { op: fmtPair(pairsOf(c).outputPadding) }));
  }
  return lines;
}

/** How Keras reaches PyTorch's cells on one axis: output_padding to pass, or the inferred size. */
interface KerasAxisFit {
  /** The output_padding giving this size, null when Keras would refuse it (not below stride). */
  explicit: number | null;
  /** True when Keras' inferred size (no output_padding) is this size. */
  inferred: boolean;
}

/**
 * Whether Keras' `padding` keeps PyTorch's cells on one axis: TensorFlow must accept the size
 * and start its result where PyTorch's starts, at p.
 */
function kerasAxis(axis: TransposedAxisGeometry, padding: KerasPadding): KerasAxisFit | null {
  const { input, kernel, stride, dilation } = axis;
  const out = scatterAxis(axis).output;
  const tf = padding === 'valid' ? 'VALID' : 'SAME';
  if (tfConvTransposeCrop(input, kernel, stride, dilation, tf, out) !== axis.padBefore) return null;
  return {
    explicit: kerasOutputPaddingFor(input, kernel, stride, dilation, padding, out),
    inferred: kerasConvTransposeOutput(input, kernel, stride, dilation, padding, null) === out,
  };
}

function kerasMatch(axes: TransposedCodeInput['axes']): KerasMatch | null {
  for (const padding of ['valid', 'same'] as const) {
    const fits = axes.map((axis) => kerasAxis(axis, padding));
    if (fits.some((fit) => fit === null)) continue;
    const [h, w] = fits as KerasAxisFit[];
    if (h.inferred && w.inferred) return { padding, outputPadding: null };
    if (h.explicit !== null && w.explicit !== null) {
      return { padding, outputPadding: [h.explicit, w.explicit] };
    }
  }
  return null;
}

function tensorflowTransposed(c: TransposedCodeInput): CodeSnippet {
  const { input, stride, dilation } = pairsOf(c);
  const notes = c.output ? [] : [pytorchRaisesNote()];
  const scatter = c.axes.map(scatterAxis);
  const lines = [
    'import tensorflow as tf',
    '',
    `x = tf.random.normal([1, ${input[0]}, ${input[1]}, 1])  # ${nhwc(input)}: N, H, W, C`,
  ];
  if (scatter.some((axis) => axis.output < 1)) {
    lines.push('# no output: the cropped size is below 1');
    return { label: 'TensorFlow', code: lines.join('\n'), notes };
  }
  const out: AxisPair = [scatter[0].output, scatter[1].output];
  // The Keras documentation rules out strides other than 1 together with dilations other than 1.
  const strideAndDilation = !both(stride, 1) && !both(dilation, 1);
  const match = strideAndDilation ? null : kerasMatch(c.axes);
  if (match) kerasLines(c, match, out, lines);
  else cropLines(c, scatter, out, lines, notes, strideAndDilation);
  return { label: 'TensorFlow', code: lines.join('\n'), notes };
}

function kerasLines(c: TransposedCodeInput, m: KerasMatch, out: AxisPair, lines: string[]) {
  const { kernel, stride, dilation } = pairsOf(c);
  const inferred = m.outputPadding === null;
  const layer = call('tf.keras.layers.Conv2DTranspose', [
    'filters=1',
    `kernel_size=${fmtPair(kernel)}`,
    pairArg('strides', stride, 1),
    `padding='${m.padding}'`,
    m.outputPadding ? `output_padding=${fmtPair(m.outputPadding)}` : undefined,
    pairArg('dilation_rate', dilation, 1),
  ]);
  const rule = inferred
    ? `# Keras infers the size ${m.padding === 'valid' ? 'i·s + max(k̂ − s, 0)' : 'i·s'} for '${m.padding}'`
    : `# Keras' size: (i − 1)·s + k̂ − 2·pad + output_padding, pad = ${m.padding === 'valid' ? '0' : 'k̂ // 2'} for '${m.padding}'`;
  lines.push(
    `up = ${layer}`,
    `y = up(x)  # → ${nhwc(out)}`,
    rule,
    `# up.kernel has shape [kh, kw, out_channels, in_channels] = [${kernel.join(', ')}, 1, 1]`,
  );
}

function cropLines(
  c: TransposedCodeInput,
  scatter: ScatterAxis[],
  out: AxisPair,
  lines: string[],
  notes: string[],
  strideAndDilation: boolean,
) {
  const { kernel, stride, dilation, padding } = pairsOf(c);
  const full: AxisPair = [scatter[0].full, scatter[1].full];
  // PyTorch's cells past the full result are zeros: a tf.pad supplies them.
  const past = scatter.map((axis) => ({ padBefore: 0, padAfter: axis.zerosPast }));
  const conv = call('tf.nn.conv2d_transpose', [
    'x',
    'w',
    `output_shape=[1, ${full[0]}, ${full[1]}, 1]`,
    `strides=${fmtPairList(stride)}`,
    "padding='VALID'",
    both(dilation, 1) ? undefined : `dilations=${fmtPairList(dilation)}`,
  ]);
  lines.push(
    `w = tf.random.normal([${kernel.join(', ')}, 1, 1])  # [kh, kw, out_channels, in_channels]`,
    "# 'VALID' gives the full, uncropped result: (i − 1)·s + k̂ per axis",
    `y = ${conv}  # → ${nhwc(full)}`,
  );
  const zerosPast = scatter.some((axis) => axis.zerosPast > 0);
  if (zerosPast) lines.push(`y = tf.pad(y, ${tfPaddings(past)})  # zeros past the full result`);
  if (!both(padding, 0)) {
    const [top, left] = padding;
    lines.push(
      `y = y[:, ${top}:${top + out[0]}, ${left}:${left + out[1]}, :]  # crop padding first, keep the output size → ${nhwc(out)}`,
    );
  }
  if (strideAndDilation) {
    notes.push(t('transposed.code.strideDilation'));
    return;
  }
  notes.push(
    t('transposed.code.noKeras', {
      kept: describeKept(scatter),
      past: zerosPast ? 'yes' : 'no',
    }),
  );
  if (c.axes.some((a) => a.outputPadding >= a.stride)) notes.push(t('transposed.code.kerasOp'));
}

/** `2 … 6 of 9 on each axis`: the cells PyTorch keeps from the full result. */
function describeKept(scatter: ScatterAxis[]): string {
  const text = scatter.map((axis) =>
    t('transposed.code.kept', {
      from: axis.cropBefore,
      to: axis.cropBefore + axis.output - 1,
      full: axis.full,
    }),
  );
  if (text[0] === text[1]) return t('transposed.code.keptEach', { range: text[0] });
  return t('transposed.code.keptAxes', { h: text[0], w: text[1] });
}
