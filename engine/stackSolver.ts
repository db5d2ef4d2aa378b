/**
 * Planning sizes: the layer settings that take one size to another, the output padding that
 * makes a transposed layer undo a convolution's shape, and the input sizes a whole stack takes
 * without leaving cells behind.
 */
import { ConfigError, axisLabel } from './errors';
import { STACK_LIMITS } from './limits';
import { convTransposeAxisOutput } from './shape';
import { dilatedKernel, resolveConvTransposeSpec, type ConvTransposeSpec } from './spec';
import { stackSteps, traceStack, type Layer, type LayerKind } from './stack';
import { axisLeftover, axisReach, layerAxisRules, axisOutput as ruleOutput } from './stackAxis';

/** One axis of one layer: PyTorch's arguments. */
export interface LayerSolution {
  kernel: number;
  stride: number;
  /** Symmetric padding p (PyTorch's `padding`). */
  padding: number;
  dilation: number;
  /** Transposed layers: the `output_padding` (paper: a) that lands on the size; else 0. */
  outputPadding: number;
}

type Range = { min: number; max: number };

/** What to solve for. */
export interface LayerSolveQuery {
  kind: LayerKind;
  /** Input size i on this axis. */
  input: number;
  /** Wanted output size o. */
  output: number;
  /** Pools: PyTorch's `ceil_mode` (default false). */
  ceilMode?: boolean;
  /** Ranges to search (default {@link STACK_LIMITS}). */
  limits?: {
    kernel: Range;
    stride: Range;
    dilation: Range;
    padding: Range;
    outputPadding: Range;
  };
  /** How many solutions to return at most (default 24). */
  max?: number;
}

/** The solutions found, most usual first, and how many there are in all. */
export interface LayerSolveResult {
  solutions: LayerSolution[];
  total: number;
}

/**
 * The output size of a layer on one axis with symmetric padding, or null if PyTorch refuses:
 * the arguments a search may produce that PyTorch refuses whatever the input are checked here
 * (as `resolveConvTransposeSpec` and `resolvePoolSpec` check them), the size itself is
 * {@link ruleOutput}'s, as `traceStack` computes it.
 */
function axisOutput(
  kind: LayerKind,
  i: number,
  c: LayerSolution,
  ceilMode: boolean,
): number | null {
  const { kernel: k, stride: s, padding: p, dilation: d } = c;
  // PyTorch 1.13: output padding < max(s, d) (Relationship 14's a).
  if (kind === 'convTranspose' && c.outputPadding >= Math.max(s, d)) return null;
  const pool = kind === 'maxPool' || kind === 'avgPool';
  // PyTorch 1.13: pool padding ≤ ⌊k/2⌋ with the undilated k; no dilation for average pooling.
  if (pool && (p > k >> 1 || (kind === 'avgPool' && d !== 1))) return null;
  const o = ruleOutput(
    {
      kind: pool ? 'pool' : kind,
      kernel: k,
      stride: s,
      dilation: d,
      padBefore: p,
      padAfter: p,
      outputPadding: kind === 'convTranspose' ? c.outputPadding : 0,
      ceilMode: pool && ceilMode,
    },
    i,
  );
  return o >= 1 ? o : null;
}

/**
 * The sort key of a solution: most usual first (see {@link solveLayer}).
 */
function usualness(kind: LayerKind, input: number, c: LayerSolution): number[] {
  const kHat = dilatedKernel(c.kernel, c.dilation);
  const half = (kHat - 1) >> 1;
  const pool = kind === 'maxPool' || kind === 'avgPool';
  const shape =
    kind === 'conv'
      ? c.kernel % 2 === 0
      : kind === 'convTranspose'
        ? c.kernel % c.stride !== 0
        : c.stride !== c.kernel;
  // Cells a pooling window leaves behind: (i + 2p − k̂) mod s (paper, section 2.4).
  const leftover = pool && (input + 2 * c.padding - kHat) % c.stride !== 0;
  return [
    c.dilation,
    c.stride > kHat ? 1 : 0,
    Math.min(c.padding, Math.abs(c.padding - half)),
    c.outputPadding,
    shape ? 1 : 0,
    leftover ? 1 : 0,
    c.kernel,
    c.stride,
    c.padding,
  ];
}

function compareKeys(a: number[], b: number[]): number {
  for (let n = 0; n < a.length; n++) if (a[n] !== b[n]) return a[n] - b[n];
  return 0;
}

