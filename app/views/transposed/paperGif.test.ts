import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMING, gifFrames } from '../../components/export/gifPlan';
import { PALETTE } from '../../components/grid/palette';
import { defaultParams } from '../../url/codec';
import { equivalentAnimation } from './equivalentAnimation';
import { TRANSPOSED_PRESETS } from './presets';
import { buildTransposedModel } from './transposedModel';

/**
 * The paper's transposed animations (github.com/vdumoulin/conv_arithmetic, gif/*_transposed.gif)
 * from the direct convolution each transposes (input i, output o, padding p, kernel k, stride
 * s), as its generator draws them: the o × o input stretched (s − 1 zeros between units) and
 * padded by p′ = k − 1 − p, i + k − 1 cells a side; one frame per cell of the i × i output, the
 * k × k window at (⌊t/i⌋, t mod i) with stride 1; the odd case's extra row and column (a) after.
 */
const PAPER = [
  { gif: 'no_padding_no_strides_transposed', figure: '4.1', i: 4, o: 2, p: 0, k: 3, s: 1 },
  { gif: 'arbitrary_padding_no_strides_transposed', figure: '4.2', i: 5, o: 6, p: 2, k: 4, s: 1 },
  { gif: 'same_padding_no_strides_transposed', figure: '4.3', i: 5, o: 5, p: 1, k: 3, s: 1 },
  { gif: 'full_padding_no_strides_transposed', figure: '4.4', i: 5, o: 7, p: 2, k: 3, s: 1 },
  { gif: 'no_padding_strides_transposed', figure: '4.5', i: 5, o: 2, p: 0, k: 3, s: 2 },
  { gif: 'padding_strides_transposed', figure: '4.6', i: 5, o: 3, p: 1, k: 3, s: 2 },
  { gif: 'padding_strides_odd_transposed', figure: '4.7', i: 6, o: 3, p: 1, k: 3, s: 2 },
];

describe('the paper’s transposed GIFs, frame by frame', () => {
  it.each(PAPER)('$gif (figure $figure)', ({ figure, i, o, p, k, s }) => {
    const preset = TRANSPOSED_PRESETS.find((entry) => entry.id === figure);
    expect(preset, `a preset for figure ${figure}`).toBeDefined();
    const model = buildTransposedModel({ ...defaultParams('transposed'), ...preset?.params });
    const animation = equivalentAnimation(model, false);
    const side = i + k - 1;
    expect([animation.input.rows, animation.input.cols]).toEqual([side, side]);
    // The input units sit at p′ + s·n on both axes; every other cell is a zero.
    const padding = k - 1 - p;
    const units = animation.input.cells.flatMap((cell, index) =>
      cell.fill === PALETTE.input ? [[Math.floor(index / side), index % side]] : [],
    );
    const expected = [];
    for (let r = 0; r < o; r++)
      for (let c = 0; c < o; c++) expected.push([padding + s * r, padding + s * c]);
    expect(units).toEqual(expected);
    // Before the window comes, no cell is under its shadow.
    expect(animation.input.cells.filter((cell) => cell.shaded)).toEqual([]);
    const frames = gifFrames(animation.steps.length, DEFAULT_TIMING);
    expect(frames).toHaveLength(i * i);
    frames.forEach(({ step }, t) => {
      expect(animation.steps[step].window).toEqual({
        row: Math.floor(t / i),
        col: t % i,
        rows: k,
        cols: k,
      });
      expect(animation.steps[step].input).toHaveLength(k * k);
    });
  });
});
