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
    divisor *= spec.countIncludePad ? win.paddedSize : win.clippedEnd - win.clippedStart;
  });
  return divisor;
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
  const lifted = lift3(spatial, 1);
  const liftedSpec: ResolvedPool = {
    ...resolved,
    kernel: [KD, KH, KW],
    stride: [sd, sh, sw],
    padding: [pd, ph, pw],
  };
  let o = 0;
  for (let c = 0; c < channels; c++) {
    const base = c * D * H * W;
    for (let od = 0; od < OD; od++) {
      for (let oh = 0; oh < OH; oh++) {
        for (let ow = 0; ow < OW; ow++) {
          if (isMax) {
            let best = -Infinity;
            for (let kd = 0; kd < KD; kd++) {
              const id = od * sd - pd + kd * dd;
              if (id < 0 || id >= D) continue;
              for (let kh = 0; kh < KH; kh++) {
                const ih = oh * sh - ph + kh * dh;
                if (ih < 0 || ih >= H) continue;
                for (let kw = 0; kw < KW; kw++) {
                  const iw = ow * sw - pw + kw * dw;
                  if (iw < 0 || iw >= W) continue;
                  const v = x[base + (id * H + ih) * W + iw];
                  if (v > best || Number.isNaN(v)) best = v;
                }
              }
            }
            out[o++] = best;
          } else {
            const wd = poolWindowAxis(od, D, KD, sd, pd);
            const wh = poolWindowAxis(oh, H, KH, sh, ph);
            const ww = poolWindowAxis(ow, W, KW, sw, pw);
            let sum = 0;
            for (let id = wd.clippedStart; id < wd.clippedEnd; id++) {
              for (let ih = wh.clippedStart; ih < wh.clippedEnd; ih++) {
                const row = base + (id * H + ih) * W;
                for (let iw = ww.clippedStart; iw < ww.clippedEnd; iw++) sum += x[row + iw];
              }
            }
            out[o++] = sum / poolDivisor([od, oh, ow], lifted, liftedSpec);
          }
        }
      }
    }
  }
  return { shape: [channels, ...outSpatial], data: out };
}