/**
 * Every (k, s, p, d) within the limits that takes input size i to output size o on one axis,
 * as PyTorch computes it: Relationship 15 for a convolution (o = ⌊(i + 2p − d(k − 1) − 1)/s⌋ + 1),
 * 7 with PyTorch's padding, dilation and ceil mode for pools (p ≤ ⌊k/2⌋, no dilation for
 * average pooling), 14 with k → k̂ for a transposed convolution, whose output padding
 * a = o − ((i − 1)s − 2p + d(k − 1) + 1) must satisfy 0 ≤ a < max(s, d).
 *
 * Most usual first, comparing in turn: dilation (1 first); whether the stride skips cells
 * (s > k̂ last); how far p is from no padding or from half padding ⌊(k̂ − 1)/2⌋ (the paper's
 * Relationships 1 and 3; for a transposed layer, the padding that mirrors such a convolution);
 * the output padding (0 first); the shape (convolutions: odd kernels first, which have a
 * centre; transposed: k a multiple of s first, whose overlaps are even, no checkerboard; pools:
 * stride = kernel first, PyTorch's default); for pools, windows that leave no cell behind
 * first; then smaller k, s, p.
 *
 * @example solveLayer({ kind: 'conv', input: 32, output: 16 }).solutions[0] // { kernel: 3, stride: 2, padding: 1, dilation: 1, outputPadding: 0 }
 */
export function solveLayer(query: LayerSolveQuery): LayerSolveResult {
  const limits = query.limits ?? STACK_LIMITS;
  const { kind, input, output } = query;
  const ceilMode = query.ceilMode ?? false;
  const found: LayerSolution[] = [];
  if (!(input >= 1 && output >= 1)) return { solutions: [], total: 0 };
  const maxD = kind === 'avgPool' ? 1 : limits.dilation.max;
  for (let k = limits.kernel.min; k <= limits.kernel.max; k++) {
    for (let s = limits.stride.min; s <= limits.stride.max; s++) {
      for (let d = limits.dilation.min; d <= maxD; d++) {
        // Outputs grow with p (a transposed layer's needed a grows with p): stop once past.
        for (let p = limits.padding.min; p <= limits.padding.max; p++) {
          const candidate = { kernel: k, stride: s, padding: p, dilation: d, outputPadding: 0 };
          if (kind === 'convTranspose') {
            const a =
              output -
              convTransposeAxisOutput({
                input: input,
                kernel: k,
                stride: s,
                dilation: d,
                padBefore: p,
                padAfter: p,
                outputPadding: 0,
              });
            if (a > limits.outputPadding.max) break;
            if (a < limits.outputPadding.min) continue;
            candidate.outputPadding = a;
          }
          const o = axisOutput(kind, input, candidate, ceilMode);
          if (o === output) found.push(candidate);
          else if (kind !== 'convTranspose' && o !== null && o > output) break;
        }
      }
    }
  }
  const keyed = found.map((c) => ({ c, key: usualness(kind, input, c) }));
  keyed.sort((x, y) => compareKeys(x.key, y.key));
  return { solutions: keyed.slice(0, query.max ?? 24).map((x) => x.c), total: found.length };
}

/** Per axis, the output padding that makes a transposed layer undo a layer's shape, or why not. */
export type UndoAxis =
  | { target: number; outputPadding: number }
  | { target: number; outputPadding: null; needed: number; reason: string };

/**
 * The `output_padding` (the paper's a) that makes a transposed convolution give back exactly the
 * input size of a convolution or pooling layer, per axis: a = i − ((o − 1)s − 2p + d(k − 1) + 1)
 * with o the forward layer's output (Relationship 14 with k → k̂). With the forward layer's own
 * k, s, p, d this is the paper's a = (i + 2p − k̂) mod s, always possible; with other settings
 * PyTorch may refuse it: a must lie in [0, max(s, d)).
 *
 * @param inputSpatial the forward layer's input size
 * @param forward the convolution or pooling to undo
 * @param transposed the transposed layer's settings (default: the forward layer's kernel,
 *   stride, padding before the first cell and dilation)
 * @throws {ConfigError} when PyTorch refuses the forward layer or the transposed settings
 * @example undoOutputPadding([6], { op: 'conv', spec: { kernel: [3], stride: [2], padding: [1] } }) // [{ target: 6, outputPadding: 1 }] (figure 4.7)
 */
