import { describe, expect, it } from 'vitest';
import { paddingForWord } from './spec';
import {
  kerasConvTransposeOutput,
  kerasOutputPaddingFor,
  kerasOutputPaddingProblem,
  tfConvAxis,
  tfConvTransposeCrop,
  tfConvTransposeRange,
  tfSamePort,
} from './tensorflow';
import { convOutputShape } from './shape';

// Every expectation below is either a worked example of docs/semantics.md (§3.1–3.4) or
// an independent form of TensorFlow's rule, written out here and compared on small grids.

/** All small configurations: input 1–12, kernel 1–5, stride 1–4, dilation 1–3. */
const GRID = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((i) =>
  [1, 2, 3, 4, 5].flatMap((k) =>
    [1, 2, 3, 4].flatMap((s) => [1, 2, 3].map((d) => ({ i, k, s, d, kHat: d * (k - 1) + 1 }))),
  ),
);

describe('tfConvAxis: SAME, VALID and explicit padding (§3.1)', () => {
  it.each([
    // [i, k, s, d, SAME → output, before, after] — P = max(0, (⌈i/s⌉ − 1)s + k̂ − i)
    [5, 4, 1, 1, 5, 1, 2], // P = 3: the odd zero goes after
    [5, 3, 1, 1, 5, 1, 1],
    [5, 3, 2, 1, 3, 1, 1], // figure 2.6: the same as PyTorch's padding=1
    [6, 3, 2, 1, 3, 0, 1], // §3.4: TF pads (0, 1) where PyTorch's padding=1 pads (1, 1)
    [9, 3, 1, 2, 9, 2, 2], // k̂ = 5
    [7, 3, 2, 1, 4, 1, 1],
    [4, 1, 3, 1, 2, 0, 0], // a 1-wide kernel never pads
  ])('SAME: i = %i, k = %i, s = %i, d = %i → %i, (%i, %i)', (i, k, s, d, output, before, after) => {
    expect(tfConvAxis(i, k, s, d, 'SAME')).toEqual({ output, padBefore: before, padAfter: after });
  });

  it.each([
    // [i, k, s, d, VALID output] — ⌊(i − k̂ + s)/s⌋, PyTorch's padding 0
    [4, 3, 1, 1, 2], // figure 2.1
    [5, 3, 2, 1, 2], // figure 2.5
    [7, 3, 1, 2, 3], // figure 5.1
    [9, 3, 2, 2, 3],
  ])('VALID: i = %i, k = %i, s = %i, d = %i → %i', (i, k, s, d, output) => {
    expect(tfConvAxis(i, k, s, d, 'VALID')).toEqual({ output, padBefore: 0, padAfter: 0 });
  });

  it('explicit padding keeps the given zeros: i 6, k 3, s 2, (1, 1) → 3 (figure 2.7)', () => {
    expect(tfConvAxis(6, 3, 2, 1, [1, 1])).toEqual({ output: 3, padBefore: 1, padAfter: 1 });
  });

  it('SAME agrees with the documented form of P on every small configuration', () => {
    for (const { i, k, s, d, kHat } of GRID) {
      // tf.nn docs: P = max(k̂ − s, 0) if i mod s = 0, else max(k̂ − (i mod s), 0)
      const total = i % s === 0 ? Math.max(kHat - s, 0) : Math.max(kHat - (i % s), 0);
      const got = tfConvAxis(i, k, s, d, 'SAME');
      expect([got.output, got.padBefore, got.padAfter]).toEqual([
        Math.ceil(i / s),
        Math.floor(total / 2),
        total - Math.floor(total / 2),
      ]);
    }
  });

  it('VALID and explicit padding agree with PyTorch’s floor formula wherever the kernel fits', () => {
    for (const { i, k, s, d, kHat } of GRID) {
      for (const [before, after] of [
        [0, 0],
        [1, 0],
        [0, 2],
        [2, 2],
      ] as const) {
        if (i + before + after < kHat) continue;
        // ⌈(i + p₁ + p₂ − k̂ + 1)/s⌉ = ⌊(i + p₁ + p₂ − k̂)/s⌋ + 1 (Relationship 6 / 15)
        const expected = Math.ceil((i + before + after - kHat + 1) / s);
        const padding =
          before === 0 && after === 0 ? ('VALID' as const) : ([before, after] as const);
        expect(tfConvAxis(i, k, s, d, padding).output).toBe(expected);
      }
    }
  });

  it("stride 1: SAME splits d(k − 1) exactly like PyTorch's padding='same' (§3.4)", () => {
    for (const { i, k, d } of GRID) {
      const { padBefore, padAfter } = tfConvAxis(i, k, 1, d, 'SAME');
      expect({ padBefore, padAfter }).toEqual(paddingForWord('same', k, d));
    }
  });
});

