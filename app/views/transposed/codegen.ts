import {
  convTransposeAxisOutput,
  dilatedKernel,
  type TransposedAxisGeometry,
} from '../../../engine';
import type { CodeSnippet } from '../../components/CodePanel';
import {
  AXIS_NAMES,
  PYTORCH_RAISES_NOTE,
  both,
  call,
  fmtPair,
  fmtPairList,
  nchw,
  nhwc,
  pairArg,
  tfPaddings,
  type Pair,
  torchHeader,
} from '../../components/codeFormat';

/** A transposed convolution resolved to numbers per axis ([height, width]). */
export interface TransposedCodeInput {
  input: Pair;
  kernel: Pair;
  stride: Pair;
  padding: Pair;
  dilation: Pair;
  outputPadding: Pair;
  /** The engine's output size, null when PyTorch raises. */
  output: Pair | null;
}

type KerasPadding = 'valid' | 'same';

/** A Keras Conv2DTranspose that gives PyTorch's numbers on both axes. */
interface KerasMatch {
  padding: KerasPadding;
  /** null: leave output_padding out and let Keras infer the size. */
  outputPadding: Pair | null;
}

/** Per-axis numbers of the TensorFlow form. */
interface Axis {
  input: number;
  kernel: number;
  stride: number;
  padding: number;
  dilation: number;
  outputPadding: number;
  /** Effective kernel k̂ = d(k − 1) + 1. */
  effective: number;
  /** Length of the uncropped result, (i − 1)·s + k̂. */
  full: number;
  /** PyTorch's output length: the full result cropped by p before and p − a after. */
  out: number;
}

/**
 * Code for one single-channel, batch-1 transposed convolution in PyTorch (module with
 * `output_padding` and with `output_size`, and the functional form) and TensorFlow, each
 * written to give exactly PyTorch's numbers (semantics §2.5, §3.2–3.4).
 *
 * PyTorch keeps cells p … p + o − 1 of the full (i − 1)·s + k̂ result. Keras' Conv2DTranspose is
 * used when its 'valid' (keeps from 0) or 'same' (keeps from ⌊P/2⌋) does the same on both axes
 * with an output_padding below the stride; otherwise the code crops the full VALID result of
 * `tf.nn.conv2d_transpose` by hand, which is exact.
 *
 * @param c the resolved transposed convolution and the engine's output size
 * @returns `[PyTorch, TensorFlow]` snippets
 * @example
 * transposedCode({ input: [3, 3], kernel: [3, 3], stride: [2, 2], padding: [1, 1],
 *   dilation: [1, 1], outputPadding: [0, 0], output: [5, 5] })
 * // PyTorch: nn.ConvTranspose2d(1, 1, kernel_size=3, stride=2, padding=1)
 * // TensorFlow: Conv2DTranspose(filters=1, kernel_size=3, strides=2, padding='same', output_padding=0)
 */
export function transposedCode(c: TransposedCodeInput): CodeSnippet[] {
  return [pytorchTransposed(c), tensorflowTransposed(c)];
}

/** One axis of the input as the engine takes it. */
function axisOf(c: TransposedCodeInput, a: number): TransposedAxisGeometry {
  return {
    input: c.input[a],
    kernel: c.kernel[a],
    stride: c.stride[a],
    dilation: c.dilation[a],
    padBefore: c.padding[a],
    padAfter: c.padding[a],
    outputPadding: c.outputPadding[a],
  };
}

function axes(c: TransposedCodeInput): Axis[] {
  return [0, 1].map((a) => {
    const effective = dilatedKernel(c.kernel[a], c.dilation[a]);
    const full = (c.input[a] - 1) * c.stride[a] + effective;
    const out = convTransposeAxisOutput(axisOf(c, a));
    return {
      input: c.input[a],
      kernel: c.kernel[a],
      stride: c.stride[a],
      padding: c.padding[a],
      dilation: c.dilation[a],
      outputPadding: c.outputPadding[a],
      effective,
      full,
      out,
    };
  });
}

