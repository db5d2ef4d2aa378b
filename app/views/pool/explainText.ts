import { rowLinks, type LinkGeometry } from '../../../engine';
import { formatValue } from '../../components/format';
import { t } from '../../i18n/i18n';

/**
 * One pooling window written out from the engine's links and values:
 * max: "y[0, 1] = max(3, 1, 0, 2) = 3 (2 padding cells hold −∞)"; a ceil-mode window that
 * overhangs the padding is clipped, and the cells past it are named as such;
 * avg: "y[0, 1] = (3 + 1 + 0 + 2) / 6 = 1 (divisor 6: …)". With TensorFlow's rules padding
 * is left out of the max and of the divisor. `padAfter` is the padding after each axis when it
 * differs from the padding before (TensorFlow's SAME).
 */
export function poolExplainText(
  mode: 'max' | 'avg',
  geometry: LinkGeometry,
  index: number,
  input: ArrayLike<number>,
  output: ArrayLike<number>,
  divisor: number | null,
  countIncludePad: boolean,
  framework: 'torch' | 'tf' = 'torch',
  padAfter: readonly number[] = geometry.offset,
): string {
  const cols = geometry.rowShape[1];
  const name = `y[${Math.floor(index / cols)}, ${index % cols}]`;
  const links = rowLinks(geometry, index);
  const values = links.filter((l) => l.colIndex >= 0).map((l) => formatValue(input[l.colIndex]));
  // Taps off the input: on the padding, or (ceil mode) past it, where PyTorch clips the window.
  const past = links.filter((l) =>
    l.col.some((c, axis) => c >= geometry.colShape[axis] + padAfter[axis]),
  ).length;
  const padding = links.length - values.length - past;
  const pastNote = past ? t('pool.explain.past', { count: past }) : '';
  const result = formatValue(output[index]);
  if (mode === 'max') {
    const notes = [
      padding
        ? t(framework === 'tf' ? 'pool.explain.tfLeftOut' : 'pool.explain.padInf', {
            count: padding,
          })
        : '',
      pastNote,
    ].filter(Boolean);
    const tail = notes.length
      ? t('pool.explain.notes', { notes: notes.join(t('pool.explain.sep')) })
      : '';
    return `${name} = max(${values.join(', ')}) = ${result}${tail}`;
  }
  const counted = divisor ?? values.length;
  const why =
    framework === 'tf'
      ? t('pool.explain.tfOnly')
      : countIncludePad
        ? counted > values.length
          ? t('pool.explain.cip', { count: counted - values.length })
          : t('pool.explain.inside')
        : t('pool.explain.noCip');
  const tail = pastNote ? `${t('pool.explain.sep')}${pastNote}` : '';
  const divisorText = t('pool.explain.divisor', { counted, why: `${why}${tail}` });
  return `${name} = (${values.join(' + ')}) / ${counted} = ${result}${divisorText}`;
}
