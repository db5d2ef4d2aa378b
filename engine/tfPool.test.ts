import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { caughtConfigError as caught } from './testing/caught';
import { tfPool, tfPoolAxes, tfPoolDivisor, type TfPoolSpec } from './tfPool';

// TensorFlow is not installed here. The expectations are (1) worked by hand from its rule in
// docs/semantics.md §3.1, (2) PyTorch 1.13 running the rule as F.pad + pooling
// (scripts/vectors/gen_tfpool.py), and (3) TensorFlow.js's CPU kernels, a separate
// implementation of TensorFlow's ops (a dev dependency already, for the benchmark).

const avg = (kernel: number[], stride: number[], padding: 'SAME' | 'VALID'): TfPoolSpec => ({
  mode: 'avg',
  kernel,
  stride,
  padding,
});
const max = (kernel: number[], stride: number[], padding: 'SAME' | 'VALID'): TfPoolSpec => ({
  ...avg(kernel, stride, padding),
  mode: 'max',
});
const row = (data: number[]) => ({ shape: [1, data.length], data });

describe('tfPool: worked by hand (§3.1)', () => {
  it('[1..6], k 3, s 2, SAME pads (0, 1): average of [1 2 3], [3 4 5], [5 6] = 2, 4, 5.5', () => {
    const y = tfPool(row([1, 2, 3, 4, 5, 6]), avg([3], [2], 'SAME'));
    expect(y.shape).toEqual([1, 3]);
    // the padded zero is not counted: 11 / 2, not 11 / 3
    expect(Array.from(y.data)).toEqual([2, 4, 5.5]);
  });

  it('[1..5], k 3, s 2, SAME pads (1, 1): 1.5, 3, 4.5 — PyTorch’s count_include_pad=False', () => {
    // semantics.md §2.6: PyTorch's p 1 excluding padding gives [1.5, 3, 4.5] on the same input
    expect(Array.from(tfPool(row([1, 2, 3, 4, 5]), avg([3], [2], 'SAME')).data)).toEqual([
      1.5, 3, 4.5,
    ]);
  });

  it('max pooling never picks the padding, even when every input value is negative', () => {
    const y = tfPool(row([-5, -1, -7, -3]), max([2], [1], 'SAME'));
    // i 4, k 2, s 1: P = 1, (0, 1): windows [−5 −1], [−1 −7], [−7 −3], [−3]
    expect(Array.from(y.data)).toEqual([-1, -1, -3, -3]);
  });

  it('VALID drops what does not fit: [1..7], k 2, s 3 → windows [1 2], [4 5] (7 dropped)', () => {
    expect(Array.from(tfPool(row([1, 2, 3, 4, 5, 6, 7]), max([2], [3], 'VALID')).data)).toEqual([
      2, 5,
    ]);
  });

  it('2-D: a 3 × 4 input, k 2, s 2, SAME: the width needs no padding, the height pads (0, 1)', () => {
    const x = { shape: [1, 3, 4], data: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] };
    const y = tfPool(x, avg([2, 2], [2, 2], 'SAME'));
    expect(y.shape).toEqual([1, 2, 2]);
    // (1+2+5+6)/4, (3+4+7+8)/4, (9+10)/2, (11+12)/2
    expect(Array.from(y.data)).toEqual([3.5, 5.5, 9.5, 11.5]);
    expect(tfPoolDivisor([1, 0], [3, 4], avg([2, 2], [2, 2], 'SAME'))).toBe(2);
  });

  it('stride defaults to the window size, as in Keras', () => {
    expect(tfPoolAxes([7], { mode: 'max', kernel: [2], padding: 'SAME' })).toEqual([
      { output: 4, padBefore: 0, padAfter: 1 },
    ]);
  });

  it('refuses VALID with a window larger than the input, and sizes below 1', () => {
    const tooBig = caught(() => tfPool(row([1, 2]), max([3], [1], 'VALID')));
    expect(tooBig.constraint).toBe('window-too-large');
    expect(tooBig.message).toContain('pool_size 3 is larger than the input 2');
    expect(caught(() => tfPoolAxes([4], max([0], [1], 'SAME'))).constraint).toBe('positive');
    // SAME always has a window: ⌈2/1⌉ = 2 of them
    expect(tfPool(row([1, 2]), max([3], [1], 'SAME')).data).toEqual(new Float64Array([2, 2]));
  });
});

