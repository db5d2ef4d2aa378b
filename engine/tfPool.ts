/**
 * TensorFlow's pooling (`tf.nn.max_pool2d`, `tf.nn.avg_pool2d`, Keras' `MaxPooling2D` and
 * `AveragePooling2D`): the window sizes and zeros of {@link tfConvAxis} (docs/semantics.md §3.1),
 * no dilation, no ceil mode, and padding that never takes part: max pooling ignores it and
 * average pooling divides by the window's cells inside the input only.
 */
import { checkSpatialInput, lift3 } from './canonical';
import { ConfigError } from './errors';
import { tfConvAxis, type TfAxis, type TfPadding } from './tensorflow';
import { toFloat64, type Tensor } from './tensor';

export interface TfPoolSpec {
  mode: 'max' | 'avg';
  /** Window size per spatial axis (Keras' `pool_size`). */
  kernel: readonly number[];
  /** Per spatial axis; Keras' default is the window size. */
  stride?: readonly number[];
  padding: TfPadding;
}

/**
 * Each axis of a TensorFlow pooling: its output size and the zeros before and after it.
 * `'VALID'` gives ⌊(i − k + s)/s⌋ windows; `'SAME'` gives ⌈i/s⌉ and pads ⌊P/2⌋ before and the
 * rest after, P = max(0, (⌈i/s⌉ − 1)s + k − i).
 *
 * @throws {ConfigError} when a size is not a positive integer, or VALID leaves no window
 * @example tfPoolAxes([6], { mode: 'avg', kernel: [3], stride: [2], padding: 'SAME' }) // [{ output: 3, padBefore: 0, padAfter: 1 }]
 */
export function tfPoolAxes(inputSpatial: readonly number[], spec: TfPoolSpec): TfAxis[] {
  const stride = spec.stride ?? spec.kernel;
  if (stride.length !== spec.kernel.length || inputSpatial.length !== spec.kernel.length) {
    throw new ConfigError(
      'rank',
      `pool_size, strides and the input need one size per spatial axis, got ${spec.kernel.length}, ${stride.length} and ${inputSpatial.length}`,
    );
  }
  return spec.kernel.map((k, axis) => {
    const i = inputSpatial[axis];
    const s = stride[axis];
    for (const [name, value] of [
      ['input size', i],
      ['pool_size', k],
      ['strides', s],
    ] as const) {
      if (!Number.isInteger(value) || value < 1) {
        throw new ConfigError('positive', `${name} must be a positive integer, got ${value}`, axis);
      }
    }
    const result = tfConvAxis(i, k, s, 1, spec.padding);
    if (result.output < 1) {
      throw new ConfigError(
        'window-too-large',
        `padding 'VALID' leaves no window: pool_size ${k} is larger than the input ${i}`,
        axis,
      );
    }
    return result;
  });
}

/**
 * The cells of window j on one axis that lie inside the input, [first, end): the window starts
 * at j·s − padBefore and spans k cells.
 *
 * @example tfWindowCells(2, 6, 3, 2, 0) // { first: 4, end: 6 }: the last SAME window of 6 has one zero after
 */
export function tfWindowCells(
  j: number,
  input: number,
  kernel: number,
  stride: number,
  padBefore: number,
): { first: number; end: number } {
  const start = j * stride - padBefore;
  return { first: Math.max(start, 0), end: Math.min(start + kernel, input) };
}

/**
 * The divisor of TensorFlow's average at output cell `coord`: the window's cells inside the
 * input, the product over axes (the padding is never counted: PyTorch's
 * `count_include_pad=False` on TensorFlow's zeros).
 *
 * @example tfPoolDivisor([2], [6], { mode: 'avg', kernel: [3], stride: [2], padding: 'SAME' }) // 2
 */
export function tfPoolDivisor(
  coord: readonly number[],
  inputSpatial: readonly number[],
  spec: TfPoolSpec,
): number {
  const axes = tfPoolAxes(inputSpatial, spec);
  const stride = spec.stride ?? spec.kernel;
  return coord.reduce((divisor, j, axis) => {
    const { first, end } = tfWindowCells(
      j,
      inputSpatial[axis],
      spec.kernel[axis],
      stride[axis],
      axes[axis].padBefore,
    );
    return divisor * (end - first);
  }, 1);
}

/**
 * Max or average pooling with TensorFlow's rules, without the batch axis (channels first here;
 * TensorFlow itself is NHWC). Every window holds at least one input cell, so the maximum is an
 * input value and the average's divisor is at least 1.
 *
 * @param input `[C, ...spatial]`, 1 to 3 spatial axes
 * @returns `[C, ...outputSpatial]`
 * @throws {ConfigError} as {@link tfPoolAxes}
 * @example
 * // [1..6], k 3, s 2, SAME pads (0, 1): windows [1 2 3], [3 4 5], [5 6] → avg [2, 4, 5.5]
 * tfPool({ shape: [1, 6], data: [1, 2, 3, 4, 5, 6] }, { mode: 'avg', kernel: [3], stride: [2], padding: 'SAME' }).data
 */
export function tfPool(input: Tensor, spec: TfPoolSpec): Tensor {
  const rank = spec.kernel.length;
  checkSpatialInput(input.shape, rank);
  const spatial = input.shape.slice(1);
  const axes = tfPoolAxes(spatial, spec);
  const stride = spec.stride ?? spec.kernel;
  const [D, H, W] = lift3(spatial, 1);
  const [OD, OH, OW] = lift3(
    axes.map((a) => a.output),
    1,
  );
  const [KD, KH, KW] = lift3(spec.kernel, 1);
  const [sd, sh, sw] = lift3(stride, 1);
  const [pd, ph, pw] = lift3(
    axes.map((a) => a.padBefore),
    0,
  );
  const x = toFloat64(input.data);
  const channels = input.shape[0];
  const out = new Float64Array(channels * OD * OH * OW);
  let o = 0;
  for (let c = 0; c < channels; c++) {
    const base = c * D * H * W;
    for (let od = 0; od < OD; od++) {
      const wd = tfWindowCells(od, D, KD, sd, pd);
      for (let oh = 0; oh < OH; oh++) {
        const wh = tfWindowCells(oh, H, KH, sh, ph);
        for (let ow = 0; ow < OW; ow++) {
          const ww = tfWindowCells(ow, W, KW, sw, pw);
          let best = -Infinity;
          let sum = 0;
          for (let id = wd.first; id < wd.end; id++) {
            for (let ih = wh.first; ih < wh.end; ih++) {
              const row = base + (id * H + ih) * W;
              for (let iw = ww.first; iw < ww.end; iw++) {
                const v = x[row + iw];
                if (v > best || Number.isNaN(v)) best = v;
                sum += v;
              }
            }
          }
          const count = (wd.end - wd.first) * (wh.end - wh.first) * (ww.end - ww.first);
          out[o++] = spec.mode === 'max' ? best : sum / count;
        }
      }
    }
  }
  return { shape: [channels, ...axes.map((a) => a.output)], data: out };
}
