import { paddedSize, convAxisOutput } from '../shape';
import { dilatedKernel, paddingForWord, type AxisGeometry } from '../spec';
import { AXIS_NAMES, axesKey, HW_FORMAT, pyPair, sizeAnswer, times } from './common';
import type { Draw } from './draw';
import { msg, type Msg } from './message';
import type { Level } from './topics';
import type { Question } from './types';

const HINT = msg('conv.hint');

/**
 * The worked size of one axis, every number from the engine's geometry: a formula, named by
 * the axis (`H`, `W`) or by a message (the length of a 1-d input).
 */
export function convAxisSteps(axis: AxisGeometry, name: string | Msg): Msg {
  const kHat = dilatedKernel(axis.kernel, axis.dilation);
  const dil = axis.dilation > 1 ? `k̂ = ${axis.dilation}·(${axis.kernel} − 1) + 1 = ${kHat}; ` : '';
  const formula = `${dil}⌊(${axis.input} + ${axis.padBefore} + ${axis.padAfter} − ${kHat})/${axis.stride}⌋ + 1 = ⌊${paddedSize(axis) - kHat}/${axis.stride}⌋ + 1 = ${convAxisOutput(axis)}`;
  return msg('step', { name, formula });
}

const axisOf = (
  input: number,
  kernel: number,
  stride: number,
  dilation: number,
  padBefore: number,
  padAfter = padBefore,
): AxisGeometry => ({ input, kernel, stride, dilation, padBefore, padAfter });

/**
 * Output size of a convolution: level 1 a square input with stride and padding; level 2 a
 * rectangle with dilation, a padding word or a stride that drops cells; level 3 asymmetric
 * padding from `F.pad`, or how PyTorch splits `padding='same'` for an even kernel.
 */
export function convSizeQuestion(draw: Draw, level: Level): Question | null {
  if (level === 3 && draw.chance(0.3)) return sameSplitQuestion(draw);
  const [h, w] = level === 1 ? [draw.int(5, 32), 0] : [draw.int(6, 40), draw.int(6, 40)];
  const width = level === 1 ? h : w;
  let axes: AxisGeometry[];
  let module: string;
  let word: 'same' | 'valid' | undefined;
  let before = '';
  if (level === 1) {
    const k = draw.pick([3, 5, 7]);
    const s = draw.pick([1, 2]);
    const p = draw.int(0, (k - 1) / 2);
    axes = [axisOf(h, k, s, 1, p), axisOf(width, k, s, 1, p)];
    module = `nn.Conv2d(3, 8, kernel_size=${k}, stride=${s}, padding=${p})`;
  } else if (level === 2) {
    const variant = draw.pick(['dilation', 'word', 'stride'] as const);
    if (variant === 'dilation') {
      const [k, s, d, p] = [3, draw.pick([1, 2]), draw.pick([2, 3]), draw.int(0, 2)];
      axes = [axisOf(h, k, s, d, p), axisOf(width, k, s, d, p)];
      module = `nn.Conv2d(3, 8, kernel_size=${k}, stride=${s}, padding=${p}, dilation=${d})`;
    } else if (variant === 'word') {
      word = draw.pick(['same', 'valid'] as const);
      const [kh, kw] = [draw.pick([3, 4, 5]), draw.pick([3, 5])];
      const d = draw.pick([1, 2]);
      const s = word === 'same' ? 1 : draw.pick([1, 2]);
      const [ph, pw] = [paddingForWord(word, kh, d), paddingForWord(word, kw, d)];
      axes = [
        axisOf(h, kh, s, d, ph.padBefore, ph.padAfter),
        axisOf(width, kw, s, d, pw.padBefore, pw.padAfter),
      ];
      const dil = d > 1 ? `, dilation=${d}` : '';
      const str = s > 1 ? `, stride=${s}` : '';
      module = `nn.Conv2d(3, 8, kernel_size=${pyPair(kh, kw)}${str}, padding='${word}'${dil})`;
    } else {
      const [k, s, p] = [draw.pick([3, 5]), draw.pick([2, 3]), draw.int(0, 2)];
      axes = [axisOf(h, k, s, 1, p), axisOf(width, k, s, 1, p)];
      module = `nn.Conv2d(3, 8, kernel_size=${k}, stride=${s}, padding=${p})`;
    }
  } else {
    const [t, b, l, r] = [draw.int(0, 3), draw.int(0, 3), draw.int(0, 3), draw.int(0, 3)];
    if (t === b && l === r) return null;
    const [kh, kw] = [draw.pick([3, 5]), draw.pick([3, 5])];
    const [s, d] = [draw.pick([1, 2, 3]), draw.pick([1, 2])];
    axes = [axisOf(h, kh, s, d, t, b), axisOf(width, kw, s, d, l, r)];
    before = `x = F.pad(x, (${l}, ${r}, ${t}, ${b}))`;
    const dil = d > 1 ? `, dilation=${d}` : '';
    module = `nn.Conv2d(3, 8, kernel_size=${pyPair(kh, kw)}, stride=${s}${dil})`;
  }
  const out = axes.map(convAxisOutput);
  if (out.some((o) => o < 1)) return null;
  const input = `(1, 3, ${h}, ${width})`;
  const prompt = before
    ? msg('conv.promptPad', { input, before, module })
    : msg('conv.prompt', { input, module });
  const padNote = before ? [msg('conv.padNote')] : word === 'same' ? [msg('conv.sameNote')] : [];
  return {
    topic: 'conv-size',
    level,
    key: `conv:${axesKey(axes)}:${word ?? ''}`,
    prompt,
    format: HW_FORMAT,
    answer: sizeAnswer(out),
    hint: HINT,
    solution: [
      ...padNote,
      ...axes.map((axis, n) => convAxisSteps(axis, AXIS_NAMES[n])),
      msg('outputIs', { shape: times(out) }),
    ],
    see: { view: 'conv', axes, word },
    seeLabel: msg('conv.see'),
  };
}

/** How `padding='same'` splits d(k − 1) zeros for an even kernel: the odd zero goes after. */
function sameSplitQuestion(draw: Draw): Question {
  const k = draw.pick([2, 4, 6]);
  const d = draw.pick([1, 2, 3]);
  const i = draw.int(6, 24);
  const { padBefore, padAfter } = paddingForWord('same', k, d);
  const axis = axisOf(i, k, 1, d, padBefore, padAfter);
  const dil = d > 1 ? `, dilation=${d}` : '';
  return {
    topic: 'conv-size',
    level: 3,
    key: `same-split:${k}:${d}:${i}`,
    prompt: msg('same.prompt', {
      module: `nn.Conv1d(1, 1, kernel_size=${k}, padding='same'${dil})`,
      length: i,
    }),
    format: msg('same.format'),
    answer: sizeAnswer([padBefore, padAfter], false),
    hint: msg('same.hint'),
    solution: [
      msg('same.total', { formula: `d(k − 1) = ${d}·(${k} − 1) = ${padBefore + padAfter}` }),
      msg('same.split', {
        before: `⌊${padBefore + padAfter}/2⌋ = ${padBefore}`,
        after: padAfter,
      }),
      convAxisSteps(axis, msg('same.length')),
    ],
    see: { view: 'conv', axes: [axis, axis], word: 'same' },
    seeLabel: msg('same.see'),
  };
}
