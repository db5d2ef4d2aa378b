import type { WindowAnimation } from '../../components/export/scene';
import type { CellPaint } from '../../components/grid/CanvasGrid';
import { paintedCells as cells } from '../../components/export/stageAnimation';
import { equivalentPainters } from './equivalentPaint';
import { emptyHighlight, transposedHighlight } from './highlight';
import type { ScatterSceneData } from './scatterScene';
import type { TransposedModel } from './transposedModel';
import { t } from '../../i18n/i18n';
import { formatShape } from '../../components/format';

/** A transposed convolution's parameters in words, for the titles of its pictures. */
export function describeTransposed(model: TransposedModel): string {
  const [h, w] = model.axes;
  const pair = (a: number, b: number) => (a === b ? `${a}` : formatShape([a, b]));
  return t('transposed.export.describe', {
    input: pair(h.input, w.input),
    kernel: pair(h.kernel, w.kernel),
    stride: pair(h.stride, w.stride),
    padding: pair(h.padBefore, w.padBefore),
    op: pair(h.outputPadding, w.outputPadding),
  });
}

/**
 * What the export worker draws the scatter's frames from, its words already in the page's
 * language (the worker has no catalogues).
 */
export function scatterSceneData(model: TransposedModel, numbers: boolean): ScatterSceneData {
  const v = model.valid;
  if (!v) throw new Error('The scatter of a refused configuration has no frames');
  const [sh, sw] = v.scatter;
  return {
    kind: 'scatter',
    title: t('transposed.export.scatterTitle', { what: describeTransposed(model) }),
    captions: {
      input: t('common.stage.inputCaption', { h: model.input[0], w: model.input[1] }),
      kernel: t('common.typed.kernel'),
      full: t('transposed.sc.caption', { fh: sh.full, fw: sw.full, oh: sh.output, ow: sw.output }),
    },
    input: model.input,
    kernel: model.kernel,
    fullGeometry: v.fullGeometry,
    scatter: v.scatter,
    values: model.values,
    numbers,
  };
}

/**
 * The paper's transposed animations (figures 4.1–4.7): the equivalent direct convolution, its
 * stride-1 window over the stretched and padded input, one step per output position, drawn
 * with the panel's own painters at each step with nothing hovered.
 */
export function equivalentAnimation(model: TransposedModel, numbers: boolean): WindowAnimation {
  const v = model.valid;
  const [lh, lw] = model.layouts;
  const output = v ? v.output : [0, 0];
  const steps = output[0] * output[1];
  // Nothing lit: the base look of every cell, before the first step and after the last.
  const none = emptyHighlight(null);
  const still = equivalentPainters(model, none, numbers, -1);
  const done = equivalentPainters(model, none, numbers, steps);
  const k = model.kernel;
  const animationSteps = [];
  for (let t = 0; t < steps; t++) {
    const hl = transposedHighlight(model, null, t);
    const paint = equivalentPainters(model, hl, numbers, t);
    if (!paint.from) break;
    animationSteps.push({
      window: paint.from,
      input: [...hl.eqCells].map(
        (index) =>
          [index, { ...paint.eq(Math.floor(index / lw.drawn), index % lw.drawn) }] as [
            number,
            CellPaint,
          ],
      ),
      output: { ...paint.out(Math.floor(t / output[1]), t % output[1]) },
    });
  }
  return {
    title: t('transposed.export.directTitle', { what: describeTransposed(model) }),
    input: {
      id: 'input',
      caption: t('transposed.eq.caption', { h: lh.drawn, w: lw.drawn }),
      rows: lh.drawn,
      cols: lw.drawn,
      cells: cells(lh.drawn, lw.drawn, still.eq),
    },
    kernel: {
      id: 'kernel',
      caption: t('transposed.eq.kernelCaption'),
      rows: k[0],
      cols: k[1],
      cells: cells(k[0], k[1], still.kernel),
    },
    output: {
      id: 'output',
      caption: t('transposed.outputCaption', { h: output[0], w: output[1] }),
      rows: output[0],
      cols: output[1],
      cells: cells(output[0], output[1], done.out),
      pending: cells(output[0], output[1], still.out),
    },
    steps: animationSteps,
  };
}
