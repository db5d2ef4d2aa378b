/**
 * The pooling view with TensorFlow's rules (`fw=tf`): Keras' MaxPooling2D and AveragePooling2D
 * with `padding='same'` or `'valid'`. All arithmetic is the engine's (`tfPool`, `tfSamePort`).
 */
import {
  convAxisDropped,
  convLinks,
  paddedSize,
  poolAxisOutput,
  poolSpecOf,
  seededIntegers,
  tfPool,
  tfPoolAxes,
  tfPoolDivisor,
  tfPoolRelationship,
  tfSamePort,
  unflatIndex,
  type Fix,
  type Msg,
  type SamePortAxis,
  type TfPoolSpec,
} from '../../../engine';
import { formatShape } from '../../components/format';
import { axisPair, figureAxes } from '../../components/grid/figureAxes';
import type { AxisPair } from '../../url/fields';
import type { ViewParams } from '../../url/schema';
import type { PoolModel } from './poolModel';

/** What the TensorFlow side of the pooling view adds to the model. */
export interface TfPoolInfo {
  padding: 'SAME' | 'VALID';
  /**
   * SAME: per axis, TensorFlow's size and zeros beside PyTorch's usual port
   * (`padding=⌊(k − 1)/2⌋` on both ends, floor mode); null for VALID (PyTorch's padding 0).
   */
  port: [SamePortAxis, SamePortAxis] | null;
  /** The URL asks for ceil_mode (`ceil=1`), which TensorFlow does not have. */
  ceil: boolean;
  /** With `ceil=1` and SAME: what PyTorch's port gives with ceil_mode=True. */
  ceilPort: AxisPair | null;
}

const spaced = (pair: AxisPair) => (pair[0] === pair[1] ? `${pair[0]}` : formatShape(pair));

/** Why TensorFlow refuses the state, with fixes, or null. */
function refusal(params: ViewParams<'pool'>, padding: 'SAME' | 'VALID') {
  const fixes: Fix[] = [];
  const messages: string[] = [];
  const explain: Msg[] = [];
  if (params.d.some((d) => d !== 1)) {
    messages.push(
      `Keras' MaxPooling2D and AveragePooling2D have no dilation, got dilation ${spaced(params.d)}`,
    );
    explain.push({ id: 'pool.err.tfDilation', values: { d: spaced(params.d) } });
    fixes.push({
      label: 'Dilation → 1 (Keras’ pooling has none)',
      changes: [0, 1].map((axis) => ({ param: 'dilation' as const, axis, value: 1 })),
    });
  }
  if (padding === 'VALID') {
    const tooBig = [0, 1].filter((a) => params.k[a] > params.i[a]);
    if (tooBig.length) {
      messages.push(
        `padding 'valid' leaves no window: pool_size ${spaced(params.k)} is larger than the input ${spaced(params.i)} (padding 'same' always has one)`,
      );
      explain.push({
        id: 'pool.err.tfNoWindow',
        values: { k: spaced(params.k), i: spaced(params.i) },
      });
      fixes.push({
        label: `Pool size → ${tooBig.map((a) => `${params.i[a]} (${a ? 'width' : 'height'})`).join(', ')}`,
        changes: tooBig.map((axis) => ({ param: 'kernel' as const, axis, value: params.i[axis] })),
      });
    }
  }
  return messages.length ? { message: messages.join('; '), explain, fixes } : null;
}

export function buildTfPoolModel(params: ViewParams<'pool'>): PoolModel {
  const padding: TfPoolInfo['padding'] = params.tfpad === 'same' ? 'SAME' : 'VALID';
  const refused = refusal(params, padding);
  const spec: TfPoolSpec = { mode: params.mode, kernel: params.k, stride: params.s, padding };
  // Refused states are drawn without padding; otherwise the engine's zeros per axis.
  const tfAxes = refused ? null : tfPoolAxes(params.i, spec);
  const axes = figureAxes({ ...params, d: [1, 1] }, (a) => ({
    padBefore: tfAxes ? tfAxes[a].padBefore : 0,
    padAfter: tfAxes ? tfAxes[a].padAfter : 0,
    ceilMode: false,
  }));
  const input = axisPair(axes, (a) => a.input);
  const inputValues = seededIntegers(params.seed, input[0] * input[1], 0, 9);
  const port =
    padding === 'SAME'
      ? ([0, 1].map((a) => tfSamePort(params.i[a], params.k[a], params.s[a], 1)) as [
          SamePortAxis,
          SamePortAxis,
        ])
      : null;
  const ceilPort: AxisPair | null =
    port && params.ceil
      ? ([0, 1].map((a) => {
          const p = port[a].torchPadding;
          return poolAxisOutput({ ...axes[a], padBefore: p, padAfter: p, ceilMode: true });
        }) as AxisPair)
      : null;
  const base = {
    mode: params.mode,
    countIncludePad: false,
    axes,
    spec: poolSpecOf(axes, params.mode, false),
    padValue: params.mode === 'max' ? ('−∞' as const) : ('0' as const),
    padded: axisPair(axes, paddedSize),
    overhang: [0, 0] as AxisPair,
    droppedWindow: [null, null] as const,
    framework: 'tf' as const,
    refuser: 'TensorFlow' as const,
    tf: { padding, port, ceil: params.ceil, ceilPort },
    values: { input: inputValues, kernel: null, output: null },
  };
  if (!tfAxes) {
    return {
      ...base,
      output: null,
      geometry: null,
      relationships: null,
      dropped: [0, 0],
      error: refused?.message ?? null,
      explain: refused?.explain ?? [],
      fixes: refused?.fixes ?? [],
      divisors: null,
    };
  }
  const output: AxisPair = [tfAxes[0].output, tfAxes[1].output];
  const divisors =
    params.mode === 'avg'
      ? Int32Array.from({ length: output[0] * output[1] }, (_, index) =>
          tfPoolDivisor(unflatIndex(index, output), input, spec),
        )
      : null;
  return {
    ...base,
    output,
    geometry: convLinks(input, {
      kernel: params.k,
      stride: params.s,
      padding: tfAxes.map((a): [number, number] => [a.padBefore, a.padAfter]),
    }),
    relationships: [tfPoolRelationship(axes[0], padding), tfPoolRelationship(axes[1], padding)],
    dropped: axisPair(axes, convAxisDropped),
    error: null,
    explain: [],
    fixes: [],
    divisors,
    values: {
      input: inputValues,
      kernel: null,
      output: tfPool({ shape: [1, ...input], data: inputValues }, spec).data as Float64Array,
    },
  };
}
