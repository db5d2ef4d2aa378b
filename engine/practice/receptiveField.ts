import { receptiveField, receptiveFieldSummary } from '../receptiveField';
import { stackShapes } from '../stack';
import { sizeAnswer } from './common';
import type { Draw } from './draw';
import { layerToken, textStack, type TextStack } from './layers';
import type { Level } from './topics';
import type { Question } from './types';

const HINT =
  'r grows by (k̂ − 1) × the product of the strides before each layer: r = 1 + Σ (k̂ₗ − 1)·Π s (Distill’s receptive field), with k̂ = d(k − 1) + 1.';

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
    return `layer ${n + 1}: k̂ = ${k}, stride ${token.stride[0]}`;
  });
  return {
    topic: 'receptive-field',
    level,
    key: `rf:${stack.text}`,
    prompt: `\`${sequential(stack)}\`: how many input cells wide is the receptive field of one output cell?`,
    format: 'A number (or height × width, e.g. 7 × 7).',
    answer: sizeAnswer([summary.size, summary.size]),
    hint: HINT,
    solution: [
      ...steps,
      `r = ${summary.size}: each output cell sees ${summary.size} × ${summary.size} input cells (the effective stride is ${summary.jump}).`,
    ],
    see: { view: 'stack', input: [32, 32], layers: stack.text },
    seeLabel: 'this stack in the layer stack view (hover an output cell)',
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
    prompt: `\`${sequential(stack)}\` takes an ${n} × ${n} input to ${out.join(' × ')}. Which input cells does output cell (${cell.join(', ')}) read, through every path? Pick them on the grid (row, column from 0; padding is not on the grid).`,
    format: 'Pick every input cell it reads.',
    answer: { kind: 'cells', shape: [n, n], value, marked: `output cell (${cell.join(', ')})` },
    hint: 'Work backwards one layer at a time: an output cell o of a layer reads cells o·s − p + t·d for each tap t; drop the ones in the padding.',
    solution: [
      `Rows ${rows.indices.join(', ')} and columns ${cols.indices.join(', ')}: ${value.length} cells.`,
      ...(rows.indices.length < rows.indices[rows.indices.length - 1] - rows.indices[0] + 1
        ? ['The gaps are dilation’s holes or cells a stride skips.']
        : []),
    ],
    see: { view: 'stack', input: [n, n], layers: stack.text },
    seeLabel: 'this stack in the layer stack view (hover the output cell)',
  };
}
