import { checkSpatialInput, lift3 } from './canonical';
import { resolvedPoolOutputShape } from './shape';
import { resolvePoolSpec, type PoolSpec, type ResolvedPool } from './spec';
import { toFloat64, type Tensor } from './tensor';

/** One axis of one pooling window: where it starts and which cells it averages or maxes. */
export interface PoolWindowAxis {
  /** First position of the window (negative inside the left padding). */
  start: number;
  /** Positions [clippedStart, clippedEnd) of the window that lie inside the input (avg pooling). */
  clippedStart: number;
  clippedEnd: number;
  /** Avg pooling, count_include_pad: window cells up to the end of the right padding. */
  paddedSize: number;
}

/**
 * One axis of the avg-pool window j, as PyTorch's CPU kernel computes it:
 * start = j·s − p, end = min(start + k, i + p); the divisor counts end − start cells with
 * count_include_pad (so a ceil-mode window hanging past the right padding counts fewer), else
 * only the cells inside the input.
 *
 * @param j output position on this axis
 * @param input input size i
 * @param kernel kernel size k
 * @param stride stride s
 * @param padding padding p on each end
 * @example poolWindowAxis(2, 4, 3, 2, 1) // { start: 3, clippedStart: 3, clippedEnd: 4, paddedSize: 2 } (ceil mode's last window)
 */
export function poolWindowAxis(
  j: number,
  input: number,
  kernel: number,
  stride: number,
  padding: number,
): PoolWindowAxis {
  const start = j * stride - padding;
  const end = Math.min(start + kernel, input + padding);
  return {
    start,
    clippedStart: Math.max(start, 0),
    clippedEnd: Math.min(end, input),
    paddedSize: end - start,
  };
}

/**
 * Divisor of the avg-pool window at output position `coord`: `divisorOverride` if set, else the
 * product over axes of the padded window size (count_include_pad) or of the clipped one:
 * Π (end − start), or Π (min(end, i) − max(start, 0)), with start and end from
 * {@link poolWindowAxis}.
 *
 * @param coord output position per spatial axis
 * @param inputSpatial input size per spatial axis
 * @example poolDivisor([0], [5], resolvePoolSpec({ mode: 'avg', kernel: [3], stride: [2], padding: [1], countIncludePad: false })) // 2
 */
export function poolDivisor(
  coord: readonly number[],
  inputSpatial: readonly number[],
  spec: ResolvedPool,
): number {
  if (spec.divisorOverride !== undefined) return spec.divisorOverride;
  let divisor = 1;
  coord.forEach((j, axis) => {
    const win = poolWindowAxis(
      j,
      inputSpatial[axis],
      spec.kernel[axis],
      spec.stride[axis],
      spec.padding[axis],
    );
    divisor *= divisorFactor(win, spec.countIncludePad);
  });
  return divisor;
}

/** One axis's factor of {@link poolDivisor}: the padded window, or the part inside the input. */
function divisorFactor(win: PoolWindowAxis, countIncludePad: boolean): number {
  return countIncludePad ? win.paddedSize : win.clippedEnd - win.clippedStart;
}

/**
 * Max or average pooling, exactly PyTorch 1.13's `F.max_pool{1,2,3}d` / `F.avg_pool{1,2,3}d`
 * without the batch axis. Output size per axis is Relationship 7 (o = ⌊(i − k)/s⌋ + 1),
 * extended by PyTorch with padding, dilation (max only) and ceil mode; see
 * {@link poolOutputShape}. Max pooling pads with −∞ (padding never wins); average pooling pads
 * with zeros and divides by {@link poolDivisor}.
 *
 * @param input `[C, ...spatial]`
 * @param spec mode, kernel, stride (default kernel), padding (≤ ⌊k/2⌋), dilation, ceilMode,
 *   countIncludePad (default true), divisorOverride
 * @returns `[C, ...outputSpatial]`
 * @throws {ConfigError} for every configuration PyTorch 1.13 rejects
 * @example
 * // [1..5], k = 3, s = 2, p = 1, avg with count_include_pad → [1, 3, 3]
 * pool({ shape: [1, 5], data: [1, 2, 3, 4, 5] }, { mode: 'avg', kernel: [3], stride: [2], padding: [1] }).data
 */
