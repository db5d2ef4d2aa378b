import { rowLinks, type LinkGeometry } from '../../../engine';
import { formatValue } from '../../components/format';

/**
 * One pooling window written out from the engine's links and values:
 * max: "y[0, 1] = max(3, 1, 0, 2) = 3 (2 padding cells hold −∞)";
 * avg: "y[0, 1] = (3 + 1 + 0 + 2) / 6 = 1 (divisor 6: …)".
 */
export function poolExplainText(
  mode: 'max' | 'avg',
  geometry: LinkGeometry,
  index: number,
  input: ArrayLike<number>,
  output: ArrayLike<number>,
  divisor: number | null,
  countIncludePad: boolean,
): string {
  const cols = geometry.rowShape[1];
  const name = `y[${Math.floor(index / cols)}, ${index % cols}]`;
  const links = rowLinks(geometry, index);
  const values = links.filter((l) => l.colIndex >= 0).map((l) => formatValue(input[l.colIndex]));
  const outside = links.length - values.length;
  const result = formatValue(output[index]);
  if (mode === 'max') {
    const tail = outside
      ? ` (${outside} padding cell${outside === 1 ? ' holds' : 's hold'} −∞)`
      : '';
    return `${name} = max(${values.join(', ')}) = ${result}${tail}`;
  }
  const counted = divisor ?? values.length;
  const why = countIncludePad
    ? counted > values.length
      ? `count_include_pad counts ${counted - values.length} padding cell${counted - values.length === 1 ? '' : 's'}`
      : 'every cell of the window is inside the input'
    : 'count_include_pad=False counts input cells only';
  return `${name} = (${values.join(' + ')}) / ${counted} = ${result} (divisor ${counted}: ${why})`;
}
