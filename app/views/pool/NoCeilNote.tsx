import { formatSize } from '../../components/format';
import type { AxisPair } from '../../url/fields';
import { t } from '../../i18n/i18n';
import { CodeText } from '../../components/CodeText';

interface Props {
  /** SAME: what PyTorch's usual port gives with ceil_mode=True; null otherwise. */
  ceilPort: AxisPair | null;
  /** TensorFlow's size, null when refused. */
  output: AxisPair | null;
}

/** `ceil=1` with TensorFlow's rules: TensorFlow has no ceil mode, so the figure leaves it out. */
export function NoCeilNote({ ceilPort, output }: Props) {
  return (
    <p className="relationship-note" data-testid="tf-no-ceil">
      <CodeText text={t('pool.noCeil')} />
      {ceilPort && output && (
        <>
          {' '}
          <CodeText
            text={t('pool.noCeilPort', {
              port: formatSize(ceilPort),
              tf: formatSize(output),
              same: ceilPort[0] === output[0] && ceilPort[1] === output[1] ? 'yes' : 'no',
            })}
          />
        </>
      )}
    </p>
  );
}