export function undoOutputPadding(
  inputSpatial: readonly number[],
  forward: Layer,
  transposed?: ConvTransposeSpec,
): UndoAxis[] {
  if (forward.op === 'convTranspose') {
    throw new ConfigError(
      'undo-transposed',
      'the layer to undo must be a convolution or a pooling, not a transposed convolution',
    );
  }
  const [step] = stackSteps(inputSpatial, [forward]);
  const g = step.links;
  const spec = resolveConvTransposeSpec(
    transposed ?? { kernel: g.kernel, stride: g.stride, padding: g.offset, dilation: g.dilation },
  );
  const rank = inputSpatial.length;
  return inputSpatial.map((target, axis): UndoAxis => {
    const s = spec.stride[axis];
    const d = spec.dilation[axis];
    const base = convTransposeAxisOutput({
      input: step.output[axis],
      kernel: spec.kernel[axis],
      stride: s,
      dilation: d,
      padBefore: spec.padding[axis],
      padAfter: spec.padding[axis],
      outputPadding: 0,
    });
    const needed = target - base;
    if (needed >= 0 && needed < Math.max(s, d)) return { target, outputPadding: needed };
    const reason =
      needed < 0
        ? `on ${axisLabel(axis, rank)} the transposed layer already gives ${base} > ${target} without output padding, and output padding only adds; pad ${Math.ceil(-needed / 2)} more`
        : `on ${axisLabel(axis, rank)} it needs output padding ${needed}, but PyTorch allows output_padding < max(stride ${s}, dilation ${d}) = ${Math.max(s, d)}`;
    return { target, outputPadding: null, needed, reason };
  });
}

/** One input size of a stack on one axis. */
export interface StackInputSize {
  input: number;
  /** The stack's output size on this axis, or null when PyTorch refuses the stack. */
  output: number | null;
  /** 0-based index of the refused layer, or null. */
  refusedAt: number | null;
  /** Layers that leave cells behind on this axis (the floor of Relationship 6, or ceil mode's overhang). */
  unevenAt: number[];
  /** Accepted, and no layer leaves a cell behind: every window and stride fits exactly. */
  whole: boolean;
}

/**
 * Every input size in a range along one axis (the other axes as in `inputSpatial`), run through
 * the stack: the output size, whether PyTorch refuses it, and the layers that leave cells
 * behind (their leftover (i + p₁ + p₂ − k̂) mod s is not 0: paper, section 2.4). The sizes that
 * come out whole are those where a decoder of transposed layers can return to the input size;
 * filter on `output` for the sizes that reach a given size.
 *
 * Every row is what `traceStack` gives for that input, computed per axis: each layer works on
 * an axis alone, so the other axes only decide the first layer PyTorch refuses whatever the
 * size on this one, and each layer's arguments are resolved once for all the sizes.
 *
 * @param axis the axis to vary
 * @param range input sizes to try (at most 512 of them)
 * @example stackInputSizes([8, 8], [{ op: 'pool', spec: { mode: 'max', kernel: [2, 2] } }], 0, { min: 3, max: 4 }).map((e) => [e.input, e.output, e.whole]) // [[3, 1, false], [4, 2, true]]
 */
export function stackInputSizes(
  inputSpatial: readonly number[],
  layers: readonly Layer[],
  axis: number,
  range: Range,
): StackInputSize[] {
  if (!Number.isInteger(axis) || axis < 0 || axis >= inputSpatial.length) {
    throw new ConfigError(
      'axis-range',
      `axis ${axis} does not exist: the input has ${inputSpatial.length} spatial axes`,
    );
  }
  const min = Math.max(1, Math.ceil(range.min));
  const max = Math.min(Math.floor(range.max), min + STACK_LIMITS.input.max - 1);
  const sizes: StackInputSize[] = [];
  if (max < min) return sizes;
  // One whole trace: a refused input (another axis's size) or a layer refused as it is built.
  const input = inputSpatial.slice();
  input[axis] = min;
  const first = traceStack(input, layers);
  const rank = inputSpatial.length;
  const rules = layers.map((layer) => layerAxisRules(layer, rank));
  const along = (a: number) => rules.map((r) => r?.[a] ?? null);
  // The first layer the other axes' sizes are refused at (the layers' count: none).
  let others = layers.length;
  if (!first.error || first.error.layer !== undefined) {
    for (let a = 0; a < rank; a++) {
      if (a !== axis) others = Math.min(others, axisReach(along(a), inputSpatial[a]));
    }
  }
  const built = first.stage === 'build' ? first.error!.layer! : -1;
  const mine = along(axis);
  for (let n = min; n <= max; n++) {
    if (first.error && first.error.layer === undefined) {
      sizes.push({ input: n, output: null, refusedAt: 0, unevenAt: [], whole: false });
      continue;
    }
    // The layers PyTorch runs: up to the first refused on any axis, or built with an error.
    const refused = Math.min(axisReach(mine, n), others);
    const runs = built >= 0 ? Math.min(refused, built) : refused;
    const unevenAt: number[] = [];
    let size = n;
    for (let index = 0; index < runs; index++) {
      const rule = mine[index]!;
      const output = ruleOutput(rule, size);
      if (axisLeftover(rule, size, output) !== 0) unevenAt.push(index);
      size = output;
    }
    const refusedAt = built >= 0 ? built : refused < layers.length ? refused : null;
    sizes.push({
      input: n,
      output: refusedAt === null ? size : null,
      refusedAt,
      unevenAt,
      whole: refusedAt === null && unevenAt.length === 0,
    });
  }
  return sizes;
}
