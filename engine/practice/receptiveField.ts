import { receptiveField, receptiveFieldSummary } from '../receptiveField';
import { stackShapes } from '../stack';
import { sizeAnswer } from './common';
import type { Draw } from './draw';
import { msg } from './message';
import { layerToken, textStack, type TextStack } from './layers';
import type { Level } from './topics';
import type { Question } from './types';

const HINT = msg('rf.hint');

const sequential = (stack: TextStack) => `nn.Sequential(${stack.modules.join(', ')})`;

/**
 * Receptive fields of a short stack: level 1 unit-stride convolutions, level 2 with strides,
 * dilation and pooling (its size r), level 3 the input cells one output cell reads, picked on
 * the grid (clipped at the borders, with dilation's holes).
 */
export function receptiveFieldQuestion(draw: Draw, level: Level): Question | null {
  if (level === 3) return cellsQuestion(draw);
  const count = draw.int(2, 3);
  const tokens: string[] = [];
  for (let n = 0; n < count; n++) {
    if (level === 1) tokens.push(layerToken('c', draw.pick([3, 5])));
    else if (draw.chance(0.25)) tokens.push(layerToken('m', 2, 2));
    else
      tokens.push(layerToken('c', draw.pick([3, 5]), draw.pick([1, 2]), 0, draw.pick([1, 1, 2])));
  }
  if (level === 2 && tokens.every((t) => /^c\d$/.test(t))) return null;
  const stack = textStack(tokens.join(','));
  const [summary] = receptiveFieldSummary(stack.layers);
  const steps = stack.tokens.map((token, n) => {
    const k = token.dilation[0] * (token.kernel[0] - 1) + 1;
    return msg('rf.layer', { n: n + 1, k: `k̂ = ${k}`, stride: token.stride[0] });
  });
  return {
    topic: 'receptive-field',
    level,
    key: `rf:${stack.text}`,
    prompt: msg('rf.prompt', { module: sequential(stack) }),
    format: msg('rf.format'),
    answer: sizeAnswer([summary.size, summary.size]),
    hint: HINT,
    solution: [
      ...steps,
      msg('rf.answer', {
        r: `r = ${summary.size}`,
        size: `${summary.size} × ${summary.size}`,
        jump: summary.jump,
      }),
    ],
    see: { view: 'stack', input: [32, 32], layers: stack.text },
    seeLabel: msg('rf.see'),
  };
}

/** The input cells one output cell of a two-layer stack reads, picked on the input grid. */
function cellsQuestion(draw: Draw): Question | null {
  const n = draw.int(6, 9);
  const first = layerToken('c', 3, draw.pick([1, 2]), draw.int(0, 1), draw.pick([1, 2]));
  const second = draw.chance(0.3)
    ? layerToken('m', 2, 2)
    : layerToken('c', draw.pick([2, 3]), draw.pick([1, 2]), draw.int(0, 1));
  const stack = textStack(`${first},${second}`);
  let shapes: number[][];
  try {
    shapes = stackShapes([n, n], stack.layers);
  } catch {
    return null;
  }
  const out = shapes[shapes.length - 1];
  if (out.some((size) => size < 2)) return null;
  const cell = [draw.int(0, out[0] - 1), draw.int(0, out[1] - 1)];
  const [rows, cols] = receptiveField([n, n], stack.layers, cell);
  if (rows.indices.length === 0 || cols.indices.length === 0) return null;
  const value = rows.indices.flatMap((r) => cols.indices.map((c) => r * n + c));
  return {
    topic: 'receptive-field',
    level: 3,
    key: `cells:${stack.text}:${n}:${cell.join(',')}`,
    prompt: msg('cells.prompt', {
      module: sequential(stack),
      input: `${n} × ${n}`,
      output: out.join(' × '),
      cell: `(${cell.join(', ')})`,
    }),
    format: msg('cells.format'),
    answer: { kind: 'cells', shape: [n, n], value },
    hint: msg('cells.hint'),
    solution: [
      msg('cells.answer', {
        rows: rows.indices.join(', '),
        cols: cols.indices.join(', '),
        count: value.length,
      }),
      ...(rows.indices.length < rows.indices[rows.indices.length - 1] - rows.indices[0] + 1
        ? [msg('cells.gaps')]
        : []),
    ],
    see: { view: 'stack', input: [n, n], layers: stack.text },
    seeLabel: msg('cells.see'),
  };
}
