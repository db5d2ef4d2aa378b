import { convTransposeAxisOutput } from '../shape';
import type { TransposedAxisGeometry } from '../spec';
import { AXIS_NAMES, axesKey, HW_FORMAT, sizeAnswer, times } from './common';
import type { Draw } from './draw';
import { msg, type Msg } from './message';
import type { Level } from './topics';
import type { Question } from './types';

const HINT = msg('transposed.hint');

/** The worked size of one axis of a transposed convolution. */
export function transposedAxisSteps(axis: TransposedAxisGeometry, name: string): Msg {
  const { input: i, stride: s, padBefore: p, dilation: d, kernel: k, outputPadding: a } = axis;
  const formula = `(${i} − 1)·${s} − 2·${p} + ${d}·(${k} − 1) + ${a} + 1 = ${convTransposeAxisOutput(axis)}`;
  return msg('step', { name, formula });
}

/**
 * Output size of a transposed convolution: level 1 stride and padding on a square input; level 2
 * output padding on a rectangle; level 3 dilation with an output padding that only the dilation
 * allows (PyTorch needs output_padding < max(stride, dilation)).
 */
export function transposedSizeQuestion(draw: Draw, level: Level): Question | null {
  const h = draw.int(2, 16);
  const w = level === 1 ? h : draw.int(2, 16);
  let [k, s, p, d, a] = [draw.pick([2, 3, 4]), draw.pick([1, 2]), draw.int(0, 1), 1, 0];
  if (level === 2) [s, p] = [draw.pick([2, 3]), draw.int(0, 2)];
  if (level === 2) a = draw.int(1, s - 1);
  if (level === 3) {
    [k, s, d, p] = [draw.pick([2, 3]), draw.pick([1, 2]), draw.pick([2, 3]), draw.int(0, 2)];
    a = d > s ? draw.int(s, d - 1) : draw.int(1, s - 1);
  }
  const axisOf = (input: number): TransposedAxisGeometry => ({
    input,
    kernel: k,
    stride: s,
    dilation: d,
    padBefore: p,
    padAfter: p,
    outputPadding: a,
  });
  const axes = [axisOf(h), axisOf(w)];
  const out = axes.map(convTransposeAxisOutput);
  if (out.some((o) => o < 1)) return null;
  const args = [
    `kernel_size=${k}`,
    `stride=${s}`,
    ...(p ? [`padding=${p}`] : []),
    ...(a ? [`output_padding=${a}`] : []),
    ...(d > 1 ? [`dilation=${d}`] : []),
  ];
  return {
    topic: 'transposed-size',
    level,
    key: `transposed:${axesKey(axes)}`,
    prompt: msg('conv.prompt', {
      module: `nn.ConvTranspose2d(16, 8, ${args.join(', ')})`,
      input: `(1, 16, ${h}, ${w})`,
    }),
    format: HW_FORMAT,
    answer: sizeAnswer(out),
    hint: HINT,
    solution: [
      ...axes.map((axis, n) => transposedAxisSteps(axis, AXIS_NAMES[n])),
      ...(a >= s ? [msg('transposed.allowed', { a, s, d })] : []),
      msg('outputIs', { shape: times(out) }),
    ],
    see: { view: 'transposed', axes },
    seeLabel: msg('transposed.see'),
  };
}
