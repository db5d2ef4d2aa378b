import { lift3, firstInside, lastInside } from './canonical';
import { checkChannels } from './conv';
import { resolvedConvTransposeOutputShape } from './shape';
import { resolveConvTransposeSpec, type ConvTransposeSpec } from './spec';
import { toFloat64, type Tensor } from './tensor';

/**
 * Transposed convolution, exactly PyTorch's `F.conv_transpose{1,2,3}d` without batch and bias:
 * every input cell stamps the kernel, scaled by its value, onto the output at stride s, and the
 * full result of size (i′ − 1)s + k̂ is cropped by p at the start and p − a at the end
 * (a = output padding; entries past the full result are zero).
 *
 * y[co, n·s − p + t·d] += x[ci, n] · w[ci, co − g·Cout/G, t]
 *
 * It is the adjoint of {@link conv} with the same kernel, stride, padding and dilation
 * (paper, section 4.1: the forward pass multiplies by Cᵀ). Output size per axis follows
 * Relationship 14 with k → k̂: o′ = s(i′ − 1) + a + k̂ − 2p.
 *
 * @param input `[Cin, ...spatial]`
 * @param weight `[Cin, Cout/groups, ...kernel]` (PyTorch's transposed layout)
 * @param spec kernel, stride, dilation, groups, padding, outputPadding (< max(stride, dilation))
 * @returns `[Cout, ...outputSpatial]`
 * @throws {ConfigError} for every configuration PyTorch rejects
 * @example
 * // Paper figure 4.7: i′ = 3, k = 3, s = 2, p = 1, a = 1 → 6 × 6 (Relationship 14)
 * convTranspose({ shape: [1, 3, 3], data: x9 }, { shape: [1, 1, 3, 3], data: w9 },
 *   { kernel: [3, 3], stride: [2, 2], padding: [1, 1], outputPadding: [1, 1] }).shape // [1, 6, 6]
 */
export function convTranspose(input: Tensor, weight: Tensor, spec: ConvTransposeSpec): Tensor {
  const resolved = resolveConvTransposeSpec(spec);
  const { inChannels, outChannels } = checkChannels(
    input,
    weight,
    resolved.kernel,
    resolved.groups,
    true,
  );
  const outSpatial = resolvedConvTransposeOutputShape(input.shape.slice(1), resolved);
  const [D, H, W] = lift3(input.shape.slice(1), 1);
  const [OD, OH, OW] = lift3(outSpatial, 1);
  const [KD, KH, KW] = lift3(resolved.kernel, 1);
  const [sd, sh, sw] = lift3(resolved.stride, 1);
  const [dd, dh, dw] = lift3(resolved.dilation, 1);
  const [pd, ph, pw] = lift3(resolved.padding, 0);
  const x = toFloat64(input.data);
  const w = toFloat64(weight.data);
  const out = new Float64Array(outChannels * OD * OH * OW);
  const inPerGroup = inChannels / resolved.groups;
  const outPerGroup = outChannels / resolved.groups;
  const inPlane = D * H * W;
  const outPlane = OD * OH * OW;
  const taps = KD * KH * KW;

  for (let ci = 0; ci < inChannels; ci++) {
    const group = Math.floor(ci / inPerGroup);
    const inBase = ci * inPlane;
    for (let cog = 0; cog < outPerGroup; cog++) {
      const outBase = (group * outPerGroup + cog) * outPlane;
      const wBase = (ci * outPerGroup + cog) * taps;
      for (let kd = 0; kd < KD; kd++) {
        // Output position of input n under tap t: n·s + (t·d − p); keep those inside [0, O).
        const offD = kd * dd - pd;
        const nd0 = firstInside(offD, sd);
        const nd1 = lastInside(offD, sd, OD, D);
        for (let kh = 0; kh < KH; kh++) {
          const offH = kh * dh - ph;
          const nh0 = firstInside(offH, sh);
          const nh1 = lastInside(offH, sh, OH, H);
          for (let kw = 0; kw < KW; kw++) {
            const wv = w[wBase + (kd * KH + kh) * KW + kw];
            const offW = kw * dw - pw;
            const nw0 = firstInside(offW, sw);
            const nw1 = lastInside(offW, sw, OW, W);
            if (nw1 < nw0) continue;
            for (let nd = nd0; nd <= nd1; nd++) {
              const od = nd * sd + offD;
              for (let nh = nh0; nh <= nh1; nh++) {
                const oh = nh * sh + offH;
                const inRow = inBase + (nd * H + nh) * W;
                let ox = outBase + (od * OH + oh) * OW + nw0 * sw + offW;
                for (let nw = nw0; nw <= nw1; nw++) {
                  out[ox] += wv * x[inRow + nw];
                  ox += sw;
                }
              }
            }
          }
        }
      }
    }
  }
  return { shape: [outChannels, ...outSpatial], data: out };
}
