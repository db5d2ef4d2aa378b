import {
  convAxisOutput,
  convTransposeAxisOutput,
  poolAxisDroppedWindow,
  poolAxisOutput,
} from './shape';
import {
  dilatedKernel,
  type AxisGeometry,
  type PoolAxisGeometry,
  type TransposedAxisGeometry,
} from './spec';

/**
 * One of the 15 numbered Relationships of Dumoulin & Visin, "A guide to convolution arithmetic
 * for deep learning" (arXiv 1603.07285 v2), applied to one axis.
 */
export interface Relationship {
  /** The paper's number, 1–15; null when none of the paper's relationships covers the case. */
  number: number | null;
  /** Section of the paper, e.g. '2.2.1'. */
  section: string;
  /** Section title, e.g. 'Half (same) padding'. */
  title: string;
  /** The formula in TeX, in the paper's symbols. */
  formula: string;
  /** The same formula with this axis's numbers substituted, ending in `= o`. */
  substituted: string;
  /** The output size the relationship gives. */
  output: number;
  /** True when k stands for the dilated kernel k̂ = k + (k − 1)(d − 1). */
  dilated: boolean;
  /** What the paper does not cover but PyTorch does (asymmetric padding, ceil mode, …). */
  note?: string;
}

const floorFrac = (num: string, den: string): string =>
  `\\left\\lfloor \\frac{${num}}{${den}} \\right\\rfloor`;

/** The paper's "2p", or p₁ + p₂ when the two ends differ, in symbols and in numbers. */
function twoP(axis: AxisGeometry): { symbol: string; value: string; note?: string } {
  const { padBefore, padAfter } = axis;
  if (padBefore === padAfter) return { symbol: '2p', value: `2 \\cdot ${padBefore}` };
  return {
    symbol: '(p_1 + p_2)',
    value: `(${padBefore} + ${padAfter})`,
    note: `Padding ${padBefore} before and ${padAfter} after: the paper pads both ends equally, so p₁ + p₂ stands in for 2p.`,
  };
}

/**
 * The paper's most specific relationship for one axis of a direct convolution:
 * Relationship 15 with dilation; otherwise 1 (s = 1, p = 0), 3 (half padding: s = 1, k odd,
 * p = ⌊k/2⌋), 4 (full padding: s = 1, p = k − 1), 2 (s = 1), 5 (p = 0) or 6 (the general case).
 * Asymmetric padding is outside the paper: Relationship 2, 6 or 15 with p₁ + p₂ in place of 2p.
 *
 * @example convRelationship({ input: 5, kernel: 3, stride: 1, dilation: 1, padBefore: 1, padAfter: 1 }).number // 3
 */
