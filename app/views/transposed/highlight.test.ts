import { describe, expect, it } from 'vitest';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import type { CellRef } from '../../store/viewSlice';
import { transposedHighlight } from './highlight';
import { buildTransposedModel } from './transposedModel';

// Figure 4.6: i′ 3, k 3, s 2, p 1 → 5 × 5. Input n stamps tap t at output 2n − 1 + t per axis;
// the full result is 7 × 7 and the output is its cells 1 … 5. The equivalent drawing per axis
// is: pad, input, inserted, input, inserted, input, pad (7 positions).
const FIGURE_4_6 = buildTransposedModel(
  decode('?view=transposed&i=3&k=3&s=2&p=1&op=0').params as ViewParams<'transposed'>,
);
const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
const highlight = (focus: CellRef | null, step = 0) => transposedHighlight(FIGURE_4_6, focus, step);

describe('transposedHighlight: one cell, its counterparts in all three views', () => {
  it.each([
    // [output index, inputs, taps, summary]
    // (0, 0): only n = 0 with t = 1 on each axis
    [
      0,
      [0],
      [4],
      'Output (0, 0) receives 1 stamp (overlap count 1); in the equivalent convolution its window holds 1 input cell among zeros.',
    ],
    // (1, 1): n = 0 with t = 2 and n = 1 with t = 0 on each axis
    [
      6,
      [0, 1, 3, 4],
      [0, 2, 6, 8],
      'Output (1, 1) receives 4 stamps (overlap count 4); in the equivalent convolution its window holds 4 input cells among zeros.',
    ],
  ])('output %i: its stamps and its window', (index, inputs, taps, summary) => {
    const hl = highlight({ grid: 'output', index });
    expect(sorted(hl.inputs)).toEqual(inputs);
    expect(sorted(hl.taps)).toEqual(taps);
    expect(hl.window).toBe(index);
    expect(hl.summary).toBe(summary);
  });

  it('with nothing hovered, the output at the animation step; its scatter cell is shifted by p', () => {
    const hl = highlight(null, 0);
    expect(hl.window).toBe(0);
    expect(sorted(hl.scatterCells)).toEqual([1 * 7 + 1]); // output (0, 0) is full-result (1, 1)
  });

  it('the window names the kernel tap on each cell it covers: the kernel rotated 180°', () => {
    // Output (0, 0)'s window covers drawn rows and columns 0 … 2: padding, input 0, inserted.
    const hl = highlight({ grid: 'output', index: 0 });
    const at = (r: number, c: number) => hl.windowTaps.get(r * 7 + c);
    expect(hl.windowTaps.size).toBe(9);
    expect(at(0, 0)).toBe(8); // tap (2, 2) top left
    expect(at(0, 2)).toBe(6); // tap (2, 0) top right
    expect(at(1, 1)).toBe(4); // input (0, 0) through tap (1, 1), as the scatter stamps it
    expect(at(2, 2)).toBe(0); // tap (0, 0) bottom right
    expect(at(3, 3)).toBeUndefined();
    // A hovered input has no window.
    expect(highlight({ grid: 'input', index: 0 }).windowTaps.size).toBe(0);
  });

  it.each([
    // [input index, summary] — input n reaches 2n − 1 … 2n + 1 per axis; the output keeps 0 … 4
    [4, 'Input (1, 1) stamps the kernel onto 9 cells; 9 of them are in the output, 0 cropped.'],
    [0, 'Input (0, 0) stamps the kernel onto 9 cells; 4 of them are in the output, 5 cropped.'],
  ])('input %i: where it stamps the kernel', (index, summary) => {
    const hl = highlight({ grid: 'input', index });
    expect(hl.summary).toBe(summary);
    expect(hl.scatterCells.size).toBe(9);
  });

  it.each([
    // [C entry, summary] — C is 9 × 25: row = input cell, column = output cell
    [0, 'C[0, 0] = w(1, 1): input (0, 0) reaches output (0, 0) through that tap.'],
    [4, 'C[0, 4] = 0: input (0, 0) does not reach output (0, 4).'],
  ])('matrix entry %i', (index, summary) => {
    expect(highlight({ grid: 'matrix', index }).summary).toBe(summary);
  });

  it('a kernel tap and its place in the rotated kernel light the same links', () => {
    // tap (0, 0) lands at 2n − 1: inside the output for n = 1, 2 on each axis
    const tap = highlight({ grid: 'kernel', index: 0 });
    expect(sorted(tap.inputs)).toEqual([4, 5, 7, 8]);
    expect(tap.summary).toBe(
      'Kernel tap (0, 0) carries 4 input cells into the output (one per input whose stamp is not cropped there).',
    );
    const rotated = highlight({ grid: 'rotated', index: 8 });
    expect([sorted(rotated.inputs), sorted(rotated.taps)]).toEqual([sorted(tap.inputs), [0]]);
  });

  it('a cropped scatter cell: stamped, but cut away by the padding', () => {
    const hl = highlight({ grid: 'scatter', index: 0 });
    expect(hl.summary).toBe('Cropped cell (0, 0) receives 1 stamp but is cut away by the padding.');
    expect(hl.outputs.size).toBe(0);
  });

  it.each([
    // [drawn cell, summary] — the stride-1 kernel covers position q from windows q − 2 … q
    [0, 'A padding zero lies in 1 window of the equivalent convolution.'],
    [1 * 7 + 1, 'Input (0, 0) lies in 4 windows of the equivalent convolution.'],
    [2 * 7 + 2, 'An inserted zero lies in 9 windows of the equivalent convolution.'],
  ])('equivalent drawing cell %i', (index, summary) => {
    expect(highlight({ grid: 'equivalent', index }).summary).toBe(summary);
  });

  it('an invalid configuration lights nothing', () => {
    const invalid = buildTransposedModel(
      decode('?view=transposed&i=3&k=3&s=2&p=1&op=2').params as ViewParams<'transposed'>,
    );
    const hl = transposedHighlight(invalid, { grid: 'output', index: 0 }, 0);
    expect([hl.inputs.size, hl.outputs.size, hl.summary]).toEqual([0, 0, '']);
  });
});
