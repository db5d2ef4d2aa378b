import { checkSpatialInput, lift3, firstInside, lastInside } from './canonical';
import { ConfigError, errMsg } from './errors';
import { resolvedConvOutputShape } from './shape';
import { resolveConvSpec, type ConvSpec } from './spec';
import { toFloat64, type Tensor } from './tensor';

/**
 * Checks the channel layout shared by conv and its transpose: ranks, groups, kernel sizes.
 *
 * @param input `[Cin, ...spatial]`
 * @param weight `[Cout, Cin/groups, ...kernel]`, or `[Cin, Cout/groups, ...kernel]` when transposed
 * @param kernel kernel size per spatial axis, from the spec
 * @param transposed whether `weight` has the transposed layout
 * @throws {ConfigError} when PyTorch would reject the ranks, kernel sizes or channel counts
 * @example checkChannels({ shape: [4, 5, 5], data: [] }, { shape: [6, 2, 3, 3], data: [] }, [3, 3], 2, false) // { inChannels: 4, outChannels: 6 }
 */
export function checkChannels(
  input: Tensor,
  weight: Tensor,
  kernel: readonly number[],
  groups: number,
  transposed: boolean,
): { inChannels: number; outChannels: number } {
  const rank = kernel.length;
  checkSpatialInput(input.shape, rank);
  if (weight.shape.length !== rank + 2) {
    throw new ConfigError(
      'weight-rank',
      `weight must have rank ${rank + 2} ([${transposed ? 'Cin, Cout/groups' : 'Cout, Cin/groups'}, ...kernel]), got shape [${weight.shape.join(', ')}]`,
    );
  }
  weight.shape.slice(2).forEach((size, axis) => {
    if (size !== kernel[axis]) {
      throw new ConfigError(
        'weight-kernel',
        `weight has kernel size ${size} on axis ${axis} but the spec says ${kernel[axis]}`,
        axis,
      );
    }
  });
  const inChannels = input.shape[0];
  if (inChannels % groups !== 0) {
    throw new ConfigError(
      'groups-in',
      `in_channels must be divisible by groups: ${inChannels} input channels, ${groups} groups`,
      undefined,
      undefined,
      errMsg('groups', { side: 'in', count: inChannels, groups }),
    );
  }
  if (transposed) {
    if (weight.shape[0] !== inChannels) {
      throw new ConfigError(
        'weight-channels',
        `a transposed weight is [Cin, Cout/groups, ...kernel]: its first size ${weight.shape[0]} must equal the ${inChannels} input channels`,
      );
    }
    return { inChannels, outChannels: weight.shape[1] * groups };
  }
  const outChannels = weight.shape[0];
  if (outChannels % groups !== 0) {
    throw new ConfigError(
      'groups-out',
      `out_channels must be divisible by groups: ${outChannels} output channels, ${groups} groups`,
      undefined,
      undefined,
      errMsg('groups', { side: 'out', count: outChannels, groups }),
    );
  }
  if (weight.shape[1] * groups !== inChannels) {
    throw new ConfigError(
      'weight-channels',
      `Given groups=${groups}, weight of size [${weight.shape.join(', ')}] expects ${weight.shape[1] * groups} input channels, but the input has ${inChannels}`,
    );
  }
  return { inChannels, outChannels };
}

