import { describe, expect, it } from 'vitest';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { kerasFixPatch } from './kerasModel';
import { buildTransposedModel } from './transposedModel';

const model = (query: string) =>
  buildTransposedModel(decode(`?view=transposed&${query}`).params as ViewParams<'transposed'>);

// Sizes from docs/semantics.md §3.3–3.4: i 3, k 3, s 2 — 'same' infers 6 (crop 0, 1), 'same'
// with output_padding 0 gives 5 (PyTorch p 1, op 0), 'valid' infers 7.

describe('buildTransposedModel with Keras’ rules (fw=tf)', () => {
  it("'same', output_padding None: Keras 6 × 6; the figure draws PyTorch's padding 0 (7 × 7)", () => {
    const m = model('fw=tf&tfpad=same&i=3&k=3&s=2');
    expect(m.keras?.output).toEqual([6, 6]);
    expect(m.valid?.output).toEqual([7, 7]);
    expect(m.axes.map((a) => [a.padBefore, a.outputPadding])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(m.keras?.axes.map((a) => a.slice)).toEqual([1, 1]);
  });

  it("'same', output_padding 0: Keras 5 × 5 is PyTorch's padding 1 exactly; URL p and op are not read", () => {
    const m = model('fw=tf&tfpad=same&kop=0&i=3&k=3&s=2&p=3&op=1');
    expect(m.keras?.output).toEqual([5, 5]);
    expect(m.valid?.output).toEqual([5, 5]);
    expect(m.axes.map((a) => [a.padBefore, a.outputPadding])).toEqual([
      [1, 0],
      [1, 0],
    ]);
  });

  it("'valid' infers (i − 1)s + k̂ = 7; with output_padding 1 it is PyTorch's output_padding 1", () => {
    expect(model('fw=tf&i=3&k=3&s=2').keras?.output).toEqual([7, 7]);
    const m = model('fw=tf&kop=1&i=3&k=3&s=2');
    expect([m.valid?.output, m.axes[0].outputPadding]).toEqual([[8, 8], 1]);
  });

  it('refuses output_padding ≥ stride, with a fix that sets kop', () => {
    const m = model('fw=tf&tfpad=same&kop=2&i=3&k=3&s=2');
    expect(m.error).toContain('Strides must be greater than output padding');
    expect(m.valid).toBeNull();
    const params = decode('?view=transposed&fw=tf&kop=2&s=2').params as ViewParams<'transposed'>;
    expect(kerasFixPatch(params, m.fixes[0])).toEqual({ kop: [1, 2] });
  });
});