export function convRelationship(axis: AxisGeometry): Relationship {
  const { input: i, kernel: k, stride: s, dilation: d, padBefore, padAfter } = axis;
  const output = convAxisOutput(axis);
  const symmetric = padBefore === padAfter;
  const p = padBefore;
  const pads = twoP(axis);
  const twoPSymbol = pads.symbol;
  const twoPValue = pads.value;
  const base = { output, dilated: false, note: pads.note };

  if (d > 1) {
    return {
      ...base,
      number: 15,
      section: '5.1',
      title: 'Dilated convolutions',
      formula: `o = ${floorFrac(`i + ${twoPSymbol} - k - (k - 1)(d - 1)`, 's')} + 1`,
      substituted: `o = ${floorFrac(`${i} + ${twoPValue} - ${k} - (${k} - 1)(${d} - 1)`, String(s))} + 1 = ${output}`,
    };
  }
  if (s === 1 && symmetric) {
    if (p === 0) {
      return {
        ...base,
        number: 1,
        section: '2.1',
        title: 'No zero padding, unit strides',
        formula: 'o = (i - k) + 1',
        substituted: `o = (${i} - ${k}) + 1 = ${output}`,
      };
    }
    if (k % 2 === 1 && p === Math.floor(k / 2)) {
      return {
        ...base,
        number: 3,
        section: '2.2.1',
        title: 'Half (same) padding',
        formula: 'o = i + 2\\lfloor k/2 \\rfloor - (k - 1) = i',
        substituted: `o = ${i} + 2\\lfloor ${k}/2 \\rfloor - (${k} - 1) = ${output}`,
      };
    }
    if (p === k - 1) {
      return {
        ...base,
        number: 4,
        section: '2.2.2',
        title: 'Full padding',
        formula: 'o = i + 2(k - 1) - (k - 1) = i + (k - 1)',
        substituted: `o = ${i} + (${k} - 1) = ${output}`,
      };
    }
  }
  if (s === 1) {
    return {
      ...base,
      number: 2,
      section: '2.2',
      title: 'Zero padding, unit strides',
      formula: `o = (i - k) + ${twoPSymbol} + 1`,
      substituted: `o = (${i} - ${k}) + ${twoPValue} + 1 = ${output}`,
    };
  }
  if (padBefore === 0 && padAfter === 0) {
    return {
      ...base,
      number: 5,
      section: '2.3',
      title: 'No zero padding, non-unit strides',
      formula: `o = ${floorFrac('i - k', 's')} + 1`,
      substituted: `o = ${floorFrac(`${i} - ${k}`, String(s))} + 1 = ${output}`,
    };
  }
  return {
    ...base,
    number: 6,
    section: '2.4',
    title: 'Zero padding, non-unit strides',
    formula: `o = ${floorFrac(`i + ${twoPSymbol} - k`, 's')} + 1`,
    substituted: `o = ${floorFrac(`${i} + ${twoPValue} - ${k}`, String(s))} + 1 = ${output}`,
  };
}

/**
 * The paper's most specific relationship for one axis of a transposed convolution, with k
 * replaced by k̂ = k + (k − 1)(d − 1) under dilation. Unit stride: 8 (p = 0), 10 (half
 * padding), 11 (full padding), 9 (any p). Non-unit stride: 12 (p = 0), 13 (any p), 14 (a > 0,
 * the odd case). Relationship 14's a = (i + 2p − k) mod s is always < s; PyTorch allows
 * a < max(s, d), so with dilation > stride a ≥ s is possible and no relationship of the paper
 * covers it: `number` is null and the general formula o′ = s(i′ − 1) + a + d(k − 1) + 1 − 2p
 * is given.
 *
 * @example transposedRelationship({ input: 3, kernel: 3, stride: 2, dilation: 1, padBefore: 1, padAfter: 1, outputPadding: 1 }).output // 6 (figure 4.7)
 */