/**
 * Direct convolution (cross-correlation, no kernel flip), exactly PyTorch's `F.conv{1,2,3}d`
 * without the batch axis and bias. Output size per axis follows Relationship 15 (which reduces
 * to Relationships 1–6 without dilation):
 *
 * y[co, o] = Σ_{ci ∈ group(co)} Σ_t w[co, ci − g·Cin/G, t] · x[ci, o·s − p₁ + t·d]
 *
 * where taps landing on padding contribute w · 0: nothing for a finite weight, NaN for an infinite
 * or NaN one (∞ · 0 = NaN), exactly as PyTorch, which multiplies the zeros it pads with.
 *
 * @param input `[Cin, ...spatial]`
 * @param weight `[Cout, Cin/groups, ...kernel]`
 * @param spec kernel, stride, dilation, groups, padding (numbers, `[before, after]` pairs,
 *   `'valid'` or `'same'`)
 * @returns `[Cout, ...outputSpatial]` as a Float64Array tensor
 * @throws {ConfigError} for every configuration PyTorch rejects
 * @example
 * // Paper figure 2.1: i = 4, k = 3 → 2 × 2 (Relationship 1)
 * conv({ shape: [1, 4, 4], data: x16 }, { shape: [1, 1, 3, 3], data: w9 }, { kernel: [3, 3] }).shape // [1, 2, 2]
 */
export function conv(input: Tensor, weight: Tensor, spec: ConvSpec): Tensor {
  const resolved = resolveConvSpec(spec);
  const { inChannels, outChannels } = checkChannels(
    input,
    weight,
    resolved.kernel,
    resolved.groups,
    false,
  );
  const outSpatial = resolvedConvOutputShape(input.shape.slice(1), resolved);
  const [D, H, W] = lift3(input.shape.slice(1), 1);
  const [OD, OH, OW] = lift3(outSpatial, 1);
  const [KD, KH, KW] = lift3(resolved.kernel, 1);
  const [sd, sh, sw] = lift3(resolved.stride, 1);
  const [dd, dh, dw] = lift3(resolved.dilation, 1);
  const [pd, ph, pw] = lift3(resolved.padBefore, 0);
  const x = toFloat64(input.data);
  const w = toFloat64(weight.data);
  const out = new Float64Array(outChannels * OD * OH * OW);
  const inPerGroup = inChannels / resolved.groups;
  const outPerGroup = outChannels / resolved.groups;
  const inPlane = D * H * W;
  const outPlane = OD * OH * OW;
  const taps = KD * KH * KW;

  // The output columns where every horizontal tap lands inside the input.
  let owA = 0;
  let owB = OW - 1;
  for (let kw = 0; kw < KW; kw++) {
    owA = Math.max(owA, firstInside(kw * dw - pw, sw));
    owB = Math.min(owB, lastInside(kw * dw - pw, sw, W, OW));
  }
  const wRowTaps = new Float64Array(KW);
  const row: RowGeometry = { OW, W, KW, sw, dw, pw, owA, owB };

  for (let co = 0; co < outChannels; co++) {
    const group = Math.floor(co / outPerGroup);
    const outBase = co * outPlane;
    for (let cig = 0; cig < inPerGroup; cig++) {
      const inBase = (group * inPerGroup + cig) * inPlane;
      const wBase = (co * inPerGroup + cig) * taps;
      for (let kd = 0; kd < KD; kd++) {
        const offD = kd * dd - pd;
        const od0 = firstInside(offD, sd);
        const od1 = lastInside(offD, sd, D, OD);
        for (let kh = 0; kh < KH; kh++) {
          const offH = kh * dh - ph;
          const oh0 = firstInside(offH, sh);
          const oh1 = lastInside(offH, sh, H, OH);
          for (let kw = 0; kw < KW; kw++) wRowTaps[kw] = w[wBase + (kd * KH + kh) * KW + kw];
          for (let od = od0; od <= od1; od++) {
            const id = od * sd + offD;
            for (let oh = oh0; oh <= oh1; oh++) {
              const inRow = inBase + (id * H + oh * sh + offH) * W;
              const outRow = outBase + (od * OH + oh) * OW;
              addKernelRow(out, outRow, x, inRow, wRowTaps, row);
            }
          }
        }
      }
    }
  }
  poisonPaddedTaps(out, w, {
    outChannels,
    inPerGroup,
    taps: [KD, KH, KW],
    outSize: [OD, OH, OW],
    inSize: [D, H, W],
    stride: [sd, sh, sw],
    dilation: [dd, dh, dw],
    padBefore: [pd, ph, pw],
  });
  return { shape: [outChannels, ...outSpatial], data: out };
}

