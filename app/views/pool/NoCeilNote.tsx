import { formatSize } from '../../components/format';
import type { AxisPair } from '../../url/fields';

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
      TensorFlow has no ceil mode: ceil_mode=True is PyTorch's only, and the figure follows
      TensorFlow's padding instead.
      {ceilPort && output && (
        <>
          {' '}
          PyTorch's usual port with ceil_mode=True gives {formatSize(ceilPort)}
          {ceilPort[0] === output[0] && ceilPort[1] === output[1]
            ? ', the same size as TensorFlow here.'
            : `, TensorFlow ${formatSize(output)}.`}
        </>
      )}
    </p>
  );
}
