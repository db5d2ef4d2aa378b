import { dilatedKernel, type AxisGeometry, type SamePortAxis } from '../../engine';
import { AXIS_NAMES, fmtPair } from './codeFormat';
import { formatSize } from './format';
import { CodeText } from './CodeText';
import { t } from '../i18n/i18n';
import { tNodes } from '../i18n/tNodes';

interface Props {
  /** TensorFlow's SAME beside PyTorch's usual port, per axis (the engine's `tfSamePort`). */
  port: readonly [SamePortAxis, SamePortAxis];
  axes: readonly [AxisGeometry, AxisGeometry];
  /** The PyTorch code that gives TensorFlow's numbers. */
  matchCode: string;
  /** A difference in values beyond the padding (pooling's divisor), or null. */
  otherDifference?: string | null;
  /** Why a port writes numbers, not `padding='same'`. */
  portWhy?: string;
}

const sides = (before: number, after: number) => `(${before}, ${after})`;

/** Why one axis differs between TensorFlow's SAME and the PyTorch port, or null when it does not. */
function reason(port: SamePortAxis, axis: AxisGeometry): string | null {
  const { tf, torchPadding: p, torchOutput } = port;
  const kHat = dilatedKernel(axis.kernel, axis.dilation);
  const { input: i, stride: s } = axis;
  const total = tf.padBefore + tf.padAfter;
  const tfSide = t('common.fc.tfSide', {
    i,
    s,
    o: tf.output,
    kHat,
    total,
    before: tf.padBefore,
    after: tf.padAfter,
    odd: total % 2 ? 'yes' : 'no',
  });
  if (torchOutput !== tf.output) {
    const fewer = torchOutput < tf.output ? 'yes' : 'no';
    return t('common.fc.otherSize', { tfSide, p, i, p2: 2 * p, kHat, s, out: torchOutput, fewer });
  }
  if (tf.padBefore !== p || tf.padAfter !== p) {
    return t('common.fc.shifted', {
      o: tf.output,
      tfSides: sides(tf.padBefore, tf.padAfter),
      torchSides: sides(p, p),
      n: Math.abs(p - tf.padBefore),
      earlier: p > tf.padBefore ? 'yes' : 'no',
    });
  }
  return null;
}

/**
 * TensorFlow's `padding='SAME'` beside the PyTorch layer a port usually writes for it
 * (`padding=⌊d(k − 1)/2⌋`, since PyTorch refuses `padding='same'` with a stride): both sizes,
 * why they differ, and the PyTorch (`F.pad` first) that gives TensorFlow's numbers.
 */
export function FrameworkCompare({
  port,
  axes,
  matchCode,
  otherDifference = null,
  portWhy = t('common.fc.why'),
}: Props) {
  const tfSize = [port[0].tf.output, port[1].tf.output];
  const torchSize = [port[0].torchOutput, port[1].torchOutput];
  const padding = fmtPair([port[0].torchPadding, port[1].torchPadding]);
  const reasons = port.map((p, a) => reason(p, axes[a]));
  const same = reasons.every((r) => r === null) && otherDifference === null;
  const sameSize = tfSize[0] === torchSize[0] && tfSize[1] === torchSize[1];
  const code = <code>padding={padding}</code>;
  const torch = <strong data-testid="torch-size">{formatSize(torchSize)}</strong>;
  const tf = <strong data-testid="tf-size">{formatSize(tfSize)}</strong>;
  return (
    <section
      className="panel framework-compare"
      aria-labelledby="framework-compare-title"
      data-testid="framework-compare"
    >
      <h2 id="framework-compare-title">{t('common.fc.title')}</h2>
      <p>
        {same
          ? tNodes('common.fc.same', { code, torch, tf })
          : tNodes(sameSize ? 'common.fc.bothGive' : 'common.fc.differ', {
              torch,
              tf,
              code,
              why: portWhy,
              shifted: reasons.some((r) => r !== null) ? 'yes' : 'no',
            })}
      </p>
      {!same && (
        <ul className="framework-reasons" data-testid="framework-reasons">
          {reasons.map((text, a) =>
            text ? (
              <li key={AXIS_NAMES[a]}>
                <strong>{t(`common.fc.axis.${AXIS_NAMES[a]}`)}:</strong> <CodeText text={text} />
              </li>
            ) : null,
          )}
          {otherDifference && (
            <li>
              <CodeText text={otherDifference} />
            </li>
          )}
        </ul>
      )}
      <p>{t('common.fc.matchIntro')}</p>
      <pre tabIndex={0} aria-label={t('common.fc.matchLabel')}>
        <code data-testid="torch-match">{matchCode}</code>
      </pre>
    </section>
  );
}
