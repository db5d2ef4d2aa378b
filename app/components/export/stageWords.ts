import { t } from '../../i18n/i18n';
import { formatShape } from '../format';
import type { StageModel } from '../grid/stageModel';
import type { StageExportOptions, StageWords } from './exportable';

/**
 * The words of a sliding-window figure's pictures in the page's language: its title (the
 * parameters) and the grids' captions, as on screen. Written on the page, which has the
 * catalogues; the worker that draws the pictures has none.
 */
export function stageWords(model: StageModel, options: StageExportOptions): StageWords {
  const [h, w] = model.axes;
  const pair = (a: number, b: number) => (a === b ? `${a}` : formatShape([a, b]));
  const padding =
    h.padBefore === h.padAfter && w.padBefore === w.padAfter
      ? pair(h.padBefore, w.padBefore)
      : `${h.padBefore}:${h.padAfter}, ${w.padBefore}:${w.padAfter}`;
  const [rows, cols] = model.padded;
  const output = model.output ?? [0, 0];
  return {
    title: t('common.export.stageTitle', {
      name: options.name,
      input: pair(h.input, w.input),
      kernel: pair(h.kernel, w.kernel),
      stride: pair(h.stride, w.stride),
      padding,
      dilation: pair(h.dilation, w.dilation),
    }),
    input:
      t('common.stage.inputCaption', { h: h.input, w: w.input }) +
      (rows !== h.input || cols !== w.input ? t('common.stage.paddingDashed') : ''),
    kernel: t('common.stage.kernelCaption', { h: h.kernel, w: w.kernel }),
    output: `${t('common.stage.output')} ${formatShape(output)}`,
  };
}
