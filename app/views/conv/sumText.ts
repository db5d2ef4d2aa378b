import { rowLinks, type LinkGeometry } from '../../../engine';
import { formatFactor, formatValue } from '../../components/format';
import { t } from '../../i18n/i18n';

/**
 * The sum behind one output cell, written out from the engine's links and values:
 * "y[1, 2] = 1·3 + 0·(−1) + … = 7". Taps on padding add 0 and are counted, not listed.
 */
export function convSumText(
  geometry: LinkGeometry,
  outCols: number,
  index: number,
  input: ArrayLike<number>,
  kernel: ArrayLike<number>,
  output: ArrayLike<number>,
): string {
  const links = rowLinks(geometry, index);
  const terms = links
    .filter((l) => l.colIndex >= 0)
    .map((l) => `${formatFactor(input[l.colIndex])}·${formatFactor(kernel[l.tap])}`);
  const padding = links.length - terms.length;
  const name = `y[${Math.floor(index / outCols)}, ${index % outCols}]`;
  const sum = terms.length ? terms.join(' + ') : '0';
  const tail = padding ? t('common.sum.paddingTaps', { count: padding }) : '';
  return `${name} = ${sum} = ${formatValue(output[index])}${tail}`;
}