/** TensorFlow's validity rule, written out: the forward convolution of size o gives i back. */
function forwardOf(o: number, kHat: number, s: number, padding: 'SAME' | 'VALID'): number {
  return padding === 'SAME' ? Math.ceil(o / s) : Math.floor((o - kHat + s) / s);
}

describe('tf.nn.conv2d_transpose output sizes (§3.2)', () => {
  it.each([
    // [i, k, s, padding, min, max] — §3.3's examples: I = 3, k = 3, s = 2
    [3, 3, 2, 'VALID', 7, 8],
    [3, 3, 2, 'SAME', 5, 6],
  ] as const)('i = %i, k = %i, s = %i, %s: %i … %i', (i, k, s, padding, min, max) => {
    expect(tfConvTransposeRange(i, k, s, 1, padding)).toEqual({ min, max });
  });

  it('accepts exactly the sizes whose forward convolution gives the input back', () => {
    for (const { i, k, s, d, kHat } of GRID) {
      for (const padding of ['SAME', 'VALID'] as const) {
        const accepted = Array.from({ length: (i + 2) * s + kHat }, (_, o) => o + 1).filter(
          (o) => forwardOf(o, kHat, s, padding) === i,
        );
        const range = tfConvTransposeRange(i, k, s, d, padding);
        expect([range.min, range.max]).toEqual([accepted[0], accepted[accepted.length - 1]]);
        expect(accepted).toHaveLength(range.max - range.min + 1);
      }
    }
  });

  it.each([
    // [i, k, s, padding, o, crop] — full = (i − 1)s + k̂ = 7 for i 3, k 3, s 2
    [3, 3, 2, 'SAME', 5, 1], // forward SAME of 5: P = 2 → (1, 1); matches PyTorch p = 1 (§3.4)
    [3, 3, 2, 'SAME', 6, 0], // P = 1 → (0, 1): no PyTorch padding gives this
    [3, 3, 2, 'VALID', 8, 0],
    [3, 3, 2, 'SAME', 7, null], // outside 5 … 6: TensorFlow refuses
  ] as const)('i = %i, k = %i, s = %i, %s, o = %i → crop %s', (i, k, s, padding, o, crop) => {
    expect(tfConvTransposeCrop(i, k, s, 1, padding, o)).toBe(crop);
  });
});

