import { describe, expect, it } from 'vitest';
import { convLinks, convSpecOf, poolLinks, poolSpecOf, type LinkGeometry } from '../../../engine';
import { highlightFor } from './highlight';
import type { StageModel } from './stageModel';

/**
 * A square figure of i, k, s, p: padded i + 2p, plus `past` cells a ceil-mode window reaches;
 * pooling draws no kernel grid.
 */
function stage(
  i: number,
  k: number,
  s: number,
  p: number,
  links: (axes: StageModel['axes']) => LinkGeometry | null,
  { past = 0, pooling = false } = {},
): StageModel {
  const axis = { input: i, kernel: k, stride: s, dilation: 1, padBefore: p, padAfter: p };
  const axes = [axis, axis] as const;
  const geometry = links(axes);
  const side = i + 2 * p + past;
  return {
    axes,
    overhang: [past, past],
    padded: [side, side],
    output: geometry ? [geometry.rowShape[0], geometry.rowShape[1]] : null,
    geometry,
    dropped: [0, 0],
    values: {
      input: new Float64Array(i * i),
      kernel: pooling ? null : new Float64Array(k * k),
      output: null,
    },
    padValue: '0',
  };
}

/** A convolution figure ('kernel' grid shown). */
const conv = (i: number, k: number, s: number, p: number) =>
  stage(i, k, s, p, (axes) => convLinks([i, i], convSpecOf(axes)));

/** Padded-grid index of (row, col) in a grid `cols` wide. */
const at = (row: number, col: number, cols: number) => row * cols + col;

describe('highlightFor: what lights up in a sliding-window figure', () => {
  it('with nothing hovered, the output at the animation step and its whole window', () => {
    // figure 2.1 (i 4, k 3): output (0, 1) reads rows 0–2, columns 1–3 through taps 0–8
    const hl = highlightFor(conv(4, 3, 1, 0), null, 1);
    expect(hl.window).toBe(1);
    expect([...hl.output]).toEqual([1]);
    expect([...hl.taps]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const window = [0, 1, 2].flatMap((r) => [1, 2, 3].map((c) => at(r, c, 4)));
    expect([...hl.input.keys()].sort((a, b) => a - b)).toEqual(window);
    expect(hl.input.get(at(2, 3, 4))).toBe(8); // the last tap reads the window's last cell
    expect(hl.summary).toBe(
      'Output (0, 1) reads 9 cells through the 9 kernel taps: 9 input, 0 padding.',
    );
  });

  it.each([
    // figure 2.6 (i 5, k 3, s 2, p 1; padded 7 × 7). Per axis input x is read by output r
    // through tap t = x + 1 − 2r, when 0 ≤ t ≤ 2.
    // [padded cell, outputs, taps, summary]
    [at(0, 0, 7), [0], [0], 'Padding cell (0, 0) feeds 1 output cell, through one kernel tap.'],
    [at(3, 3, 7), [4], [4], 'Input (2, 2) feeds 1 output cell, through one kernel tap.'],
    [
      at(2, 2, 7),
      [0, 1, 3, 4],
      [0, 2, 6, 8],
      'Input (1, 1) feeds 4 output cells, through a different kernel tap each.',
    ],
  ])(
    'an input or padding cell lights the outputs it feeds (%i)',
    (index, outputs, taps, summary) => {
      const hl = highlightFor(conv(5, 3, 2, 1), { grid: 'input', index }, 0);
      expect([...hl.output].sort((a, b) => a - b)).toEqual(outputs);
      expect([...hl.taps].sort((a, b) => a - b)).toEqual(taps);
      expect(hl.window).toBeNull();
      expect(hl.summary).toBe(summary);
    },
  );

  it('a kernel tap lights every input cell it touches', () => {
    // figure 2.6, tap (0, 0): output r reads 2r − 1, inside the input for r = 1, 2 per axis
    const hl = highlightFor(conv(5, 3, 2, 1), { grid: 'kernel', index: 0 }, 0);
    expect([...hl.output].sort((a, b) => a - b)).toEqual([4, 5, 7, 8]);
    expect([...hl.input.keys()].sort((a, b) => a - b)).toEqual([
      at(2, 2, 7),
      at(2, 4, 7),
      at(4, 2, 7),
      at(4, 4, 7),
    ]);
    expect(hl.summary).toBe(
      'Kernel tap (0, 0) touches 4 input cells, one for each output whose window puts it inside the input.',
    );
  });

  it('pooling: a window counts its input and padding cells', () => {
    // i 5, k 2, s 2, p 1, ceil: output (0, 0) covers −1 … 0 per axis: 1 input cell, 3 padding
    const ceil = (axes: StageModel['axes']) =>
      poolLinks(
        [5, 5],
        poolSpecOf(
          [0, 1].map((a) => ({ ...axes[a], ceilMode: true })),
          'max',
        ),
      );
    const model = stage(5, 2, 2, 1, ceil, { past: 1, pooling: true });
    const hl = highlightFor(model, { grid: 'output', index: 0 }, 0);
    expect(hl.summary).toBe(
      'Output (0, 0) pools a window of 4 cells: 1 input, 3 padding or past it.',
    );
  });

  it('an invalid configuration lights nothing', () => {
    const hl = highlightFor(
      stage(4, 7, 1, 0, () => null),
      { grid: 'output', index: 0 },
      0,
    );
    expect([hl.input.size, hl.output.size, hl.taps.size, hl.summary]).toEqual([0, 0, 0, '']);
  });
});