/** What {@link addKernelRow} needs of the width axis. */
interface RowGeometry {
  OW: number;
  W: number;
  KW: number;
  sw: number;
  dw: number;
  pw: number;
  /** Output columns where every tap lands inside the input: `owA`…`owB`. */
  owA: number;
  owB: number;
}

/**
 * One kernel row applied along one output row: `out[outRow + ow] += Σ taps[kw] · x[inRow + ow·sw
 * − pw + kw·dw]`, skipping taps that land on padding. Columns where every tap lands inside the
 * input are summed in a register, one store per cell; the few near the edges check each tap.
 * A function of its own, small enough for the engine's compiler to optimise within the first
 * large convolution, where the loops around it, inlined, would run unoptimised for several.
 */
function addKernelRow(
  out: Float64Array,
  outRow: number,
  x: Float64Array,
  inRow: number,
  taps: Float64Array,
  row: RowGeometry,
): void {
  const { OW, W, KW, sw, dw, pw, owA, owB } = row;
  if (KW === 3) {
    // The common 3-wide kernel, unrolled: about twice as fast as the loop below.
    const w0 = taps[0];
    const w1 = taps[1];
    const w2 = taps[2];
    let ix = inRow + owA * sw - pw;
    for (let ow = owA; ow <= owB; ow++) {
      out[outRow + ow] += w0 * x[ix] + w1 * x[ix + dw] + w2 * x[ix + 2 * dw];
      ix += sw;
    }
  } else {
    for (let ow = owA; ow <= owB; ow++) {
      const start = inRow + ow * sw - pw;
      let acc = 0;
      for (let kw = 0; kw < KW; kw++) acc += taps[kw] * x[start + kw * dw];
      out[outRow + ow] += acc;
    }
  }
  for (let ow = 0; ow < OW; ow++) {
    if (ow === owA && owA <= owB) ow = owB + 1;
    if (ow >= OW) break;
    let acc = 0;
    for (let kw = 0; kw < KW; kw++) {
      const iw = ow * sw - pw + kw * dw;
      if (iw >= 0 && iw < W) acc += taps[kw] * x[inRow + iw];
    }
    out[outRow + ow] += acc;
  }
}

type Triple = [number, number, number];

/**
 * The loops above skip taps that land on padding, which is exact for finite weights. PyTorch
 * multiplies the padding zeros too, so an infinite or NaN weight there makes the output NaN:
 * mark those outputs. Runs only over non-finite weights, so finite kernels cost nothing.
 */
function poisonPaddedTaps(
  out: Float64Array,
  w: Float64Array,
  g: {
    outChannels: number;
    inPerGroup: number;
    taps: Triple;
    outSize: Triple;
    inSize: Triple;
    stride: Triple;
    dilation: Triple;
    padBefore: Triple;
  },
): void {
  const [KD, KH, KW] = g.taps;
  const [OD, OH, OW] = g.outSize;
  const perChannel = KD * KH * KW;
  const outside = (axis: number, o: number, k: number) => {
    const at = o * g.stride[axis] - g.padBefore[axis] + k * g.dilation[axis];
    return at < 0 || at >= g.inSize[axis];
  };
  for (let index = 0; index < w.length; index++) {
    if (Number.isFinite(w[index])) continue;
    const co = Math.floor(index / (g.inPerGroup * perChannel));
    const tap = index % perChannel;
    const [kd, kh, kw] = [Math.floor(tap / (KH * KW)), Math.floor(tap / KW) % KH, tap % KW];
    for (let od = 0; od < OD; od++) {
      for (let oh = 0; oh < OH; oh++) {
        for (let ow = 0; ow < OW; ow++) {
          if (outside(0, od, kd) || outside(1, oh, kh) || outside(2, ow, kw)) {
            out[((co * OD + od) * OH + oh) * OW + ow] = Number.NaN;
          }
        }
      }
    }
  }
}