describe("Keras' Conv2DTranspose (§3.3)", () => {
  it.each([
    // [i, k, s, d, padding, output_padding, output]
    [3, 3, 2, 1, 'valid', null, 7], // i·s + max(k̂ − s, 0): the default lands in 7 … 8
    [3, 3, 2, 1, 'same', null, 6], // i·s: in 5 … 6
    [3, 3, 2, 1, 'full', null, 3], // i·s − (s + k̂ − 2)
    [2, 3, 1, 2, 'valid', null, 6], // k̂ = 5: 2 + 4
    [3, 3, 2, 1, 'same', 0, 5], // (i − 1)s + k̂ − 2⌊k̂/2⌋ + 0: figure 4.6
    [3, 3, 2, 1, 'same', 1, 6], // figure 4.7 in Keras' terms
    [3, 3, 2, 1, 'valid', 1, 8],
    [3, 4, 2, 1, 'same', 0, 4], // even k̂: (i − 1)s, below TF's SAME minimum 5 (§3.3 edge case)
    [5, 3, 1, 1, 'full', 0, 3],
  ] as const)(
    'i %i, k %i, s %i, d %i, %s, output_padding %s → %i',
    (i, k, s, d, padding, op, out) => {
      expect(kerasConvTransposeOutput(i, k, s, d, padding, op)).toBe(out);
    },
  );

  it("'same' with output_padding is Keras 3's (i − 1)s + (k̂ mod 2) + output_padding", () => {
    for (const { i, k, s, d, kHat } of GRID) {
      for (let op = 0; op < s; op++) {
        expect(kerasConvTransposeOutput(i, k, s, d, 'same', op)).toBe(
          (i - 1) * s + (kHat % 2) + op,
        );
      }
    }
  });

  it('the inferred size always lies in the range TensorFlow accepts', () => {
    for (const { i, k, s, d } of GRID) {
      for (const padding of ['valid', 'same'] as const) {
        const out = kerasConvTransposeOutput(i, k, s, d, padding, null);
        const range = tfConvTransposeRange(i, k, s, d, padding === 'same' ? 'SAME' : 'VALID');
        expect(out).toBeGreaterThanOrEqual(range.min);
        expect(out).toBeLessThanOrEqual(range.max);
      }
    }
  });

  it.each([
    // [i, k, s, padding, wanted size, output_padding or null]
    [3, 3, 2, 'same', 6, 1],
    [3, 3, 2, 'same', 5, 0],
    [3, 3, 2, 'valid', 8, 1],
    [3, 3, 2, 'valid', 9, null], // would need 2, not below the stride
    [3, 3, 2, 'valid', 6, null], // would need −1
  ] as const)('i %i, k %i, s %i, %s: size %i needs output_padding %s', (i, k, s, pad, o, op) => {
    expect(kerasOutputPaddingFor(i, k, s, 1, pad, o)).toBe(op);
  });

  it('refuses output padding that is not below the stride, in its words', () => {
    expect(kerasOutputPaddingProblem(2, 1)).toBeNull();
    expect(kerasOutputPaddingProblem(2, 2)).toBe(
      'Strides must be greater than output padding. Received strides=2, output_padding=2',
    );
  });
});

describe('tfSamePort: SAME beside PyTorch’s padding=⌊d(k − 1)/2⌋ (§3.4)', () => {
  it.each([
    // [i, k, s, d, TF output, before, after, port padding, PyTorch output]
    [113, 2, 2, 1, 57, 0, 1, 0, 56], // ⌈113/2⌉ = 57; ⌊(113 − 2)/2⌋ + 1 = 56: one row short
    [224, 7, 2, 1, 112, 2, 3, 3, 112], // ResNet's stem: same size, shifted (2, 3) against (3, 3)
    [6, 3, 2, 1, 3, 0, 1, 1, 3], // §3.4's example: TF pads (0, 1), PyTorch (1, 1)
    [5, 3, 2, 1, 3, 1, 1, 1, 3], // odd input: identical
    [8, 4, 1, 1, 8, 1, 2, 1, 7], // stride 1, even kernel: the port loses one
    [9, 3, 3, 2, 3, 1, 1, 2, 3], // k̂ = 5: P = 2·3 + 5 − 9 = 2
  ])(
    'i %i, k %i, s %i, d %i: TensorFlow %i (%i, %i), PyTorch p = %i gives %i',
    (i, k, s, d, out, before, after, p, torchOut) => {
      expect(tfSamePort(i, k, s, d)).toEqual({
        tf: { output: out, padBefore: before, padAfter: after },
        torchPadding: p,
        torchOutput: torchOut,
      });
    },
  );

  it('F.pad with TensorFlow’s zeros and padding 0 gives TensorFlow’s size on every small case', () => {
    for (const { i, k, s, d } of GRID) {
      const { tf, torchPadding, torchOutput } = tfSamePort(i, k, s, d);
      const padded = convOutputShape([i], {
        kernel: [k],
        stride: [s],
        dilation: [d],
        padding: [[tf.padBefore, tf.padAfter]],
      });
      expect(padded).toEqual([Math.ceil(i / s)]);
      if (i + 2 * torchPadding >= d * (k - 1) + 1) {
        expect(
          convOutputShape([i], {
            kernel: [k],
            stride: [s],
            dilation: [d],
            padding: [torchPadding],
          }),
        ).toEqual([torchOutput]);
      }
    }
  });
});
