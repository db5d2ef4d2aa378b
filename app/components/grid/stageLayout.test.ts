import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stageLayout } from './stageLayout';

describe('stageLayout', () => {
  it('puts small figures side by side with large cells', () => {
    // 7 + 3 + 3 columns in 640 px, two gaps, three borders: (640 − 56 − 6) / 13 = 44.5 → 44
    expect(stageLayout({ input: 7, kernel: 3, output: 3 }, 640, false)).toEqual({
      cell: 44,
      kernelCell: 44,
      stacked: false,
      textHidden: false,
    });
  });

  it('stacks on a phone when that gives larger cells', () => {
    // side by side: (340 − 62) / 13 = 21; stacked: min(338 / 7, 308 / 6) = 48 → 44
    const layout = stageLayout({ input: 7, kernel: 3, output: 3 }, 340, true);
    expect(layout.stacked).toBe(true);
    expect(layout.cell).toBe(44);
  });

  it('hides printed values when cells get too small, and keeps the kernel readable', () => {
    // a 66-column input at 700 px: side by side (700 − 62) / 135 = 4; stacked
    // min(698 / 66, 668 / 67) = 9
    const layout = stageLayout({ input: 66, kernel: 3, output: 64 }, 700, true);
    expect(layout).toEqual({ cell: 9, kernelCell: 22, stacked: true, textHidden: true });
  });

  it('keeps the grids within a height: side by side wins when stacking would be taller', () => {
    // 19 + 4 + 16 columns in 886 px: side by side (886 − 62) / 39 = 21, stacked
    // min(884 / 19, 854 / 20) = 42, but 19 + 16 rows in 640 px allow (640 − 28) / 35 = 17
    const rows = { input: 19, other: 16 };
    const layout = stageLayout({ input: 19, kernel: 4, output: 16 }, 886, false, {
      rows,
      max: 640,
    });
    expect(layout).toMatchObject({ cell: 21, stacked: false });
    // without the height the stacked layout's 42 px cells win
    expect(stageLayout({ input: 19, kernel: 4, output: 16 }, 886, false).cell).toBe(42);
  });
});

describe('stageLayout within the height of one screen', () => {
  it('shrinks a 34-row input (32 × 32, padded by 1) to fit beside its output', () => {
    // 836 px wide, 400 px high, 34 + 3 + 16 columns: side by side min((836 − 62) / 53 = 14,
    // 400 / 34 = 11) = 11; stacked min(834 / 34 = 24, (400 − 28) / (34 + 16) = 7) = 7.
    const layout = stageLayout({ input: 34, kernel: 3, output: 16 }, 836, true, {
      rows: { input: 34, other: 16 },
      max: 400,
    });
    expect(layout).toEqual({ cell: 11, kernelCell: 22, stacked: false, textHidden: true });
  });

  it('never goes below 4 px a cell', () => {
    const layout = stageLayout({ input: 200, kernel: 3, output: 198 }, 836, false, {
      rows: { input: 200, other: 198 },
      max: 300,
    });
    expect(layout.cell).toBe(4);
  });
});

