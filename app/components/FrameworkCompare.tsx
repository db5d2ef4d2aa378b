import { dilatedKernel, type AxisGeometry, type SamePortAxis } from '../../engine';
import { AXIS_NAMES, fmtPair } from './codeFormat';
import { formatSize } from './format';

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
  const tfSide =
    `TensorFlow rounds up, ⌈${i}/${s}⌉ = ${tf.output}, and pads P = max((${tf.output} − 1)·${s} + ${kHat} − ${i}, 0) = ${total}: ` +
    `${tf.padBefore} before and ${tf.padAfter} after${total % 2 ? ' (the odd zero after)' : ''}`;
  if (torchOutput !== tf.output) {
    return (
      `${tfSide}; PyTorch's padding=${p} pads ${p} on each end and rounds down, ` +
      `⌊(${i} + ${2 * p} − ${kHat})/${s}⌋ + 1 = ${torchOutput}` +
      `${torchOutput < tf.output ? ', one window fewer' : ', one window more'}.`
    );
  }
  if (tf.padBefore !== p || tf.padAfter !== p) {
    return (
      `both give ${tf.output}, but TensorFlow pads ${sides(tf.padBefore, tf.padAfter)} and PyTorch ` +
      `${sides(p, p)}: every PyTorch window starts ${Math.abs(p - tf.padBefore)} pixel${Math.abs(p - tf.padBefore) === 1 ? '' : 's'} ` +
      `${p > tf.padBefore ? 'earlier' : 'later'}, so the values differ.`
    );
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
  portWhy = "it refuses padding='same' with a stride",
}: Props) {
  const tfSize = [port[0].tf.output, port[1].tf.output];
  const torchSize = [port[0].torchOutput, port[1].torchOutput];
  const padding = fmtPair([port[0].torchPadding, port[1].torchPadding]);
  const reasons = port.map((p, a) => reason(p, axes[a]));
  const same = reasons.every((r) => r === null) && otherDifference === null;
  const sameSize = tfSize[0] === torchSize[0] && tfSize[1] === torchSize[1];
  return (
    <section
      className="panel framework-compare"
      aria-labelledby="framework-compare-title"
      data-testid="framework-compare"
    >
      <h2 id="framework-compare-title">PyTorch next to TensorFlow</h2>
      <p>
        {same ? (
          <>
            PyTorch's <code>padding={padding}</code> gives the same here:{' '}
            <strong data-testid="torch-size">{formatSize(torchSize)}</strong>, padded like
            TensorFlow's <strong data-testid="tf-size">{formatSize(tfSize)}</strong>.
          </>
        ) : (
          <>
            {sameSize ? 'Both give ' : 'PyTorch gives '}
            <strong data-testid="torch-size">{formatSize(torchSize)}</strong>
            {sameSize ? ' (PyTorch) and ' : ', TensorFlow gives '}
            <strong data-testid="tf-size">{formatSize(tfSize)}</strong>
            {sameSize
              ? reasons.some((r) => r !== null)
                ? ' (TensorFlow), but the windows sit a pixel apart'
                : ' (TensorFlow), but not the same values'
              : ' here'}{' '}
            (PyTorch with <code>padding={padding}</code>, the usual port: {portWhy}).
          </>
        )}
      </p>
      {!same && (
        <ul className="framework-reasons" data-testid="framework-reasons">
          {reasons.map((text, a) =>
            text ? (
              <li key={AXIS_NAMES[a]}>
                <strong>{AXIS_NAMES[a]}:</strong> {text}
              </li>
            ) : null,
          )}
          {otherDifference && <li>{otherDifference}</li>}
        </ul>
      )}
      <p>The PyTorch that gives TensorFlow's numbers exactly:</p>
      <pre tabIndex={0} aria-label="PyTorch code that matches TensorFlow">
        <code data-testid="torch-match">{matchCode}</code>
      </pre>
    </section>
  );
}
