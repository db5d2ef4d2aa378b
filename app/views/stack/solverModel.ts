import {
  LAYER_MODULES,
  STACK_LIMITS,
  solveLayer,
  stackInputSizes,
  undoOutputPadding,
  type LayerSolution,
  type LayerToken,
  type Pair,
  type StackInputSize,
} from '../../../engine';
import { formatShape } from '../../components/format';
import type { StackModel } from './stackModel';

/** A setting that takes the layer's input to the wanted size on both axes. */
export interface LayerChoice {
  solution: LayerSolution;
  /** "k3 s2 p1", with d and o where they are not the default. */
  text: string;
  /** The layer with the setting applied to both axes. */
  token: LayerToken;
}

/** An earlier layer a transposed one can undo, with the output padding that does it. */
export interface UndoChoice {
  /** 0-based index of the layer undone. */
  layer: number;
  title: string;
  /** The size it took in (what the transposed layer should give back). */
  target: Pair;
  /** The layer with that output padding, or null with PyTorch's reason. */
  token: LayerToken | null;
  outputPadding: Pair | null;
  reason: string | null;
}

export interface SolverModel {
  /** 0: the whole stack; n: layer n (1-based), when it exists and PyTorch reaches it. */
  target: number;
  /** The wanted size, or null. */
  reach: number | null;
  /** Whole stack: input sizes 1–512 (height axis) run through the stack. */
  inputs: StackInputSize[] | null;
  /** Layer: its input size. */
  layerInput: Pair | null;
  /** Layer and size: the settings that reach it, most usual first. */
  choices: LayerChoice[];
  /** How many settings reach it in all. */
  total: number;
  /** Transposed layer: the earlier layers it can undo. */
  undo: UndoChoice[];
}

const MAX_CHOICES = 8;

/** "k3 s2 p1", "k4 s2 p1 o1", "k3 s1 p2 d2". */
export function solutionText(c: LayerSolution): string {
  const parts = [`k${c.kernel}`, `s${c.stride}`, `p${c.padding}`];
  if (c.dilation !== 1) parts.push(`d${c.dilation}`);
  if (c.outputPadding !== 0) parts.push(`o${c.outputPadding}`);
  return parts.join(' ');
}

const key = (c: LayerSolution) => solutionText(c);

function applySolution(token: LayerToken, c: LayerSolution): LayerToken {
  const pair = (v: number): Pair => [v, v];
  return {
    ...token,
    kernel: pair(c.kernel),
    stride: pair(c.stride),
    padding: pair(c.padding),
    dilation: pair(c.dilation),
    outputPadding: pair(c.outputPadding),
  };
}

function layerChoices(token: LayerToken, input: Pair, reach: number) {
  const solve = (size: number) =>
    solveLayer({
      kind: token.op,
      input: size,
      output: reach,
      ceilMode: token.ceilMode,
      max: Number.MAX_SAFE_INTEGER,
    }).solutions;
  const height = solve(input[0]);
  const width = input[1] === input[0] ? height : solve(input[1]);
  const widthKeys = new Set(width.map(key));
  const both = height.filter((c) => widthKeys.has(key(c)));
  return {
    total: both.length,
    choices: both.slice(0, MAX_CHOICES).map((solution) => ({
      solution,
      text: solutionText(solution),
      token: applySolution(token, solution),
    })),
  };
}

function undoChoices(model: StackModel, index: number): UndoChoice[] {
  const token = model.tokens[index];
  const spec = model.layers[index];
  if (token.op !== 'convTranspose' || spec.op !== 'convTranspose') return [];
  const choices: UndoChoice[] = [];
  for (let m = 0; m < index; m++) {
    const forward = model.layers[m];
    const target = model.maps[m].shape;
    if (forward.op === 'convTranspose') continue;
    // A layer that shrinks the size, and whose output is what this layer takes in: its mirror.
    const output = model.maps[m + 1].shape;
    if (output.every((size, axis) => size >= target[axis])) continue;
    if (output.some((size, axis) => size !== model.maps[index].shape[axis])) continue;
    const axes = undoOutputPadding(target, forward, spec.spec);
    const failed = axes.find((axis) => axis.outputPadding === null);
    const title = `layer ${m + 1} (${LAYER_MODULES[model.tokens[m].op]}, ${formatShape(target)} in)`;
    if (failed && failed.outputPadding === null) {
      choices.push({
        layer: m,
        title,
        target,
        token: null,
        outputPadding: null,
        reason: failed.reason,
      });
      continue;
    }
    const outputPadding = axes.map((axis) => axis.outputPadding ?? 0) as Pair;
    choices.push({
      layer: m,
      title,
      target,
      token: { ...token, outputPadding },
      outputPadding,
      reason: null,
    });
  }
  return choices;
}

/**
 * The panel that plans sizes: for the whole stack, the input sizes that come out whole or
 * reach a wanted output size (`stackInputSizes`); for one layer, the settings that take its
 * input to a wanted size (`solveLayer`, on both axes) and, for a transposed layer, the output
 * padding that undoes an earlier layer's shape (`undoOutputPadding`).
 *
 * @param solve the URL key `solve`: 0 for the whole stack, n for layer n
 * @param reach the URL key `reach`: the wanted size, 0 for none
 */
export function buildSolverModel(model: StackModel, solve: number, reach: number): SolverModel {
  const wanted = reach > 0 ? reach : null;
  // A layer can be planned when its input size is known: up to the one PyTorch refuses.
  const last = Math.min(model.tokens.length, model.maps.length);
  const target = solve >= 1 && solve <= last ? solve : 0;
  if (target === 0) {
    const range = { min: STACK_LIMITS.input.min, max: STACK_LIMITS.input.max };
    const inputs = stackInputSizes(model.input, model.layers, 0, range);
    return { target, reach: wanted, inputs, layerInput: null, choices: [], total: 0, undo: [] };
  }
  const index = target - 1;
  const layerInput = model.maps[index].shape;
  const token = model.tokens[index];
  const solved =
    wanted === null ? { choices: [], total: 0 } : layerChoices(token, layerInput, wanted);
  const undo = undoChoices(model, index);
  return { target, reach: wanted, inputs: null, layerInput, ...solved, undo };
}
