import { stackInputSizes, undoOutputPadding } from '../stackSolver';
import { stackShapes } from '../stack';
import { sizeAnswer, times } from './common';
import type { Draw } from './draw';
import { layerToken, textStack } from './layers';
import type { Level } from './topics';
import type { Question } from './types';

/**
 * Undoing a layer's size change: level 1 the `output_padding` that makes a transposed
 * convolution give back a square input; level 2 the same per axis of a rectangle, after a
 * convolution or a pooling; level 3 the input sizes a convolution maps to one output size (why
 * the transposed layer needs to be told).
 */
export function undoQuestion(draw: Draw, level: Level): Question | null {
  if (level === 3) return sameOutputQuestion(draw);
  const h = draw.int(5, 40);
  const w = level === 1 ? h : draw.int(5, 40);
  const pooled = level === 2 && draw.chance(0.35);
  const k = pooled ? draw.pick([2, 3]) : draw.pick([3, 4, 5]);
  const s = pooled ? k : level === 1 ? 2 : draw.pick([2, 3]);
  const p = pooled ? 0 : draw.int(0, Math.floor(k / 2));
  const forward = textStack(layerToken(pooled ? 'm' : 'c', k, s, p));
  let out: number[];
  try {
    out = stackShapes([h, w], forward.layers)[1];
  } catch {
    return null;
  }
  const undo = undoOutputPadding([h, w], forward.layers[0]);
  const pads = undo.map((axis) => axis.outputPadding);
  if (pads.some((a) => a === null)) return null;
  const a = pads as number[];
  if (level === 2 && a.every((v) => v === 0)) return null;
  const padArg = p ? `, padding=${p}` : '';
  const transposed = `nn.ConvTranspose2d(8, 8, kernel_size=${k}, stride=${s}${padArg}, output_padding=?)`;
  const base = stackShapes(
    [h, w],
    textStack(`${forward.text},${layerToken('t', k, s, p)}`).layers,
  )[2];
  return {
    topic: 'undo',
    level,
    key: `undo:${forward.text}:${h},${w}`,
    prompt: `\`${forward.modules[0]}\` takes \`(1, 8, ${h}, ${w})\` to \`(1, 8, ${out.join(', ')})\`. Which \`output_padding\` makes \`${transposed}\` give back ${times([h, w])}?`,
    format: 'One number per axis (height, width), e.g. 1, 0 — or one number for both.',
    answer: sizeAnswer(a),
    hint: 'Without output padding the transposed layer gives (o − 1)s − 2p + k; output_padding adds the missing cells (PyTorch allows fewer than the stride).',
    solution: [
      `Without output padding: (o − 1)·${s} − 2·${p} + ${k} = ${times(base)}.`,
      `Missing to reach ${times([h, w])}: ${a.join(', ')} — the cells the forward layer's floor dropped ((i + 2p − k) mod s).`,
      `output_padding=${a[0] === a[1] ? a[0] : `(${a.join(', ')})`}.`,
    ],
    see: {
      view: 'stack',
      input: [h, w],
      layers: `${forward.text},${layerToken('t', k, s, p, 1, [a[0], a[1]])}`,
      solve: 2,
    },
    seeLabel: 'the two layers and the size planner in the layer stack view',
  };
}

/** Which input sizes a strided convolution maps to the same output size. */
function sameOutputQuestion(draw: Draw): Question | null {
  const k = draw.pick([3, 4, 5]);
  const s = draw.pick([2, 3, 4]);
  const p = draw.int(0, Math.floor(k / 2));
  const stack = textStack(layerToken('c', k, s, p));
  const n = draw.int(8, 40);
  const from = n - draw.int(1, 4);
  const sizes = stackInputSizes([n, n], stack.layers, 0, { min: from, max: from + 5 });
  const target = stackInputSizes([n, n], stack.layers, 0, { min: n, max: n })[0].output;
  if (target === null || sizes.some((size) => size.output === null)) return null;
  const correct = sizes.flatMap((size, index) => (size.output === target ? [index] : []));
  if (correct.length < 2) return null;
  return {
    topic: 'undo',
    level: 3,
    key: `same-output:${stack.text}:${n}:${from}`,
    prompt: `\`${stack.modules[0]}\` maps a ${n} × ${n} input to ${target} × ${target}. Which of these input sizes give the same ${target} × ${target}? Pick every one.`,
    format: 'Pick every option that applies.',
    answer: {
      kind: 'choice',
      options: sizes.map((size) => `${size.input} × ${size.input}`),
      correct,
      multiple: true,
    },
    hint: 'o = ⌊(i + 2p − k)/s⌋ + 1: the floor maps s neighbouring input sizes to one output size.',
    solution: [
      ...sizes.map(
        (size) =>
          `i = ${size.input}: ⌊(${size.input} + 2·${p} − ${k})/${s}⌋ + 1 = ${size.output}${size.output === target ? ' ✓' : ''}`,
      ),
      `A transposed layer cannot tell these apart: its output_padding (or output_size) picks one.`,
    ],
    see: { view: 'stack', input: [n, n], layers: stack.text, solve: 0, reach: target },
    seeLabel: 'the input sizes this layer maps to each output, in the layer stack planner',
  };
}
