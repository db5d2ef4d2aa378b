import { analyzeBroadcast, numpyUfuncMessage, torchBroadcastMessage } from '../broadcast';
import { formatTuple } from '../tensor';
import { PICK_ONE, sizeAnswer } from './common';
import type { Draw } from './draw';
import { msg, type Msg } from './message';
import type { Level } from './topics';
import type { Question } from './types';

const HINT = msg('bc.hint');

/** An operand of a target shape: each axis the target's size or 1, leading axes maybe dropped. */
function operandOf(draw: Draw, target: readonly number[]): number[] {
  const drop = draw.int(0, target.length - 1);
  return target.slice(drop).map((size) => (draw.chance(0.4) ? 1 : size));
}

/** A size of an axis that clashes with `size` (neither equal nor 1). */
const clash = (draw: Draw, size: number) => (size === 1 ? draw.int(2, 6) : size + draw.int(1, 3));

const RESULT = 'a result of shape ';
// The options are compared as text (a question's key names them); the page gets messages.
const resultText = (shape: readonly number[]) => `${RESULT}${formatTuple(shape)}`;

/** An option: a result shape, or the library's exact error (English in every language). */
const optionOf = (text: string): Msg =>
  text.startsWith(RESULT)
    ? msg('bc.result', { shape: text.slice(RESULT.length) })
    : msg('bc.raises', { error: text });

/**
 * Broadcasting: level 1 the result shape of two shapes that broadcast; level 2 what NumPy
 * gives for `a + b` (a shape or its exact error); level 3 PyTorch's exact error for three
 * operands, whose "tensor a" is the shape broadcast so far.
 */
export function broadcastQuestion(draw: Draw, level: Level): Question | null {
  const rank = draw.int(2, level === 1 ? 3 : 4);
  const target = Array.from({ length: rank }, () => draw.int(2, 6));
  if (level === 1) {
    const [a, b] = [operandOf(draw, target), operandOf(draw, target)];
    const { shape } = analyzeBroadcast([a, b]);
    if (!shape || (a.join() === shape.join() && b.join() === shape.join())) return null;
    return {
      topic: 'broadcast',
      level,
      key: `bc:${a}:${b}`,
      prompt: msg('bc.prompt', { a: formatTuple(a), b: formatTuple(b) }),
      format: msg('bc.format'),
      answer: sizeAnswer(shape, false),
      hint: HINT,
      solution: [
        msg('bc.aligned', { a: formatTuple(a), b: formatTuple(b) }),
        msg('bc.each', { shape: formatTuple(shape) }),
      ],
      see: { view: 'broadcast', shapes: [a, b], op: 'add' },
      seeLabel: msg('bc.see'),
    };
  }
  if (level === 2) {
    const a = operandOf(draw, target);
    const b = operandOf(draw, target);
    const fails = draw.chance(0.5);
    if (fails) {
      const axis = draw.int(0, b.length - 1);
      const aAxis = a.length - b.length + axis;
      if (aAxis < 0) return null;
      b[axis] = clash(draw, a[aAxis]);
    }
    const { shape } = analyzeBroadcast([a, b]);
    if ((shape === null) !== fails) return null;
    const error = `ValueError: ${numpyUfuncMessage([a, b])}`;
    // Wrong readings: aligned from the left, or each axis the larger size with no rule at all.
    const leftAligned = [...b, ...a.slice(b.length)].map((v, n) => Math.max(v, a[n] ?? 1));
    const larger = a.map((v, n) => Math.max(v, b[n - (a.length - b.length)] ?? 1));
    const candidates = [
      shape ? resultText(shape) : null,
      error,
      resultText(leftAligned),
      resultText(larger),
      `ValueError: ${numpyUfuncMessage([b, a])}`,
    ].filter((c): c is string => c !== null);
    const options = draw.shuffle([...new Set(candidates)]).slice(0, 4);
    const right = shape ? resultText(shape) : error;
    if (!options.includes(right)) options[0] = right;
    if (new Set(options).size < 3) return null;
    return {
      topic: 'broadcast',
      level,
      key: `bc-np:${a}:${b}:${options.join('|')}`,
      prompt: msg('bc.numpy', { a: formatTuple(a), b: formatTuple(b) }),
      format: PICK_ONE,
      answer: {
        kind: 'choice',
        options: options.map(optionOf),
        correct: [options.indexOf(right)],
        multiple: false,
      },
      hint: HINT,
      solution: [
        msg('bc.aligned', { a: formatTuple(a), b: formatTuple(b) }),
        shape ? msg('bc.fits', { shape: formatTuple(shape) }) : msg('bc.numpyRaises', { error }),
      ],
      see: { view: 'broadcast', shapes: [a, b], op: 'add' },
      seeLabel: msg('bc.seeErrors'),
    };
  }
  const shapes = [operandOf(draw, target), operandOf(draw, target), operandOf(draw, target)];
  const victim = draw.int(1, 2);
  const axis = draw.int(0, shapes[victim].length - 1);
  const offset = target.length - shapes[victim].length;
  shapes[victim][axis] = clash(draw, target[offset + axis]);
  const message = torchBroadcastMessage(shapes);
  if (!message) return null;
  const orders = [
    [0, 1, 2],
    [1, 0, 2],
    [0, 2, 1],
    [2, 1, 0],
    [1, 2, 0],
  ];
  const candidates = orders
    .map((order) => torchBroadcastMessage(order.map((n) => shapes[n])))
    .filter((m): m is string => m !== null)
    .map((m) => `RuntimeError: ${m}`);
  const right = `RuntimeError: ${message}`;
  const options = draw.shuffle([...new Set(candidates)]).slice(0, 4);
  if (!options.includes(right)) options[0] = right;
  if (options.length < 2) return null;
  return {
    topic: 'broadcast',
    level,
    key: `bc-torch:${shapes.join(':')}:${options.join('|')}`,
    prompt: msg('bc.torch', {
      a: formatTuple(shapes[0]),
      b: formatTuple(shapes[1]),
      c: formatTuple(shapes[2]),
    }),
    format: PICK_ONE,
    answer: {
      kind: 'choice',
      options: options.map((error) => msg('bc.error', { error })),
      correct: [options.indexOf(right)],
      multiple: false,
    },
    hint: msg('bc.torchHint'),
    solution: [msg('bc.torchRaises', { error: right }), msg('bc.torchWhy')],
    see: { view: 'broadcast', shapes, op: 'add' },
    seeLabel: msg('bc.seeBoth'),
  };
}