function pytorchTransposed(c: TransposedCodeInput): CodeSnippet {
  const notes = c.output ? [] : [PYTORCH_RAISES_NOTE];
  const args = [
    pairArg('stride', c.stride, 1),
    pairArg('padding', c.padding, 0),
    pairArg('output_padding', c.outputPadding, 0),
    pairArg('dilation', c.dilation, 1),
  ];
  const shown = c.output ? `  # → ${nchw(c.output)}` : '  # raises (see the notes)';
  const lines = torchHeader(c.input);
  if (!both(c.dilation, 1)) {
    lines.push('# ConvTranspose2d takes dilation after bias: always pass it by keyword');
  }
  lines.push(
    `up = ${call('nn.ConvTranspose2d', ['1', '1', `kernel_size=${fmtPair(c.kernel)}`, ...args])}`,
    `y = up(x)${shown}`,
  );
  lines.push(...outputSizeLines(c, notes));
  lines.push(
    '',
    '# The same with the functional form (it has no output_size)',
    `weight = torch.randn${nchw(c.kernel)}  # (in_channels, out_channels, kH, kW)`,
    `y = ${call('F.conv_transpose2d', ['x', 'weight', ...args])}${shown}`,
  );
  return { label: 'PyTorch', code: lines.join('\n'), notes };
}

