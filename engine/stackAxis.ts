/**
 * A stack on one axis: every layer works on each spatial axis alone, so a size on one axis
 * goes through the stack without the others (they only decide where PyTorch may refuse it
 * first). What `stackInputSizes` runs for each of hundreds of input sizes, with each layer's
 * arguments resolved once instead of once per size.
 */
import { ConfigError } from './errors';
import { convAxisOutput, convTransposeAxisOutput, paddedSize, poolAxisOutput } from './shape';
import { dilatedKernel, resolveConvSpec, resolveConvTransposeSpec, resolvePoolSpec } from './spec';
import type { Layer } from './stack';

/** One layer on one axis, its arguments resolved as PyTorch resolves them. */
export interface AxisRule {
  kind: 'conv' | 'convTranspose' | 'pool';
  kernel: number;
  stride: number;
  dilation: number;
  padBefore: number;
  padAfter: number;
  /** Transposed layers: PyTorch's `output_padding`; else 0. */
  outputPadding: number;
  /** Pools: PyTorch's `ceil_mode`; else false. */
  ceilMode: boolean;
}

/**
 * A layer's rule on each of `rank` axes, or null when PyTorch refuses the layer whatever the
 * input size: its arguments (as `resolveConvSpec` and its siblings check them), a kernel of
 * another rank than the input, or an unknown op. Errors other than {@link ConfigError} are
 * thrown, as `traceStack` throws them.
 *
 * @example layerAxisRules({ op: 'pool', spec: { mode: 'max', kernel: [2] } }, 1)?.[0].stride // 2
 */
export function layerAxisRules(layer: Layer, rank: number): AxisRule[] | null {
  try {
    const rules = axisRules(layer);
    return rules && rules.length === rank ? rules : null;
  } catch (error) {
    if (error instanceof ConfigError) return null;
    throw error;
  }
}

/** A layer's arguments resolved, per axis, in the terms of {@link AxisRule}. */
interface Resolved {
  kind: AxisRule['kind'];
  kernel: number[];
  stride: number[];
  dilation: number[];
  padBefore: number[];
  padAfter: number[];
  outputPadding: number[] | null;
  ceilMode: boolean;
}

function resolved(layer: Layer): Resolved | null {
  if (layer.op === 'conv') {
    const r = resolveConvSpec(layer.spec);
    return { ...r, kind: 'conv', outputPadding: null, ceilMode: false };
  }
  if (layer.op === 'convTranspose') {
    const r = resolveConvTransposeSpec(layer.spec);
    return {
      ...r,
      kind: 'convTranspose',
      padBefore: r.padding,
      padAfter: r.padding,
      ceilMode: false,
    };
  }
  if (layer.op === 'pool') {
    const r = resolvePoolSpec(layer.spec);
    return { ...r, kind: 'pool', padBefore: r.padding, padAfter: r.padding, outputPadding: null };
  }
  return null;
}

function axisRules(layer: Layer): AxisRule[] | null {
  const r = resolved(layer);
  // Every rule written with its fields in one order: the code that reads them sees one shape.
  return (
    r?.kernel.map((kernel, a) => ({
      kind: r.kind,
      kernel,
      stride: r.stride[a],
      dilation: r.dilation[a],
      padBefore: r.padBefore[a],
      padAfter: r.padAfter[a],
      outputPadding: r.outputPadding?.[a] ?? 0,
      ceilMode: r.ceilMode,
    })) ?? null
  );
}

/** The geometry the shape functions take, one object reused (hundreds of sizes per table). */
const geometry = {
  input: 1,
  kernel: 1,
  stride: 1,
  dilation: 1,
  padBefore: 0,
  padAfter: 0,
  outputPadding: 0,
  ceilMode: false,
};

function place(rule: AxisRule, input: number): typeof geometry {
  geometry.input = input;
  geometry.kernel = rule.kernel;
  geometry.stride = rule.stride;
  geometry.dilation = rule.dilation;
  geometry.padBefore = rule.padBefore;
  geometry.padAfter = rule.padAfter;
  geometry.outputPadding = rule.outputPadding;
  geometry.ceilMode = rule.ceilMode;
  return geometry;
}

/**
 * The output size of one layer on one axis, or 0 when PyTorch refuses an input of this size
 * there: a padded input smaller than the dilated kernel (convolution), an output under 1
 * (transposed convolution, pooling). As `traceStack`'s step computes it per axis.
 *
 * @example axisOutput({ kind: 'conv', kernel: 3, stride: 2, dilation: 1, padBefore: 1, padAfter: 1, outputPadding: 0, ceilMode: false }, 6) // 3
 */
export function axisOutput(rule: AxisRule, input: number): number {
  const geometry = place(rule, input);
  if (rule.kind === 'convTranspose') return Math.max(0, convTransposeAxisOutput(geometry));
  if (rule.kind === 'pool') return Math.max(0, poolAxisOutput(geometry));
  if (paddedSize(geometry) < dilatedKernel(rule.kernel, rule.dilation)) return 0;
  return convAxisOutput(geometry);
}

/**
 * Cells of the padded input left over after the last window on one axis (as `StackStep`'s
 * `leftover`): padded input − ((o − 1)s + k̂), negative when a ceil-mode window hangs past the
 * padding; always 0 for a transposed layer.
 *
 * @example axisLeftover({ kind: 'pool', kernel: 2, stride: 2, dilation: 1, padBefore: 0, padAfter: 0, outputPadding: 0, ceilMode: false }, 5, 2) // 1
 */
export function axisLeftover(rule: AxisRule, input: number, output: number): number {
  if (rule.kind === 'convTranspose') return 0;
  const covered = (output - 1) * rule.stride + dilatedKernel(rule.kernel, rule.dilation);
  return input + rule.padBefore + rule.padAfter - covered;
}

/**
 * How far a size on one axis gets: the index of the first layer that refuses it (a null rule
 * refuses every size), or the number of layers when none does.
 */
export function axisReach(rules: readonly (AxisRule | null)[], input: number): number {
  let size = input;
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index];
    size = rule ? axisOutput(rule, size) : 0;
    if (size < 1) return index;
  }
  return rules.length;
}
