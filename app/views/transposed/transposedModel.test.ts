import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conv, convTranspose, equivalentConvTensors, linkCounts } from '../../../engine';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { buildTransposedModel, overlapAxes } from './transposedModel';

/** The model of a transposed URL, as the page builds it. */
const model = (query: string) =>
  buildTransposedModel(decode(`?view=transposed&${query}`).params as ViewParams<'transposed'>);

/** Small two-axis transposed convolutions: input, kernel, stride, dilation, padding up to `pMax`. */
const shapes = (pMax: number) => {
  const axes = (min: number, max: number) =>
    fc.tuple(fc.integer({ min, max }), fc.integer({ min, max }));
  return fc.record({
    i: axes(1, 5),
    k: axes(1, 4),
    s: axes(1, 3),
    d: axes(1, 3),
    p: axes(0, pMax),
  });
};
const pair = (v: [number, number]) => v.join(',');

describe('buildTransposedModel: the three views of one ConvTranspose2d', () => {
  it.each([
    // [query, output o′ = s(i′ − 1) + a + k̂ − 2p, relationship, full (i′ − 1)s + k̂,
    //  zeros past the full result max(a − p, 0), canvas]
    ['i=2&k=3&s=1&p=0&op=0', 4, 8, 4, 0, 4], // figure 4.1
    ['i=3&k=3&s=2&p=1&op=0', 5, 13, 7, 0, 7], // figure 4.6
    ['i=3&k=3&s=2&p=1&op=1', 6, 14, 7, 0, 7], // figure 4.7
    // s 1, d 3, a 2 (allowed: a < max(s, d)): full 1 + 4 = 5, output 7, two zeros past it;
    // a ≥ s, so none of the paper's relationships (null)
    ['i=2&k=2&s=1&p=0&d=3&op=2', 7, null, 5, 2, 7],
  ])('%s → %i × %i, Relationship %s', (query, output, rel, full, past, canvas) => {
    const m = model(query);
    expect(m.error).toBeNull();
    expect(m.valid?.output).toEqual([output, output]);
    expect(m.valid?.relationships.map((r) => r.number)).toEqual([rel, rel]);
    expect(m.valid?.scatter.map((a) => [a.full, a.zerosPast, a.canvas])).toEqual([
      [full, past, canvas],
      [full, past, canvas],
    ]);
    expect(m.valid?.fullGeometry.colShape).toEqual([full, full]);
  });

  it('figure 4.7 as an equivalent convolution: p′ = 1 before, p′ + a = 2 after, one zero between', () => {
    const m = model('i=3&k=3&s=2&p=1&op=1');
    expect(m.equivalents.map((e) => [e.stretched, e.padBefore, e.padAfter])).toEqual([
      [5, 1, 2],
      [5, 1, 2],
    ]);
    expect(m.layouts[0].kinds.join(' ')).toBe('pad input inserted input inserted input pad a');
    // the stride-1 convolution slides over all 8 drawn positions: 8 − 3 + 1 = 6 outputs
    expect(m.valid?.eqGeometry.rowShape).toEqual([6, 6]);
    expect(m.directs[0]).toEqual([
      { inputSize: 5, outputPadding: 0 },
      { inputSize: 6, outputPadding: 1 },
    ]);
  });

  it('section 4.1: C has one row per input cell and one column per output cell', () => {
    const m = model('i=3&k=3&s=2&p=1&op=1');
    expect(m.valid?.matrixSize).toEqual([9, 36]);
    expect(m.valid?.matrix?.rows).toBe(9);
    // a 20 × 20 input has 400 rows but 39 × 39 = 1521 outputs: described, not drawn
    const large = model('i=20&k=3&s=2&p=1&op=0');
    expect(large.valid?.matrixSize).toEqual([400, 1521]);
    expect(large.valid?.matrix).toBeNull();
  });

  it('refuses output padding ≥ max(stride, dilation), with fixes', () => {
    const m = model('i=3&k=3&s=2&p=1&op=2');
    expect(m.error).toMatch(/output padding must be smaller than either stride or dilation/);
    expect(m.valid).toBeNull();
    expect(m.fixes.map((f) => f.label)).toEqual([
      'Output padding 2 → 1 (height), 2 → 1 (width)',
      'Stride 2 → 3 (height), 2 → 3 (width)',
    ]);
  });

  it('values: the output is the stamps added up, the full scatter before cropping around it', () => {
    // figure 4.6: output (0, 0) is reached only by input (0, 0) through tap (1, 1)
    // (n·2 − 1 + t = 0 → n = 0, t = 1); output (1, 1) by inputs n ∈ {0, 1} per axis
    const m = model('i=3&k=3&s=2&p=1&op=0&num=1&seed=5');
    const x = m.values.input;
    const w = m.values.kernel;
    const result = m.valid!.numbers!.result;
    expect(result[0]).toBe(x[0] * w[4]);
    // output (1, 1): n = 0 with t = 2, n = 1 with t = 0, on each axis
    expect(result[6]).toBe(x[0] * w[8] + x[1] * w[6] + x[3] * w[2] + x[4] * w[0]);
    const numbers = m.valid!.numbers!;
    expect(Array.from(result, (_, j) => numbers.eqOutputAt(j))).toEqual(Array.from(result));
    // the uncropped 7 × 7 result: row 0 holds the top rows of the stamps of inputs 0, 1, 2 at
    // columns 0, 2, 4 (s = 2), overlapping at columns 2 and 4
    const full = Array.from({ length: 49 }, (_, j) => numbers.fullAt(j));
    expect(full.slice(0, 4)).toEqual([
      x[0] * w[0],
      x[0] * w[1],
      x[0] * w[2] + x[1] * w[0],
      x[1] * w[1],
    ]);
    // cropping p = 1 on each side leaves the output: full (1, 1) is output (0, 0)
    expect(full[8]).toBe(result[0]);
    expect(full[7 * 2 + 2]).toBe(result[6]);
  });

  it('the layouts’ convolved region holds the engine’s stretched, padded and cropped input', () => {
    fc.assert(
      fc.property(shapes(3), ({ i, k, s, d, p }) => {
        const m = model(`i=${pair(i)}&k=${pair(k)}&s=${pair(s)}&d=${pair(d)}&p=${pair(p)}`);
        if (!m.valid) return;
        // Input cells numbered 1…n: the stretched input names the cell each position holds.
        const cells = Float64Array.from({ length: i[0] * i[1] }, (_, j) => j + 1);
        const x = { shape: [1, ...m.input], data: cells };
        const w = { shape: [1, 1, ...m.kernel], data: new Float64Array(k[0] * k[1]) };
        const stretched = equivalentConvTensors(x, w, m.spec).input;
        // What eqOutputAt reads: each region row's and column's input index, −1 for a zero.
        const [rows, cols] = m.layouts.map((l) =>
          l.inputIndex.slice(l.regionStart, l.regionStart + l.region),
        );
        expect([rows.length, cols.length]).toEqual(stretched.shape.slice(1));
        const virtual = rows.flatMap((n) =>
          cols.map((c) => (n >= 0 && c >= 0 ? cells[n * i[1] + c] : 0)),
        );
        expect(virtual).toEqual(Array.from(stretched.data));
      }),
      { numRuns: 80 },
    );
  });

  it('values asked for cell by cell are the engine’s: its direct conv, its uncropped scatter, its link counts', () => {
    fc.assert(
      fc.property(
        fc.tuple(shapes(2), fc.integer({ min: 1, max: 999 })),
        ([{ i, k, s, d, p }, seed]) => {
          const m = model(
            `i=${pair(i)}&k=${pair(k)}&s=${pair(s)}&d=${pair(d)}&p=${pair(p)}&num=1&seed=${seed}`,
          );
          if (!m.valid?.numbers) return;
          const { numbers, fullGeometry } = m.valid;
          const x = { shape: [1, ...m.input], data: m.values.input };
          const w = { shape: [1, 1, ...m.kernel], data: m.values.kernel };
          const eq = equivalentConvTensors(x, w, m.spec);
          const direct = Array.from(conv(eq.input, eq.weight, eq.spec).data);
          expect(direct.map((_, j) => numbers.eqOutputAt(j))).toEqual(direct);
          const uncropped = {
            kernel: m.spec.kernel,
            stride: m.spec.stride,
            dilation: m.spec.dilation,
          };
          const full = Array.from(convTranspose(x, w, uncropped).data);
          expect(full.map((_, j) => numbers.fullAt(j))).toEqual(full);
          // The engine counts each cell's links; the model keeps a count per row and column.
          const [rows, cols] = overlapAxes(fullGeometry);
          const products = Array.from(rows).flatMap((a) => Array.from(cols, (b) => a * b));
          expect(products).toEqual(Array.from(linkCounts(fullGeometry)));
        },
      ),
      { numRuns: 80 },
    );
  }, 60_000);
});