/** The `output_size=` form: valid sizes run from min to min + stride − 1 (stride only). */
function outputSizeLines(c: TransposedCodeInput, notes: string[]): string[] {
  const min = [0, 1].map((a) => convTransposeAxisOutput({ ...axisOf(c, a), outputPadding: 0 }));
  if (min.some((size) => size < 1)) return [];
  const max = min.map((size, a) => size + c.stride[a] - 1);
  const range = `valid sizes range from [${min.join(', ')}] to [${max.join(', ')}]`;
  const lines = ['', `# Or ask for a size: output_size sets output_padding = size − min; ${range}`];
  if (!c.output) return lines;
  if (c.outputPadding.every((a, axis) => a < c.stride[axis])) {
    const size = `[${c.output.join(', ')}]`;
    lines.push(`y = up(x, output_size=${size})  # → ${nchw(c.output)}`);
  } else {
    lines.push('# output_size cannot ask for this size: its range uses the stride only');
    notes.push(
      `output_padding=${fmtPair(c.outputPadding)} is accepted because it is below the dilation, ` +
        'but output_size only takes min … min + stride − 1 per axis, so it cannot ask for this size.',
    );
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

/** Whether Keras' `padding` keeps PyTorch's cells on one axis (semantics §3.2, §3.3). */
function kerasAxis(axis: Axis, padding: KerasPadding): KerasAxisFit | null {
  const valid = padding === 'valid';
  // TensorFlow accepts a size only if the forward conv of that size gives the input back.
  const lowest = valid ? axis.full : (axis.input - 1) * axis.stride + 1;
  const highest = valid ? axis.full + axis.stride - 1 : axis.input * axis.stride;
  const keptFrom = valid ? 0 : Math.floor(Math.max(axis.full - axis.out, 0) / 2);
  if (axis.out < lowest || axis.out > highest || keptFrom !== axis.padding) return null;
  const cropped = valid ? 0 : Math.floor(axis.effective / 2);
  const explicit = axis.out - (axis.full - 2 * cropped);
  return {
    explicit: explicit >= 0 && explicit < axis.stride ? explicit : null,
    inferred: kerasDefault(axis, padding) === axis.out,
  };
}

function kerasMatch(all: Axis[]): KerasMatch | null {
  for (const padding of ['valid', 'same'] as const) {
    const fits = all.map((axis) => kerasAxis(axis, padding));
    if (fits.some((fit) => fit === null)) continue;
    const [h, w] = fits as KerasAxisFit[];
    if (h.inferred && w.inferred) return { padding, outputPadding: null };
    if (h.explicit !== null && w.explicit !== null) {
      return { padding, outputPadding: [h.explicit, w.explicit] };
    }
  }
  return null;
}

/** Keras' inferred size without output_padding: i·s + max(k̂ − s, 0) for 'valid', i·s for 'same'. */
function kerasDefault(axis: Axis, padding: KerasPadding): number {
  const grow = padding === 'valid' ? Math.max(axis.effective - axis.stride, 0) : 0;
  return axis.input * axis.stride + grow;
}

function tensorflowTransposed(c: TransposedCodeInput): CodeSnippet {
  const notes = c.output ? [] : [PYTORCH_RAISES_NOTE];
  const all = axes(c);
  const lines = [
    'import tensorflow as tf',
    '',
    `x = tf.random.normal([1, ${c.input[0]}, ${c.input[1]}, 1])  # ${nhwc(c.input)}: N, H, W, C`,
  ];
  if (all.some((axis) => axis.out < 1)) {
    lines.push('# no output: the cropped size is below 1');
    return { label: 'TensorFlow', code: lines.join('\n'), notes };
  }
  const out: Pair = [all[0].out, all[1].out];
  // The Keras documentation rules out strides other than 1 together with dilations other than 1.
  const strideAndDilation = !both(c.stride, 1) && !both(c.dilation, 1);
  const match = strideAndDilation ? null : kerasMatch(all);
  if (match) kerasLines(c, match, out, lines);
  else cropLines(c, all, out, lines, notes, strideAndDilation);
  return { label: 'TensorFlow', code: lines.join('\n'), notes };
}

function kerasLines(c: TransposedCodeInput, m: KerasMatch, out: Pair, lines: string[]) {
  const inferred = m.outputPadding === null;
  const layer = call('tf.keras.layers.Conv2DTranspose', [
    'filters=1',
    `kernel_size=${fmtPair(c.kernel)}`,
    pairArg('strides', c.stride, 1),
    `padding='${m.padding}'`,
    m.outputPadding ? `output_padding=${fmtPair(m.outputPadding)}` : undefined,
    pairArg('dilation_rate', c.dilation, 1),
  ]);
  const rule = inferred
    ? `# Keras infers the size ${m.padding === 'valid' ? 'i·s + max(k̂ − s, 0)' : 'i·s'} for '${m.padding}'`
    : `# Keras' size: (i − 1)·s + k̂ − 2·pad + output_padding, pad = ${m.padding === 'valid' ? '0' : 'k̂ // 2'} for '${m.padding}'`;
  lines.push(
    `up = ${layer}`,
    `y = up(x)  # → ${nhwc(out)}`,
    rule,
    `# up.kernel has shape [kh, kw, out_channels, in_channels] = [${c.kernel.join(', ')}, 1, 1]`,
  );
}

function cropLines(
  c: TransposedCodeInput,
  all: Axis[],
  out: Pair,
  lines: string[],
  notes: string[],
  strideAndDilation: boolean,
) {
  const full: Pair = [all[0].full, all[1].full];
  // PyTorch's cells past the full result are zeros: a tf.pad supplies them.
  const past: Pair = [0, 1].map((a) => Math.max(c.outputPadding[a] - c.padding[a], 0)) as Pair;
  const conv = call('tf.nn.conv2d_transpose', [
    'x',
    'w',
    `output_shape=[1, ${full[0]}, ${full[1]}, 1]`,
    `strides=${fmtPairList(c.stride)}`,
    "padding='VALID'",
    both(c.dilation, 1) ? undefined : `dilations=${fmtPairList(c.dilation)}`,
  ]);
  lines.push(
    `w = tf.random.normal([${c.kernel.join(', ')}, 1, 1])  # [kh, kw, out_channels, in_channels]`,
    "# 'VALID' gives the full, uncropped result: (i − 1)·s + k̂ per axis",
    `y = ${conv}  # → ${nhwc(full)}`,
  );
  if (!both(past, 0)) {
    lines.push(`y = tf.pad(y, ${tfPaddings([0, 0], past)})  # zeros past the full result`);
  }
  if (!both(c.padding, 0)) {
    const [top, left] = c.padding;
    lines.push(
      `y = y[:, ${top}:${top + out[0]}, ${left}:${left + out[1]}, :]  # crop padding first, keep the output size → ${nhwc(out)}`,
    );
  }
  if (strideAndDilation) {
    notes.push(
      'The Keras documentation says strides other than 1 cannot be combined with a dilation_rate other than 1, so the code uses tf.nn.conv2d_transpose with dilations and crops its full VALID result as PyTorch does.',
    );
    return;
  }
  const kept = describeKept(all);
  const zerosPast = !both(past, 0);
  notes.push(
    `Keras' Conv2DTranspose cannot match this: PyTorch keeps cells ${kept} of the full result${zerosPast ? ' (cells past its end are zeros)' : ''}. ` +
      "Keras' 'valid' keeps cells from 0; its 'same' keeps them from ⌊P/2⌋ (P = full − output, the odd cell after), " +
      'needs output_padding below the strides, and TensorFlow accepts only sizes (i − 1)·s + 1 … i·s for it. ' +
      'The code crops the full VALID result by hand instead, which is exact.',
  );
  if (c.outputPadding.some((a, axis) => a >= c.stride[axis])) {
    notes.push(
      'Keras requires output_padding below the strides; PyTorch also accepts it below the dilation.',
    );
  }
}

/** `2 … 6 of 9 on each axis`: the cells PyTorch keeps from the full result. */
function describeKept(all: Axis[]): string {
  const text = all.map(
    (axis) => `${axis.padding} … ${axis.padding + axis.out - 1} of ${axis.full}`,
  );
  if (text[0] === text[1]) return `${text[0]} on each axis`;
  return text.map((range, a) => `${range} on the ${AXIS_NAMES[a]}`).join(' and ');
}
