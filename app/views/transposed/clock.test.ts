import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import {
  scatterCellShown,
  scatterCellState,
  scatterOutputIndex,
  scatterShownCount,
  stampBox,
  stampsInto,
} from './clock';
import { buildTransposedModel } from './transposedModel';

const model = (query: string) =>
  buildTransposedModel(decode(`?view=transposed&${query}`).params as ViewParams<'transposed'>);

describe('the one clock of the transposed figure', () => {
  // figure 4.6: i′ = 3, k = 3, s = 2, p = 1: full result 7 × 7, output 5 × 5 from (1, 1)
  const m = model('i=3&k=3&s=2&p=1');

  it('maps scatter cells to output cells past the crop', () => {
    expect(scatterOutputIndex(m, 0, 0)).toBe(-1);
    expect(scatterOutputIndex(m, 1, 1)).toBe(0);
    expect(scatterOutputIndex(m, 2, 3)).toBe(1 * 5 + 2);
    expect(scatterOutputIndex(m, 6, 6)).toBe(-1);
  });

  it('colours a cell by what the clock has computed so far', () => {
    // step 6 is output (1, 1), scatter cell (2, 2)
    expect(scatterCellState(m, 1, 1, 6)).toBe('done');
    expect(scatterCellState(m, 2, 2, 6)).toBe('current');
    expect(scatterCellState(m, 2, 3, 6)).toBe('pending');
    expect(scatterCellState(m, 0, 3, 6)).toBe('cropped');
    // at step 0 nothing but output (0, 0) has been reached
    expect(scatterCellState(m, 5, 5, 0)).toBe('pending');
  });

  it('finds the stamps that add into an output: its overlap count', () => {
    // output (0, 0) = full (1, 1): only input 0's stamp (centre tap) covers it
    expect(stampsInto(m, 0)).toEqual([0]);
    // output (1, 1) = full (2, 2): the stamps of inputs (0, 0), (0, 1), (1, 0), (1, 1)
    expect(stampsInto(m, 6).sort()).toEqual([0, 1, 3, 4]);
    // output (0, 1) = full (1, 2): inputs (0, 0) and (0, 1)
    expect(stampsInto(m, 1).sort()).toEqual([0, 1]);
  });

  it('boxes a stamp on the full result, dilation included', () => {
    // input (1, 2) stamps at rows 2 … 4, columns 4 … 6
    expect(stampBox(m, 5)).toEqual({ top: 2, left: 4, bottom: 4, right: 6 });
    // d = 2 spreads a 3-tap kernel over 5 cells: input (0, 0) covers 0 … 4
    const dilated = model('i=3&k=3&s=2&p=1&d=2');
    expect(stampBox(dilated, 0)).toEqual({ top: 0, left: 0, bottom: 4, right: 4 });
  });

  it('counts the cells the scatter shows as visiting each of them would', () => {
    const config = fc.record({
      i: fc.integer({ min: 1, max: 5 }),
      k: fc.integer({ min: 1, max: 5 }),
      s: fc.integer({ min: 1, max: 4 }),
      p: fc.integer({ min: 0, max: 4 }),
      op: fc.integer({ min: 0, max: 3 }),
      d: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(config, fc.nat(), fc.boolean(), ({ i, k, s, p, op, d }, at, end) => {
        const m = model(`i=${i}&k=${k}&s=${s}&p=${p}&op=${op}&d=${d}`);
        const v = m.valid;
        fc.pre(v !== null);
        const outputs = v.output[0] * v.output[1];
        const step = end ? outputs - 1 : at % outputs;
        const last = step === outputs - 1;
        let shown = 0;
        for (let r = 0; r < v.scatter[0].canvas; r++)
          for (let c = 0; c < v.scatter[1].canvas; c++)
            if (scatterCellShown(scatterCellState(m, r, c, step), last)) shown++;
        expect(scatterShownCount(m, step, last)).toBe(shown);
      }),
      { numRuns: 300 },
    );
  });
});
