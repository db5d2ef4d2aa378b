import { analyzeBroadcast, numpyUfuncMessage, torchBroadcastMessage } from '../broadcast';
import { formatTuple } from '../tensor';
import { sizeAnswer } from './common';
import type { Draw } from './draw';
import type { Level } from './topics';
import type { Question } from './types';

const HINT =
  'Line the shapes up from the right; a missing leading axis counts as 1; on each axis the sizes must be equal or one of them 1, and the result takes the larger.';

/** An operand of a target shape: each axis the target's size or 1, leading axes maybe dropped. */
function operandOf(draw: Draw, target: readonly number[]): number[] {
  const drop = draw.int(0, target.length - 1);
  return target.slice(drop).map((size) => (draw.chance(0.4) ? 1 : size));
}

/** A size of an axis that clashes with `size` (neither equal nor 1). */
const clash = (draw: Draw, size: number) => (size === 1 ? draw.int(2, 6) : size + draw.int(1, 3));

const shapeText = (shape: readonly number[]) => `\`${formatTuple(shape)}\``;
const resultText = (shape: readonly number[]) => `a result of shape ${formatTuple(shape)}`;

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
      prompt: `\`a.shape == ${formatTuple(a)}\` and \`b.shape == ${formatTuple(b)}\`: what is the shape of \`a + b\`?`,
      format: 'A shape, e.g. (4, 2, 3) or 4 × 2 × 3.',
      answer: sizeAnswer(shape, false),
      hint: HINT,
      solution: [
        `Right-aligned: ${shapeText(a)} and ${shapeText(b)}.`,
        `Each axis takes the size that is not 1: ${shapeText(shape)}.`,
      ],
      see: { view: 'broadcast', shapes: [a, b], op: 'add' },
      seeLabel: 'these shapes in the broadcasting view',
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
      prompt: `NumPy: \`a = np.zeros(${formatTuple(a)})\`, \`b = np.zeros(${formatTuple(b)})\`. What does \`a + b\` give?`,
      format: 'Pick one.',
      answer: { kind: 'choice', options, correct: [options.indexOf(right)], multiple: false },
      hint: HINT,
      solution: [
        `Right-aligned: ${shapeText(a)} and ${shapeText(b)}.`,
        shape
          ? `Every axis is equal or 1: ${resultText(shape)}.`
          : `An axis has two sizes, neither 1: NumPy raises \`${error}\` (the shapes without spaces, and a trailing space).`,
      ],
      see: { view: 'broadcast', shapes: [a, b], op: 'add' },
      seeLabel: 'these shapes and their errors in the broadcasting view',
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
    prompt: `PyTorch: \`a\`, \`b\` and \`c\` have shapes ${shapes.map(shapeText).join(', ')}. Which exact error does \`torch.broadcast_tensors(a, b, c)\` raise?`,
    format: 'Pick one.',
    answer: { kind: 'choice', options, correct: [options.indexOf(right)], multiple: false },
    hint: 'PyTorch folds left to right: it broadcasts a with b first, then that result (its "tensor a") with c; the dimension counts from the left of the longer shape.',
    solution: [
      `PyTorch raises \`${right}\`.`,
      'Its "tensor a" is the shape broadcast so far, "tensor b" the next operand, and the dimension is counted from the left.',
    ],
    see: { view: 'broadcast', shapes, op: 'add' },
    seeLabel: 'these three shapes and both libraries’ errors in the broadcasting view',
  };
}
