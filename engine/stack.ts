/**
 * A whole network as a stack of layers: the sizes PyTorch 1.13 computes after each one, the
 * links between neighbouring feature maps, and the first layer PyTorch refuses.
 */
import { ConfigError, axisLabel, axisMsg, errMsg } from './errors';
import { convLinks, poolLinks, transposedLinks, type LinkGeometry } from './indexMap';
import { LAYER_MODULES, type LayerKind } from './layerKind';
import {
  dilatedKernel,
  resolveConvSpec,
  type ConvSpec,
  type ConvTransposeSpec,
  type PoolSpec,
} from './spec';

export { LAYER_MODULES, type LayerKind };

/** One layer of a stack: PyTorch's `ConvNd`, `ConvTransposeNd` or `MaxPoolNd` / `AvgPoolNd`. */
export type Layer =
  | { op: 'conv'; spec: ConvSpec }
  | { op: 'convTranspose'; spec: ConvTransposeSpec }
  | { op: 'pool'; spec: PoolSpec };

/**
 * The kind of a layer.
 *
 * @example layerKind({ op: 'pool', spec: { mode: 'avg', kernel: [2, 2] } }) // 'avgPool'
 */
export function layerKind(layer: Layer): LayerKind {
  if (layer.op === 'pool') return layer.spec.mode === 'avg' ? 'avgPool' : 'maxPool';
  return layer.op;
}

/** One layer as PyTorch runs it on its input. */
export interface StackStep {
  kind: LayerKind;
  /**
   * The links between the layer's input and output cells (see `LinkGeometry`). Convolution and
   * pooling: rows are output cells, columns input cells. Transposed: rows are input cells,
   * columns output cells.
   */
  links: LinkGeometry;
  /** True for a transposed convolution (its input is the row grid of `links`). */
  transposed: boolean;
  /** Spatial size before the layer. */
  input: number[];
  /** Spatial size after the layer. */
  output: number[];
  /**
   * Per axis, cells of the padded input left over after the last window (paper, section 2.4:
   * the floor of Relationship 6 drops them), negative when a ceil-mode pooling window hangs
   * past the padding; 0 when the layer comes out whole. Always 0 for a transposed layer.
   */
  leftover: number[];
}

/** A stack run as far as PyTorch gets. */
export interface StackTrace {
  /** The input size, then the size after each layer PyTorch accepts. */
  shapes: number[][];
  /** One step per accepted layer. */
  steps: StackStep[];
  /** Why PyTorch refuses the stack (its `layer` names the layer), or null. */
  error: ConfigError | null;
  /**
   * When PyTorch raises the error: `'build'` while `nn.Sequential`'s layers are constructed (all
   * before any runs: `padding='same'` with a stride), `'run'` in the forward pass; null without
   * an error.
   */
  stage: 'build' | 'run' | null;
}

/**
 * A layer's error as the stack reports it: same constraint and axis, the layer's 0-based index
 * in `layer`, and its 1-based position at the start of the message ("layer 1: …" for index 0).
 * Anything other than a {@link ConfigError} is rethrown as it is.
 *
 * @example atLayer(2, new ConfigError('x', 'too small')).message // 'layer 3: too small'
 */
export function atLayer(index: number, error: unknown): ConfigError {
  if (!(error instanceof ConfigError)) throw error;
  return new ConfigError(
    error.constraint,
    `layer ${index + 1}: ${error.message}`,
    error.axis,
    index,
    errMsg('atLayer', { layer: index + 1, reason: error.msg }),
  );
}

function inputError(inputSpatial: readonly number[]): ConfigError | null {
  if (!Array.isArray(inputSpatial) || inputSpatial.length === 0) {
    return new ConfigError('input-rank', 'the input needs at least one spatial size');
  }
  const bad = inputSpatial.findIndex((size) => !Number.isInteger(size) || size < 1);
  if (bad < 0) return null;
  return new ConfigError(
    'input-size',
    `input size on ${axisLabel(bad, inputSpatial.length)} must be a positive integer, got ${inputSpatial[bad]}`,
    bad,
    undefined,
    errMsg('inputSize', { axis: axisMsg(bad, inputSpatial.length), value: inputSpatial[bad] }),
  );
}

/** Leftover cells per axis of a direct layer: padded input − ((o − 1)s + k̂). */
function leftoverOf(links: LinkGeometry, padAfter: readonly number[]): number[] {
  return links.colShape.map((input, axis) => {
    const padded = input + links.offset[axis] + padAfter[axis];
    const covered =
      (links.rowShape[axis] - 1) * links.stride[axis] +
      dilatedKernel(links.kernel[axis], links.dilation[axis]);
    return padded - covered;
  });
}

/**
 * The error PyTorch raises when it constructs the layer (before anything runs), or null. Only
 * `Conv2d` checks its arguments there: `padding='same'` with a stride; every other check of
 * these layers happens in the forward pass.
 */
function buildError(layer: Layer): ConfigError | null {
  if (layer.op !== 'conv' || layer.spec.padding !== 'same') return null;
  try {
    resolveConvSpec(layer.spec);
    return null;
  } catch (error) {
    return error instanceof ConfigError && error.constraint === 'same-stride' ? error : null;
  }
}

