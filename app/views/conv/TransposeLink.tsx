import { memo } from 'react';
import { transposeOf } from '../../../engine';
import { axisPair, axisPairs } from '../../components/grid/figureAxes';
import { openInApp } from '../../components/openInApp';
import { defaultParams, encode } from '../../url/codec';
import type { ConvModel } from './convModel';

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
        ConvTranspose2d pads both ends of an axis alike, so this convolution’s padding (
        {h.padBefore}/{w.padBefore} before, {h.padAfter}/{w.padAfter} after) has no transpose in
        PyTorch; make the padding symmetric to transpose it.
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
        Transpose this convolution
      </a>{' '}
      — ConvTranspose2d from {model.output[0]} × {model.output[1]} back to {h.input} × {w.input},
      with output_padding = ({axes[0].outputPadding}, {axes[1].outputPadding}).
    </p>
  );
});