export function transposedRelationship(axis: TransposedAxisGeometry): Relationship {
  const { input: i, kernel: k, stride: s, dilation: d, outputPadding: op } = axis;
  const p = axis.padBefore;
  const pads = twoP(axis);
  const symmetric = axis.padBefore === axis.padAfter;
  const kHat = dilatedKernel(k, d);
  const dilated = d > 1;
  const K = dilated ? '\\hat{k}' : 'k';
  const output = convTransposeAxisOutput(axis);
  const base = {
    output,
    dilated,
    note:
      pads.note ??
      (p > kHat - 1
        ? `p = ${p} > ${K === 'k' ? 'k' : 'k̂'} − 1 = ${kHat - 1}: the equivalent convolution's padding p′ = ${kHat - 1 - p} is negative, so the full result is cropped (the paper does not cover this; PyTorch does).`
        : undefined),
  };
  const kSub = dilated ? `${kHat}` : `${k}`;
  if (op >= s) {
    const beyond = `a = ${op} ≥ s = ${s}: none of the paper's relationships covers this (Relationship 14's a = (i + 2p − k) mod s is always less than s). PyTorch accepts it because output_padding only has to be below max(s, d) = ${Math.max(s, d)}; the general formula is o′ = s(i′ − 1) + a + d(k − 1) + 1 − 2p.`;
    return {
      ...base,
      // the formula spells out d(k − 1) + 1, so k̂ needs no explaining
      dilated: false,
      number: null,
      section: '4.6',
      title: 'Beyond the paper: output padding a ≥ s',
      formula: `o' = s(i' - 1) + a + d(k - 1) + 1 - ${pads.symbol}`,
      substituted: `o' = ${s}(${i} - 1) + ${op} + ${d}(${k} - 1) + 1 - ${pads.value} = ${output}`,
      note: base.note ? `${beyond} ${base.note}` : beyond,
    };
  }
  if (s === 1 && op === 0) {
    if (symmetric && p === 0) {
      return {
        ...base,
        number: 8,
        section: '4.3',
        title: 'No zero padding, unit strides, transposed',
        formula: `o' = i' + (${K} - 1)`,
        substituted: `o' = ${i} + (${kSub} - 1) = ${output}`,
      };
    }
    if (symmetric && kHat % 2 === 1 && p === Math.floor(kHat / 2)) {
      return {
        ...base,
        number: 10,
        section: '4.4.1',
        title: 'Half (same) padding, transposed',
        formula: `o' = i' + (${K} - 1) - 2p = i'`,
        substituted: `o' = ${i} + (${kSub} - 1) - 2 \\cdot ${p} = ${output}`,
      };
    }
    if (symmetric && p === kHat - 1) {
      return {
        ...base,
        number: 11,
        section: '4.4.2',
        title: 'Full padding, transposed',
        formula: `o' = i' + (${K} - 1) - 2p = i' - (${K} - 1)`,
        substituted: `o' = ${i} - (${kSub} - 1) = ${output}`,
      };
    }
    return {
      ...base,
      number: 9,
      section: '4.4',
      title: 'Zero padding, unit strides, transposed',
      formula: `o' = i' + (${K} - 1) - ${pads.symbol}`,
      substituted: `o' = ${i} + (${kSub} - 1) - ${pads.value} = ${output}`,
    };
  }
  if (op === 0 && symmetric && p === 0) {
    return {
      ...base,
      number: 12,
      section: '4.5',
      title: 'No zero padding, non-unit strides, transposed',
      formula: `o' = s(i' - 1) + ${K}`,
      substituted: `o' = ${s}(${i} - 1) + ${kSub} = ${output}`,
    };
  }
  if (op === 0) {
    return {
      ...base,
      number: 13,
      section: '4.6',
      title: 'Zero padding, non-unit strides, transposed',
      formula: `o' = s(i' - 1) + ${K} - ${pads.symbol}`,
      substituted: `o' = ${s}(${i} - 1) + ${kSub} - ${pads.value} = ${output}`,
    };
  }
  return {
    ...base,
    number: 14,
    section: '4.6',
    title: 'Zero padding, non-unit strides, transposed (odd case)',
    formula: `o' = s(i' - 1) + a + ${K} - ${pads.symbol}`,
    substituted: `o' = ${s}(${i} - 1) + ${op} + ${kSub} - ${pads.value} = ${output}`,
  };
}

/**
 * Relationship 7 (chapter 3, pooling arithmetic): o = ⌊(i − k)/s⌋ + 1 for any pooling type.
 * With padding, dilation or ceil mode PyTorch extends it, and the formula shown is PyTorch's:
 * o = ⌊(i + 2p − d(k − 1) − 1)/s⌋ + 1, or the ceiling with the last window dropped when it
 * would start in the right padding.
 *
 * @example poolRelationship({ input: 5, kernel: 3, stride: 1, dilation: 1, padBefore: 0, padAfter: 0, ceilMode: false }).output // 3
 */