/**
 * One layer on an input of the given size, checked as PyTorch checks it.
 *
 * @throws {ConfigError} as the single-layer shape functions do
 */
function stepOf(layer: Layer, input: number[]): StackStep {
  const kind = layerKind(layer);
  if (layer.op === 'convTranspose') {
    const links = transposedLinks(input, layer.spec);
    const leftover = input.map(() => 0);
    return { kind, links, transposed: true, input, output: links.colShape, leftover };
  }
  if (layer.op === 'conv' || layer.op === 'pool') {
    const links = layer.op === 'conv' ? convLinks(input, layer.spec) : poolLinks(input, layer.spec);
    // A pool pads both ends alike; a conv may pad after differently ('same', explicit pairs).
    const padAfter = layer.op === 'conv' ? resolveConvSpec(layer.spec).padAfter : links.offset;
    const leftover = leftoverOf(links, padAfter);
    return { kind, links, transposed: false, input, output: links.rowShape, leftover };
  }
  throw new ConfigError(
    'layer-op',
    `a layer is a 'conv', 'convTranspose' or 'pool', got '${String((layer as { op?: unknown })?.op)}'`,
  );
}

/**
 * Runs a stack as PyTorch 1.13 builds and runs an `nn.Sequential` of these layers. PyTorch
 * constructs every layer before it runs any, so a layer refused at construction (`'same'` with
 * a stride) is reported even when an earlier one would fail in the forward pass; otherwise the
 * first layer refused in the forward pass is. Never throws for a layer: the refusal is returned
 * in `error`, with the shapes and steps of the layers before it (up to the first that cannot
 * run), which is what a view draws.
 *
 * Per layer and axis: convolution o = ⌊(i + p₁ + p₂ − d(k − 1) − 1)/s⌋ + 1 (paper,
 * Relationship 15, which holds 1–6); transposed o′ = (i′ − 1)s − 2p + d(k − 1) + a + 1
 * (Relationship 14 with k → k̂); pooling Relationship 7 with PyTorch's padding, dilation and
 * ceil mode.
 *
 * @param inputSpatial spatial size of the input (no batch or channel axis)
 * @param layers the stack, first layer first
 * @example traceStack([5, 5], [{ op: 'conv', spec: { kernel: [3, 3] } }, { op: 'conv', spec: { kernel: [4, 4] } }]).error?.message // 'layer 2: padded input 3 (= 3 + 0 + 0) is smaller than the dilated kernel 4 …'
 */
export function traceStack(inputSpatial: readonly number[], layers: readonly Layer[]): StackTrace {
  const refused = inputError(inputSpatial);
  if (refused) return { shapes: [], steps: [], error: refused, stage: 'run' };
  const built = layers.findIndex((layer) => buildError(layer) !== null);
  const runnable = built < 0 ? layers.length : built;
  let current = inputSpatial.slice();
  const shapes = [current];
  const steps: StackStep[] = [];
  for (let index = 0; index < runnable; index++) {
    let step: StackStep;
    try {
      step = stepOf(layers[index], current);
    } catch (error) {
      if (built >= 0) break;
      return { shapes, steps, error: atLayer(index, error), stage: 'run' };
    }
    steps.push(step);
    current = step.output;
    shapes.push(current);
  }
  if (built >= 0) {
    return { shapes, steps, error: atLayer(built, buildError(layers[built])), stage: 'build' };
  }
  return { shapes, steps, error: null, stage: null };
}

/**
 * The spatial size before the first layer and after each one, exactly as PyTorch 1.13 runs the
 * stack (per layer: paper, Relationship 15 for convolutions, 14 with k → k̂ for transposed ones,
 * 7 with PyTorch's extensions for pooling).
 *
 * @param inputSpatial spatial size of the input (no batch or channel axis)
 * @param layers the stack, first layer first
 * @returns `layers.length + 1` shapes
 * @throws {ConfigError} for the first layer PyTorch refuses: `layer` is its 0-based index and
 *   the message starts with its 1-based position, then the constraint and the numbers
 * @example stackShapes([224, 224], [{ op: 'conv', spec: { kernel: [7, 7], stride: [2, 2], padding: [3, 3] } }, { op: 'pool', spec: { mode: 'max', kernel: [3, 3], stride: [2, 2], padding: [1, 1] } }]) // [[224, 224], [112, 112], [56, 56]]
 */
export function stackShapes(inputSpatial: readonly number[], layers: readonly Layer[]): number[][] {
  const trace = traceStack(inputSpatial, layers);
  if (trace.error) throw trace.error;
  return trace.shapes;
}

/**
 * Like {@link traceStack}, but throws the first refusal.
 *
 * @throws {ConfigError} as {@link stackShapes}
 * @example stackSteps([4], [{ op: 'pool', spec: { mode: 'max', kernel: [2] } }])[0].output // [2]
 */
export function stackSteps(inputSpatial: readonly number[], layers: readonly Layer[]): StackStep[] {
  const trace = traceStack(inputSpatial, layers);
  if (trace.error) throw trace.error;
  return trace.steps;
}
