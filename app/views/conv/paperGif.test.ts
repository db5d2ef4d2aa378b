import { describe, expect, it } from 'vitest';
import { gifFrames, DEFAULT_TIMING } from '../../components/export/gifPlan';
import { stageAnimation } from '../../components/export/stageAnimation';
import { stageWords } from '../../components/export/stageWords';
import { defaultParams } from '../../url/codec';
import { buildConvModel } from './convModel';
import { CONV_PRESETS } from './presets';

/**
 * The paper's direct-convolution animations (github.com/vdumoulin/conv_arithmetic, gif/*.gif),
 * with the settings its generator uses (input, output, padding, kernel, stride, dilation).
 * Each GIF has one frame per output position, row by row from the top left; in frame t the
 * kernel's window covers rows s·⌊t/o⌋ … + k̂ − 1 and columns s·(t mod o) … of the padded input.
 */
const PAPER = [
  { gif: 'no_padding_no_strides', figure: '2.1', i: 4, o: 2, p: 0, k: 3, s: 1, d: 1 },
  { gif: 'arbitrary_padding_no_strides', figure: '2.2', i: 5, o: 6, p: 2, k: 4, s: 1, d: 1 },
  { gif: 'same_padding_no_strides', figure: '2.3', i: 5, o: 5, p: 1, k: 3, s: 1, d: 1 },
  { gif: 'full_padding_no_strides', figure: '2.4', i: 5, o: 7, p: 2, k: 3, s: 1, d: 1 },
  { gif: 'no_padding_strides', figure: '2.5', i: 5, o: 2, p: 0, k: 3, s: 2, d: 1 },
  { gif: 'padding_strides', figure: '2.6', i: 5, o: 3, p: 1, k: 3, s: 2, d: 1 },
  { gif: 'padding_strides_odd', figure: '2.7', i: 6, o: 3, p: 1, k: 3, s: 2, d: 1 },
  { gif: 'dilation', figure: '5.1', i: 7, o: 3, p: 0, k: 3, s: 1, d: 2 },
];

describe('the paper’s convolution GIFs, frame by frame', () => {
  it.each(PAPER)('$gif (figure $figure)', ({ figure, i, o, p, k, s, d }) => {
    const preset = CONV_PRESETS.find((entry) => entry.id === figure);
    expect(preset, `a preset for figure ${figure}`).toBeDefined();
    const model = buildConvModel({ ...defaultParams('conv'), ...preset?.params });
    expect(model.axes[0]).toMatchObject({ input: i, kernel: k, stride: s, dilation: d });
    expect(model.axes[0].padBefore).toBe(p);
    const options = { name: 'Convolution', numbers: false };
    const animation = stageAnimation(model, { ...options, words: stageWords(model, options) });
    const frames = gifFrames(animation.steps.length, DEFAULT_TIMING);
    expect(frames).toHaveLength(o * o);
    const span = d * (k - 1) + 1;
    frames.forEach(({ step }, t) => {
      expect(step).toBe(t);
      expect(animation.steps[step].window).toEqual({
        row: s * Math.floor(t / o),
        col: s * (t % o),
        rows: span,
        cols: span,
      });
    });
    // The window's shadow covers the cells its taps read: k² of them, dilated or not.
    expect(animation.steps[0].input).toHaveLength(k * k);
  });
});