export function poolRelationship(axis: PoolAxisGeometry): Relationship {
  const { input: i, kernel: k, stride: s, dilation: d, ceilMode: ceil } = axis;
  const p = axis.padBefore;
  const output = poolAxisOutput(axis);
  const base = {
    number: 7,
    section: '3',
    title: 'Pooling arithmetic',
    output,
    dilated: false,
  };
  if (p === 0 && d === 1 && !ceil) {
    return {
      ...base,
      formula: `o = ${floorFrac('i - k', 's')} + 1`,
      substituted: `o = ${floorFrac(`${i} - ${k}`, String(s))} + 1 = ${output}`,
    };
  }
  const pads = twoP(axis);
  const num = `i + ${pads.symbol} - d(k - 1) - 1`;
  const numValue = `${i} + ${pads.value} - ${d}(${k} - 1) - 1`;
  if (!ceil) {
    return {
      ...base,
      formula: `o = ${floorFrac(num, 's')} + 1`,
      substituted: `o = ${floorFrac(numValue, String(s))} + 1 = ${output}`,
      note: "PyTorch's extension of Relationship 7 with padding and dilation.",
    };
  }
  const dropped = poolAxisDroppedWindow(axis);
  const ceilFrac = (n: string, den: string): string =>
    `\\left\\lceil \\frac{${n}}{${den}} \\right\\rceil`;
  return {
    ...base,
    formula: `o = ${ceilFrac(num, 's')} + 1`,
    substituted:
      dropped === null
        ? `o = ${ceilFrac(numValue, String(s))} + 1 = ${output}`
        : `o = ${ceilFrac(numValue, String(s))} + 1 - 1 = ${output}`,
    note:
      dropped === null
        ? "PyTorch's ceil mode: the last window may hang over the end, as long as it starts inside the input or the left padding."
        : `PyTorch's ceil mode drops the last window: it would start at ${dropped}, inside the right padding ((o − 1)s = ${dropped + p} ≥ i + p = ${i + p}).`,
  };
}

/**
 * One axis of TensorFlow's pooling beside the paper: `'VALID'` is Relationship 7 itself
 * (o = ⌊(i − k)/s⌋ + 1); `'SAME'` rounds up, o = ⌈i/s⌉, and pads P = max((o − 1)s + k − i, 0)
 * zeros, ⌊P/2⌋ before and the rest after: Relationship 7 with p₁ + p₂ = P added to i gives the
 * same o (docs/semantics.md §3.1).
 *
 * @param axis the axis with TensorFlow's zeros (`tfPoolAxes`), dilation 1
 * @example tfPoolRelationship({ input: 6, kernel: 3, stride: 2, dilation: 1, padBefore: 0, padAfter: 1 }, 'SAME').substituted // 'o = \\left\\lceil \\frac{6}{2} \\right\\rceil = 3'
 */
export function tfPoolRelationship(axis: AxisGeometry, padding: 'SAME' | 'VALID'): Relationship {
  if (padding === 'VALID') return poolRelationship({ ...axis, ceilMode: false });
  const { input: i, kernel: k, stride: s, padBefore, padAfter } = axis;
  const output = Math.ceil(i / s);
  const total = padBefore + padAfter;
  return {
    number: 7,
    section: '3',
    title: 'Pooling arithmetic',
    formula: `o = \\left\\lceil \\frac{i}{s} \\right\\rceil`,
    substituted: `o = \\left\\lceil \\frac{${i}}{${s}} \\right\\rceil = ${output}`,
    output,
    dilated: false,
    note:
      `TensorFlow's SAME pads P = max((o − 1)·s + k − i, 0) = max(${output - 1}·${s} + ${k} − ${i}, 0) = ${total}: ` +
      `${padBefore} before and ${padAfter} after${total % 2 ? ' (the odd zero after)' : ''}; ` +
      `Relationship 7 on the padded input, ⌊(${i} + ${total} − ${k})/${s}⌋ + 1, gives the same ${output}.`,
  };
}