export function pool(input: Tensor, spec: PoolSpec): Tensor {
  const resolved = resolvePoolSpec(spec);
  const rank = resolved.kernel.length;
  checkSpatialInput(input.shape, rank);
  const spatial = input.shape.slice(1);
  const outSpatial = resolvedPoolOutputShape(spatial, resolved);
  const channels = input.shape[0];
  const [D, H, W] = lift3(spatial, 1);
  const [OD, OH, OW] = lift3(outSpatial, 1);
  const [KD, KH, KW] = lift3(resolved.kernel, 1);
  const [sd, sh, sw] = lift3(resolved.stride, 1);
  const [dd, dh, dw] = lift3(resolved.dilation, 1);
  const [pd, ph, pw] = lift3(resolved.padding, 0);
  const x = toFloat64(input.data);
  const out = new Float64Array(channels * OD * OH * OW);
  const isMax = resolved.mode === 'max';
  const g: PoolGeometry = { D, H, W, KD, KH, KW, sd, sh, sw, dd, dh, dw, pd, ph, pw };
  // Average pooling: each axis's clipped windows and divisor factors, once per output position.
  const windows = isMax
    ? null
    : ([
        [OD, D, KD, sd, pd],
        [OH, H, KH, sh, ph],
        [OW, W, KW, sw, pw],
      ].map(([n, i, k, st, p]) => axisWindows(n, i, k, st, p, resolved.countIncludePad)) as [
        AxisWindows,
        AxisWindows,
        AxisWindows,
      ]);
  let o = 0;
  for (let c = 0; c < channels; c++) {
    const base = c * D * H * W;
    for (let od = 0; od < OD; od++) {
      for (let oh = 0; oh < OH; oh++) {
        for (let ow = 0; ow < OW; ow++) {
          if (!windows) {
            out[o++] = windowMax(x, base, od, oh, ow, g);
            continue;
          }
          const divisor =
            resolved.divisorOverride ??
            windows[0].factor[od] * windows[1].factor[oh] * windows[2].factor[ow];
          out[o++] = windowSum(x, base, od, oh, ow, g, windows) / divisor;
        }
      }
    }
  }
  return { shape: [channels, ...outSpatial], data: out };
}

/** Sizes, kernel, stride, dilation and padding of {@link pool}'s three spatial axes. */
interface PoolGeometry {
  D: number;
  H: number;
  W: number;
  KD: number;
  KH: number;
  KW: number;
  sd: number;
  sh: number;
  sw: number;
  dd: number;
  dh: number;
  dw: number;
  pd: number;
  ph: number;
  pw: number;
}

// One output cell's window each. Functions of their own, small enough for the engine's compiler
// to optimise within the first large pooling, where the same loops inlined in `pool` would run
// unoptimised for several.

/** The largest input cell in output cell (od, oh, ow)'s window (NaN wins; padding never does). */
function windowMax(
  x: Float64Array,
  base: number,
  od: number,
  oh: number,
  ow: number,
  g: PoolGeometry,
): number {
  const { D, H, W, KD, KH, KW, sd, sh, sw, dd, dh, dw, pd, ph, pw } = g;
  let best = -Infinity;
  for (let kd = 0; kd < KD; kd++) {
    const id = od * sd - pd + kd * dd;
    if (id < 0 || id >= D) continue;
    for (let kh = 0; kh < KH; kh++) {
      const ih = oh * sh - ph + kh * dh;
      if (ih < 0 || ih >= H) continue;
      const row = base + (id * H + ih) * W;
      for (let kw = 0; kw < KW; kw++) {
        const iw = ow * sw - pw + kw * dw;
        if (iw < 0 || iw >= W) continue;
        const v = x[row + iw];
        if (v > best || Number.isNaN(v)) best = v;
      }
    }
  }
  return best;
}

/** One axis's average-pooling windows, clipped to the input, by output position. */
interface AxisWindows {
  from: Int32Array;
  to: Int32Array;
  /** The axis's factor of the divisor ({@link poolDivisor}). */
  factor: Int32Array;
}

/** {@link poolWindowAxis} for every output position of one axis, in arrays. */
function axisWindows(
  count: number,
  input: number,
  kernel: number,
  stride: number,
  padding: number,
  countIncludePad: boolean,
): AxisWindows {
  const windows = {
    from: new Int32Array(count),
    to: new Int32Array(count),
    factor: new Int32Array(count),
  };
  for (let j = 0; j < count; j++) {
    const win = poolWindowAxis(j, input, kernel, stride, padding);
    windows.from[j] = win.clippedStart;
    windows.to[j] = win.clippedEnd;
    windows.factor[j] = divisorFactor(win, countIncludePad);
  }
  return windows;
}

/** The sum of the input cells in output cell (od, oh, ow)'s window (padding adds nothing). */
function windowSum(
  x: Float64Array,
  base: number,
  od: number,
  oh: number,
  ow: number,
  g: PoolGeometry,
  windows: [AxisWindows, AxisWindows, AxisWindows],
): number {
  const { H, W } = g;
  const wd = windows[0];
  const wh = windows[1];
  const ww = windows[2];
  const w0 = ww.from[ow];
  const w1 = ww.to[ow];
  let sum = 0;
  for (let id = wd.from[od]; id < wd.to[od]; id++) {
    for (let ih = wh.from[oh]; ih < wh.to[oh]; ih++) {
      const row = base + (id * H + ih) * W;
      for (let iw = w0; iw < w1; iw++) sum += x[row + iw];
    }
  }
  return sum;
}