describe('tfPool: every small 1-D case against the rule written out', () => {
  it('sizes, zeros and values for i 1–9, k 1–5, s 1–4, both paddings and modes', () => {
    for (let i = 1; i <= 9; i++) {
      const x = Array.from({ length: i }, (_, n) => ((n * 7) % 5) - 2);
      for (let k = 1; k <= 5; k++) {
        for (let s = 1; s <= 4; s++) {
          for (const padding of ['SAME', 'VALID'] as const) {
            if (padding === 'VALID' && i < k) continue;
            // documented form: P = max(k − s, 0) if i mod s = 0, else max(k − i mod s, 0)
            const total =
              padding === 'VALID' ? 0 : i % s === 0 ? Math.max(k - s, 0) : Math.max(k - (i % s), 0);
            const before = Math.floor(total / 2);
            const outputs = padding === 'SAME' ? Math.ceil(i / s) : Math.floor((i - k) / s) + 1;
            const windows = Array.from({ length: outputs }, (_, j) =>
              x.slice(Math.max(j * s - before, 0), Math.max(j * s - before + k, 0)),
            );
            const [axis] = tfPoolAxes([i], avg([k], [s], padding));
            expect([axis.output, axis.padBefore, axis.padAfter]).toEqual([
              outputs,
              before,
              total - before,
            ]);
            expect(Array.from(tfPool(row(x), max([k], [s], padding)).data)).toEqual(
              windows.map((w) => Math.max(...w)),
            );
            const means = Array.from(tfPool(row(x), avg([k], [s], padding)).data);
            windows.forEach((w, j) =>
              expect(means[j]).toBeCloseTo(w.reduce((a, b) => a + b, 0) / w.length, 12),
            );
          }
        }
      }
    }
  });
});

interface VectorCase {
  id: string;
  mode: 'max' | 'avg';
  padding: 'SAME' | 'VALID';
  kernel: number[];
  stride: number[];
  input: { shape: number[]; data: number[] };
  expected: { shape: number[]; data: number[] };
  pads: [[number, number], [number, number]];
  torchSymmetric?: boolean;
}

const VECTORS: { cases: VectorCase[] } = JSON.parse(
  readFileSync(join(import.meta.dirname, 'vectors', 'tf', 'pool.json'), 'utf8'),
);

describe('tfPool: PyTorch 1.13 running the rule as F.pad + pooling (engine/vectors/tf)', () => {
  it('has cases of every kind', () => {
    const kinds = new Set(VECTORS.cases.map((c) => `${c.mode} ${c.padding}`));
    expect(kinds).toEqual(new Set(['max SAME', 'max VALID', 'avg SAME', 'avg VALID']));
    expect(VECTORS.cases.some((c) => c.pads[0][0] !== c.pads[0][1])).toBe(true);
    expect(VECTORS.cases.some((c) => c.torchSymmetric)).toBe(true);
  });

  it.each(VECTORS.cases.map((c) => [c.id, c] as const))('%s', (_, c) => {
    const spec = { mode: c.mode, kernel: c.kernel, stride: c.stride, padding: c.padding };
    const y = tfPool(c.input, spec);
    expect(y.shape).toEqual(c.expected.shape);
    Array.from(y.data).forEach((v, n) => expect(v).toBeCloseTo(c.expected.data[n], 10));
    const axes = tfPoolAxes(c.input.shape.slice(1), spec);
    expect(axes.map((a) => [a.padBefore, a.padAfter])).toEqual(c.pads);
  });
});

describe('tfPool: TensorFlow.js’s CPU kernels agree (NHWC, float32)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('on every vector case', () => {
    for (const c of VECTORS.cases) {
      const [, h, w] = c.input.shape;
      const x = tf.tensor4d(c.input.data, [1, h, w, 1]);
      const size = c.kernel as [number, number];
      const stride = c.stride as [number, number];
      const padding = c.padding === 'SAME' ? 'same' : 'valid';
      const ref =
        c.mode === 'max'
          ? tf.maxPool(x, size, stride, padding)
          : tf.avgPool(x, size, stride, padding);
      const ours = tfPool(c.input, { ...c, padding: c.padding });
      expect(ref.shape.slice(1, 3), c.id).toEqual(ours.shape.slice(1));
      const got = Array.from(ref.dataSync());
      Array.from(ours.data).forEach((v, n) => expect(got[n], c.id).toBeCloseTo(v, 4));
      tf.dispose([x, ref]);
    }
  });
});
