import { describe, expect, it } from 'vitest';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { equivalentLayout, scatterLayout } from './panelLayouts';
import { buildTransposedModel } from './transposedModel';

/** The DCGAN upsample i′ 8, k 4, s 2, p 1: equivalent input 19, output 16, full result 18. */
const DCGAN = buildTransposedModel(
  decode('?view=transposed&i=8&k=4&s=2&p=1').params as ViewParams<'transposed'>,
);

describe('the linked panels’ cell sizes', () => {
  it.each([
    // [panel width, equivalent cell, scatter cell on its own]
    // 900: side by side, (900 − 2·28 − 6) / (19 + 4 + 16) = 21; the scatter alone would take
    // (900 − 62) / (18 + 4 + 8) = 27.
    [900, 21],
    // 305 (a phone): stacked, (305 − 28 − 4) / (4 + 16) = 13; the scatter alone 303 / 18 = 16.
    [305, 13],
  ])('at %i px the scatter’s output cells match the equivalent’s (%i px)', (width, cell) => {
    expect(equivalentLayout(DCGAN, width, false).cell).toBe(cell);
    expect(scatterLayout(DCGAN, width, false)?.cell).toBe(cell);
  });

  it('keeps the scatter’s own size when the equivalent’s cells are larger', () => {
    // Figure 4.1 (i′ 2, k 3): equivalent input 6, output 4; scatter full result 4, input 2.
    const small = buildTransposedModel(
      decode('?view=transposed&i=2&k=3&s=1&p=0').params as ViewParams<'transposed'>,
    );
    const eq = equivalentLayout(small, 600, false).cell;
    const scatter = scatterLayout(small, 600, false)?.cell ?? 0;
    expect(scatter).toBeLessThanOrEqual(eq);
    expect(scatter).toBe(44); // the largest cell, for both
  });

  it('has no scatter for a refused configuration', () => {
    const refused = buildTransposedModel(
      decode('?view=transposed&i=2&k=3&s=1&p=0&op=3').params as ViewParams<'transposed'>,
    );
    expect(refused.valid).toBeNull();
    expect(scatterLayout(refused, 600, false)).toBeNull();
  });
});
