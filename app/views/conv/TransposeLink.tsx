import { memo } from 'react';
import { transposeOf } from '../../../engine';
import { axisPair, axisPairs } from '../../components/grid/figureAxes';
import { openInApp } from '../../components/openInApp';
import { defaultParams, encode } from '../../url/codec';
import type { ConvModel } from './convModel';
import { t } from '../../i18n/i18n';

interface Props {
  model: ConvModel;
  /** Values shown (`num`): the transposed view keeps them. */
  numbers: boolean;
}

/**
 * "Transpose this convolution": the ConvTranspose2d with input i′ = o and the output padding
 * a = (i + 2p − k̂) mod s that gives back this input size (Relationship 14).
 */
export const TransposeLink = memo(function TransposeLink({ model, numbers }: Props) {
  const [h, w] = model.axes;
  if (!model.output) return null;
  if (model.axes.some((axis) => axis.padBefore !== axis.padAfter)) {
    return (
      <p className="panel transpose-link" data-testid="transpose-link">
        {t('conv.noTranspose', {
          hb: h.padBefore,
          wb: w.padBefore,
          ha: h.padAfter,
          wa: w.padAfter,
        })}
      </p>
    );
  }
  const axes = [transposeOf(h), transposeOf(w)] as const;
  const { input, kernel, stride, padBefore, dilation } = axisPairs(axes);
  const href = encode('transposed', {
    ...defaultParams('transposed'),
    ...{ i: input, k: kernel, s: stride, p: padBefore, d: dilation },
    op: axisPair(axes, (a) => a.outputPadding),
    num: numbers,
  });
  return (
    <p className="panel transpose-link">
      <a href={href} onClick={(event) => openInApp(event, href)} data-testid="transpose-link">
        {t('conv.transpose')}
      </a>
      {t('conv.transposeDetail', {
        oh: model.output[0],
        ow: model.output[1],
        ih: h.input,
        iw: w.input,
        ah: axes[0].outputPadding,
        aw: axes[1].outputPadding,
      })}
    </p>
  );
});
