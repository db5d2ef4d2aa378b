import { stackInputSizes, undoOutputPadding } from '../stackSolver';
import { stackShapes } from '../stack';
import { PICK_EVERY, sizeAnswer, times } from './common';
import type { Draw } from './draw';
import { msg } from './message';
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
    prompt: msg('undo.prompt', {
      module: forward.modules[0],
      from: `(1, 8, ${h}, ${w})`,
      to: `(1, 8, ${out.join(', ')})`,
      transposed,
      size: times([h, w]),
    }),
    format: msg('undo.format'),
    answer: sizeAnswer(a),
    hint: msg('undo.hint'),
    solution: [
      msg('undo.without', { formula: `(o − 1)·${s} − 2·${p} + ${k} = ${times(base)}` }),
      msg('undo.missing', { size: times([h, w]), missing: a.join(', ') }),
      msg('undo.answer', { code: `output_padding=${a[0] === a[1] ? a[0] : `(${a.join(', ')})`}` }),
    ],
    see: {
      view: 'stack',
      input: [h, w],
      layers: `${forward.text},${layerToken('t', k, s, p, 1, [a[0], a[1]])}`,
      solve: 2,
    },
    seeLabel: msg('undo.see'),
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
    prompt: msg('sameOut.prompt', {
      module: stack.modules[0],
      input: `${n} × ${n}`,
      output: `${target} × ${target}`,
    }),
    format: PICK_EVERY,
    answer: {
      kind: 'choice',
      options: sizes.map((size) => msg('size', { size: `${size.input} × ${size.input}` })),
      correct,
      multiple: true,
    },
    hint: msg('sameOut.hint'),
    solution: [
      ...sizes.map((size) =>
        msg('formula', {
          formula: `i = ${size.input}: ⌊(${size.input} + 2·${p} − ${k})/${s}⌋ + 1 = ${size.output}${size.output === target ? ' ✓' : ''}`,
        }),
      ),
      msg('sameOut.apart'),
    ],
    see: { view: 'stack', input: [n, n], layers: stack.text, solve: 0, reach: target },
    seeLabel: msg('sameOut.see'),
  };
}
