import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { kerasTransposeAxis } from './tensorflow';
import { convTranspose } from './transposedConv';

// Keras' Conv2DTranspose beside PyTorch (docs/semantics.md §3.2–3.4). TensorFlow is not
// installed: the sizes are the reference's worked examples and its formulas written out here,
// and the values are checked against TensorFlow.js's conv2dTranspose (CPU), a separate
// implementation of TensorFlow's op.

describe('kerasTransposeAxis: the reference’s examples (i 3, k 3, s 2)', () => {
  it.each([
    // [padding, output_padding, output, crop before, crop after, torch p, torch op, slice]
    ['same', null, 6, 0, 1, 0, 0, 1], // Keras' default i·s: no (padding, output_padding) matches
    ['same', 0, 5, 1, 1, 1, 0, 0], // O = 5 ↔ (p = 1, op = 0)
    ['same', 1, 6, 0, 1, 0, 0, 1],
    ['valid', null, 7, 0, 0, 0, 0, 0], // i·s + max(k̂ − s, 0)
    ['valid', 1, 8, 0, -1, 0, 1, 0], // one zero cell appended: PyTorch's output_padding 1
  ] as const)('%s, output_padding %s → %i', (padding, op, output, before, after, p, tOp, slice) => {
    const axis = kerasTransposeAxis(3, 3, 2, 1, padding, op);
    expect(axis).toEqual({
      output,
      full: 7,
      cropBefore: before,
      cropAfter: after,
      torchPadding: p,
      torchOutputPadding: tOp,
      slice,
      problem: null,
      explain: null,
    });
  });

  it('refuses what Keras and TensorFlow refuse', () => {
    expect(kerasTransposeAxis(3, 3, 2, 1, 'same', 2).problem).toBe(
      'Strides must be greater than output padding. Received strides=2, output_padding=2',
    );
    // even k̂, 'same', output_padding 0: (i − 1)s = 4, below SAME's 5 … 6 (§3.3 edge case)
    expect(kerasTransposeAxis(3, 4, 2, 1, 'same', 0).problem).toContain(
      "padding 'SAME' takes an output size from 5 to 6 for an input of 3, and Keras asks for 4",
    );
    expect(kerasTransposeAxis(3, 4, 2, 1, 'same', 1).problem).toBeNull();
  });

  it('says each refusal as a message with its numbers', () => {
    expect(kerasTransposeAxis(3, 3, 2, 1, 'same', 2).explain).toEqual({
      id: 'transposed.err.kerasOutputPadding',
      values: { s: 2, op: 2 },
    });
    expect(kerasTransposeAxis(3, 4, 2, 1, 'same', 0).explain).toEqual({
      id: 'transposed.err.kerasRange',
      values: { padding: 'SAME', min: 5, max: 6, input: 3, output: 4 },
    });
  });
});

/** PyTorch's ConvTranspose output size (§2.5), written out. */
const torchOutput = (i: number, k: number, s: number, d: number, p: number, op: number) =>
  (i - 1) * s - 2 * p + d * (k - 1) + op + 1;

describe('kerasTransposeAxis: every small case', () => {
  it('PyTorch with the given padding and output_padding, less the slice, has Keras’ size', () => {
    for (let i = 1; i <= 8; i++)
      for (let k = 1; k <= 5; k++)
        for (let s = 1; s <= 4; s++)
          for (const d of [1, 2])
            for (const padding of ['same', 'valid'] as const)
              for (const op of [null, ...Array.from({ length: s }, (_, n) => n)]) {
                const axis = kerasTransposeAxis(i, k, s, d, padding, op);
                if (axis.problem) continue;
                const { torchPadding: p, torchOutputPadding: a } = axis;
                expect(a).toBeLessThan(Math.max(s, d)); // PyTorch accepts it
                expect(a === 0 || axis.slice === 0).toBe(true);
                expect(torchOutput(i, k, s, d, p, a) - axis.slice).toBe(axis.output);
                // Keras' inferred sizes (§3.3): 'same' i·s, 'valid' i·s + max(k̂ − s, 0)
                const kHat = d * (k - 1) + 1;
                if (op === null) {
                  expect(axis.output).toBe(
                    padding === 'same' ? i * s : i * s + Math.max(kHat - s, 0),
                  );
                }
                // SAME's crop after is never smaller than the crop before (§3.4), unless it
                // appends zeros (k̂ < s)
                if (padding === 'same' && axis.cropAfter >= 0)
                  expect(axis.cropAfter).toBeGreaterThanOrEqual(axis.cropBefore);
              }
  });
});

describe('kerasTransposeAxis: TensorFlow.js’s conv2dTranspose gives PyTorch’s numbers, sliced', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('1 × n inputs, every padding and output_padding, kernels 1–4, strides 1–3', () => {
    let checked = 0;
    for (let n = 1; n <= 5; n++)
      for (let k = 1; k <= 4; k++)
        for (let s = 1; s <= 3; s++)
          for (const padding of ['same', 'valid'] as const)
            for (const op of [null, ...Array.from({ length: s }, (_, m) => m)]) {
              const axis = kerasTransposeAxis(n, k, s, 1, padding, op);
              if (axis.problem) continue;
              const x = Array.from({ length: n }, (_, m) => ((m * 5) % 7) - 3);
              const w = Array.from({ length: k }, (_, m) => ((m * 3) % 5) - 1);
              const ref = tf.conv2dTranspose(
                tf.tensor4d(x, [1, 1, n, 1]),
                tf.tensor4d(w, [1, k, 1, 1]),
                [1, 1, axis.output, 1],
                [1, s],
                padding,
              );
              const torch = convTranspose(
                { shape: [1, 1, n], data: x },
                { shape: [1, 1, 1, k], data: w },
                {
                  kernel: [1, k],
                  stride: [1, s],
                  padding: [0, axis.torchPadding],
                  outputPadding: [0, axis.torchOutputPadding],
                },
              );
              const ours = Array.from(torch.data).slice(0, axis.output);
              expect(Array.from(ref.dataSync()), `${n} ${k} ${s} ${padding} ${op}`).toEqual(ours);
              tf.dispose(ref);
              checked++;
            }
    expect(checked).toBeGreaterThan(150);
  });
});
