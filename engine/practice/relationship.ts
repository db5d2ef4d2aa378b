import {
  convRelationship,
  poolRelationship,
  transposedRelationship,
  type Relationship,
} from '../relationship';
import type { AxisGeometry, PoolAxisGeometry, TransposedAxisGeometry } from '../spec';
import { PICK_ONE } from './common';
import type { Draw } from './draw';
import { msg, type Msg } from './message';
import type { Level } from './topics';
import type { Question, SeeState } from './types';

const direct = (k: number, s: number, d: number, p: number, input = 9): AxisGeometry => ({
  input,
  kernel: k,
  stride: s,
  dilation: d,
  padBefore: p,
  padAfter: p,
});
const transposed = (k: number, s: number, p: number, a: number, input = 4) => ({
  ...direct(k, s, 1, p, input),
  outputPadding: a,
});

/** One setting of each numbered relationship, to read its title from the engine. */
const EXAMPLES: Record<number, () => { number: number | null; title: string }> = {
  1: () => convRelationship(direct(3, 1, 1, 0)),
  2: () => convRelationship(direct(5, 1, 1, 1)),
  3: () => convRelationship(direct(3, 1, 1, 1)),
  4: () => convRelationship(direct(3, 1, 1, 2)),
  5: () => convRelationship(direct(3, 2, 1, 0)),
  6: () => convRelationship(direct(3, 2, 1, 1)),
  7: () => poolRelationship({ ...direct(2, 2, 1, 0), ceilMode: false }),
  8: () => transposedRelationship(transposed(3, 1, 0, 0)),
  9: () => transposedRelationship(transposed(5, 1, 1, 0)),
  10: () => transposedRelationship(transposed(3, 1, 1, 0)),
  11: () => transposedRelationship(transposed(3, 1, 2, 0)),
  12: () => transposedRelationship(transposed(3, 2, 0, 0, 5)),
  13: () => transposedRelationship(transposed(3, 2, 1, 0, 5)),
  14: () => transposedRelationship(transposed(3, 2, 1, 1, 5)),
  15: () => convRelationship(direct(3, 1, 2, 0)),
};

/**
 * The option of a relationship number, with the engine's title of its section (`title`, which
 * the page gives in its language), or of none.
 *
 * @example relationshipLabel(3).values?.title // 'Half (same) padding'
 */
export function relationshipLabel(number: number | null): Msg {
  if (number === null) return msg('rel.none');
  return msg('rel.label', { number, title: EXAMPLES[number]().title });
}

const HINT = msg('rel.hint');

/**
 * Which of the paper's relationships gives an output size: level 1 unit-stride convolutions
 * (1–4), level 2 strides, dilation and pooling (5, 6, 7, 15), level 3 transposed convolutions
 * (8–14, and output paddings beyond the paper).
 */
export function relationshipQuestion(draw: Draw, level: Level): Question | null {
  const i = draw.int(5, 16);
  let rel: Relationship;
  let module: string;
  let see: SeeState;
  let pool: readonly (number | null)[];
  if (level === 1 || (level === 2 && draw.chance(0.75))) {
    const k = draw.pick([2, 3, 4, 5]);
    const s = level === 1 ? 1 : draw.pick([1, 2, 3]);
    const d = level === 1 ? 1 : draw.pick([1, 1, 2]);
    const p = draw.int(0, k);
    if (level === 2 && s === 1 && d === 1) return null;
    const axis = direct(k, s, d, p, i);
    rel = convRelationship(axis);
    const args = [
      `kernel_size=${k}`,
      `stride=${s}`,
      `padding=${p}`,
      ...(d > 1 ? [`dilation=${d}`] : []),
    ];
    module = `nn.Conv2d(3, 8, ${args.join(', ')})`;
    see = { view: 'conv', axes: [axis, axis] };
    pool = level === 1 ? [1, 2, 3, 4] : [2, 5, 6, 7, 15];
  } else if (level === 2) {
    const k = draw.pick([2, 3]);
    const s = draw.pick([1, 2]);
    const axis: PoolAxisGeometry = { ...direct(k, s, 1, 0, i), ceilMode: false };
    rel = poolRelationship(axis);
    module = `nn.MaxPool2d(kernel_size=${k}, stride=${s})`;
    see = { view: 'pool', axes: [axis, axis], mode: 'max' };
    pool = [5, 6, 7, 15];
  } else {
    const k = draw.pick([2, 3, 4, 5]);
    const s = draw.pick([1, 2, 3]);
    const p = draw.int(0, k - 1);
    const a = s > 1 ? draw.int(0, s - 1) : 0;
    const axis: TransposedAxisGeometry = transposed(k, s, p, a, draw.int(2, 8));
    rel = transposedRelationship(axis);
    if (rel.output < 1) return null;
    const args = [
      `kernel_size=${k}`,
      `stride=${s}`,
      `padding=${p}`,
      ...(a ? [`output_padding=${a}`] : []),
    ];
    module = `nn.ConvTranspose2d(8, 3, ${args.join(', ')})`;
    see = { view: 'transposed', axes: [axis, axis] };
    pool = [8, 9, 10, 11, 12, 13, 14];
  }
  const { number } = rel;
  const others = draw.shuffle(pool.filter((n) => n !== number)).slice(0, 3);
  const numbers = draw.shuffle([number, ...others]);
  const options = numbers.map(relationshipLabel);
  const shape = see.view === 'transposed' ? see.axes[0].input : i;
  return {
    topic: 'relationship',
    level,
    key: `rel:${module}:${shape}:${numbers.join(',')}`,
    prompt: msg('rel.prompt', { module, size: `${shape} × ${shape}` }),
    format: PICK_ONE,
    answer: { kind: 'choice', options, correct: [numbers.indexOf(number)], multiple: false },
    hint: HINT,
    solution: [
      msg('rel.answer', { label: relationshipLabel(number) }),
      ...(rel.note ? [msg('rel.note', { note: rel.note })] : []),
      msg('rel.output', { output: rel.output }),
    ],
    see,
    seeLabel: msg('rel.see'),
  };
}
