import { AXIS_NAMES } from '../../components/codeFormat';
import { formatSize } from '../../components/format';
import type { KerasTransposeInfo } from './kerasModel';

interface Props {
  keras: KerasTransposeInfo;
  /** The PyTorch lines that give Keras' numbers. */
  matchCode: string;
}

/** One axis in words: Keras' size, what TensorFlow crops, and how PyTorch says the same. */
function axisText(keras: KerasTransposeInfo, a: 0 | 1): string {
  const axis = keras.axes[a];
  const crop =
    axis.cropAfter < 0
      ? `keeps all ${axis.full} cells of the full scatter and adds ${-axis.cropAfter} zero${axis.cropAfter === -1 ? '' : 's'} after`
      : `crops ${axis.cropBefore} before and ${axis.cropAfter} after the full ${axis.full}`;
  const torch =
    axis.slice > 0
      ? `PyTorch crops padding before and padding − output_padding after, never more after than before: padding=${axis.torchPadding} keeps ${axis.output + axis.slice}, one cell too many at the end`
      : `PyTorch's padding=${axis.torchPadding}, output_padding=${axis.torchOutputPadding} does the same`;
  return `Keras gives ${axis.output}: TensorFlow ${crop}; ${torch}.`;
}

/** Keras' Conv2DTranspose beside the PyTorch ConvTranspose2d the figure draws. */
export function KerasCompare({ keras, matchCode }: Props) {
  const torchSize = [0, 1].map((a) => keras.axes[a].output + keras.axes[a].slice);
  return (
    <section
      className="panel framework-compare"
      aria-labelledby="keras-compare-title"
      data-testid="framework-compare"
    >
      <h2 id="keras-compare-title">PyTorch next to TensorFlow</h2>
      <p>
        Keras' <code>Conv2DTranspose(padding='{keras.padding}')</code> gives{' '}
        <strong data-testid="tf-size">{formatSize(keras.output)}</strong>; the figure draws
        PyTorch's <code>ConvTranspose2d</code> that holds it, which gives{' '}
        <strong data-testid="torch-size">{formatSize(torchSize)}</strong>.
      </p>
      <ul className="framework-reasons" data-testid="framework-reasons">
        {[0, 1].map((a) => (
          <li key={AXIS_NAMES[a]}>
            <strong>{AXIS_NAMES[a]}:</strong> {axisText(keras, a as 0 | 1)}
          </li>
        ))}
      </ul>
      <p>The PyTorch that gives TensorFlow's numbers exactly:</p>
      <pre tabIndex={0} aria-label="PyTorch code that matches TensorFlow">
        <code data-testid="torch-match">{matchCode}</code>
      </pre>
    </section>
  );
}
