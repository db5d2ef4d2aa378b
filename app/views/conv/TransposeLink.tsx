import { memo } from 'react';
import { transposeOf } from '../../../engine';
import { openInApp } from '../../components/openInApp';
import { defaultParams, encode } from '../../url/codec';
import type { ConvModel } from './convModel';

interface Props {
  model: ConvModel;
}

/**
 * "Transpose this convolution": the ConvTranspose2d with input i′ = o and the output padding
 * a = (i + 2p − k̂) mod s that gives back this input size (Relationship 14).
 */
export const TransposeLink = memo(function TransposeLink({ model }: Props) {
  const symmetric = [0, 1].every((a) => model.padBefore[a] === model.padAfter[a]);
  if (!model.output) return null;
  if (!symmetric) {
    return (
      <p className="panel transpose-link" data-testid="transpose-link">
        ConvTranspose2d pads both ends of an axis alike, so this convolution’s padding (
        {model.padBefore.join('/')} before, {model.padAfter.join('/')} after) has no transpose in
        PyTorch; make the padding symmetric to transpose it.
      </p>
    );
  }
  const axes = model.axes.map(transposeOf);
  const href = encode('transposed', {
    ...defaultParams('transposed'),
    i: [axes[0].input, axes[1].input],
    k: model.kernel,
    s: model.stride,
    p: model.padBefore,
    d: model.dilation,
    op: [axes[0].outputPadding, axes[1].outputPadding],
  });
  return (
    <p className="panel transpose-link">
      <a href={href} onClick={(event) => openInApp(event, href)} data-testid="transpose-link">
        Transpose this convolution
      </a>{' '}
      — ConvTranspose2d from {model.output[0]} × {model.output[1]} back to {model.input[0]} ×{' '}
      {model.input[1]}, with output_padding = ({axes[0].outputPadding}, {axes[1].outputPadding}).
    </p>
  );
});
