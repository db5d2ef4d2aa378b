import { AXIS_NAMES } from '../../components/codeFormat';
import { CodeText } from '../../components/CodeText';
import { formatSize } from '../../components/format';
import { t } from '../../i18n/i18n';
import { tNodes } from '../../i18n/tNodes';
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
      ? t('transposed.tf.keepsAll', { full: axis.full, zeros: -axis.cropAfter })
      : t('transposed.tf.crops', {
          before: axis.cropBefore,
          after: axis.cropAfter,
          full: axis.full,
        });
  const torch =
    axis.slice > 0
      ? t('transposed.tf.torchSlice', {
          padding: axis.torchPadding,
          keeps: axis.output + axis.slice,
        })
      : t('transposed.tf.torchSame', {
          padding: axis.torchPadding,
          op: axis.torchOutputPadding,
        });
  return t('transposed.tf.axis', { output: axis.output, crop, torch });
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
      <h2 id="keras-compare-title">{t('common.fc.title')}</h2>
      <p>
        {tNodes('transposed.tf.gives', {
          layer: <code>Conv2DTranspose(padding='{keras.padding}')</code>,
          tf: <strong data-testid="tf-size">{formatSize(keras.output)}</strong>,
          torchLayer: <code>ConvTranspose2d</code>,
          torch: <strong data-testid="torch-size">{formatSize(torchSize)}</strong>,
        })}
      </p>
      <ul className="framework-reasons" data-testid="framework-reasons">
        {[0, 1].map((a) => (
          <li key={AXIS_NAMES[a]}>
            <strong>{t(`common.fc.axis.${AXIS_NAMES[a]}`)}:</strong>{' '}
            <CodeText text={axisText(keras, a as 0 | 1)} />
          </li>
        ))}
      </ul>
      <p>{t('common.fc.matchIntro')}</p>
      <pre tabIndex={0} aria-label={t('common.fc.matchLabel')}>
        <code data-testid="torch-match">{matchCode}</code>
      </pre>
    </section>
  );
}