describe('stageLayout fits its width', () => {
  /** Width the grids take, borders and 28 px gaps included, as the figure lays them out. */
  const used = (
    columns: { input: number; kernel: number; output: number },
    { cell, kernelCell, stacked }: ReturnType<typeof stageLayout>,
  ) => {
    const kernel = columns.kernel ? columns.kernel * kernelCell + 2 + 28 : 0;
    const output = columns.output ? columns.output * cell + 2 + 28 : 0;
    const input = columns.input * cell + 2;
    return stacked ? Math.max(input, kernel + output - 28) : input + kernel + output;
  };

  it('a 64 × 64 input with printed kernel values beside its output at 1400 px', () => {
    // 66 + 3 + 64 columns in 878 px and 400 px high: the kernel keeps 22 px cells (66 px), so
    // the others share 878 − 56 − 6 − 66 = 750 px: 750 / 130 = 5 px (6 px would take 908 px);
    // stacked, (400 − 28) / 130 = 2 px.
    const columns = { input: 66, kernel: 3, output: 64 };
    const layout = stageLayout(columns, 878, true, { rows: { input: 66, other: 64 }, max: 400 });
    expect(layout).toEqual({ cell: 5, kernelCell: 22, stacked: false, textHidden: true });
    expect(used(columns, layout)).toBeLessThanOrEqual(878);
  });

  it('never lays out grids wider than the width, unless cells are at their 4 px least', () => {
    fc.assert(
      fc.property(
        fc.record({
          input: fc.integer({ min: 1, max: 140 }),
          kernel: fc.integer({ min: 0, max: 12 }),
          output: fc.integer({ min: 1, max: 140 }),
        }),
        fc.integer({ min: 250, max: 1400 }),
        fc.boolean(),
        (columns, width, numbers) => {
          const layout = stageLayout(columns, width, numbers);
          fc.pre(layout.cell > 4);
          expect(used(columns, layout)).toBeLessThanOrEqual(width);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('stageLayout leaves room for captions wider than their grids', () => {
  it('a 16 × 16 input padded by 1 beside "Kernel 3 × 3" (90 px) and its output, in 878 px', () => {
    // 420 px high: stacked would give (420 − 28) / 34 = 11 px. Side by side without captions:
    // (878 − 56 − 6) / 37 = 22 px cells; the kernel's 3 × 22 + 2 = 68 px column is then 90 px
    // wide with its caption, and the row 398 + 90 + 354 + 56 = 898 px.
    // At 21 px: 380 + 90 + 338 + 56 = 864 px.
    const columns = { input: 18, kernel: 3, output: 16 };
    const height = { rows: { input: 18, other: 16 }, max: 420 };
    expect(stageLayout(columns, 878, true, height)).toMatchObject({ cell: 22, stacked: false });
    const layout = stageLayout(columns, 878, true, height, {
      input: 200,
      kernel: 90,
      output: 110,
    });
    expect(layout).toEqual({ cell: 21, kernelCell: 22, stacked: false, textHidden: false });
  });

  const withCaptions = (
    columns: { input: number; kernel: number; output: number },
    captions: { input: number; kernel: number; output: number },
    { cell, kernelCell, stacked }: ReturnType<typeof stageLayout>,
  ) => {
    const col = (cells: number, size: number, caption: number) =>
      cells ? Math.max(cells * size + 2, caption) : 0;
    const input = col(columns.input, cell, captions.input);
    const kernel = col(columns.kernel, kernelCell, captions.kernel);
    const output = col(columns.output, cell, captions.output);
    const lower = kernel + output + (kernel && output ? 28 : 0);
    if (stacked) return Math.max(input, lower);
    return input + lower + (lower ? 28 : 0);
  };
  const columnsArb = fc.record({
    input: fc.integer({ min: 1, max: 140 }),
    kernel: fc.integer({ min: 0, max: 12 }),
    output: fc.integer({ min: 1, max: 140 }),
  });
  const captionsArb = fc.record({
    input: fc.integer({ min: 0, max: 240 }),
    kernel: fc.integer({ min: 0, max: 120 }),
    output: fc.integer({ min: 0, max: 160 }),
  });

  it('never lays out columns wider than the width, unless cells are at their 4 px least', () => {
    fc.assert(
      fc.property(
        columnsArb,
        captionsArb,
        fc.integer({ min: 250, max: 1400 }),
        fc.boolean(),
        (columns, captions, width, numbers) => {
          const layout = stageLayout(columns, width, numbers, undefined, captions);
          fc.pre(layout.cell > 4);
          expect(withCaptions(columns, captions, layout)).toBeLessThanOrEqual(width);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('changes nothing when every caption fits over its grid', () => {
    fc.assert(
      fc.property(columnsArb, fc.integer({ min: 250, max: 1400 }), fc.boolean(), (c, w, n) => {
        const none = { input: 0, kernel: 0, output: 0 };
        expect(stageLayout(c, w, n, undefined, none)).toEqual(stageLayout(c, w, n));
      }),
      { numRuns: 1000 },
    );
  });
});
