import { BOX_COORDS, type BoxLossResult } from '../../../engine';
import { formatLabel } from './format';
import { TableBlock } from './TableBlock';
import { t } from '../../i18n/i18n';
import { tNodes } from '../../i18n/tNodes';

type Props = {
  /** The engine's per-element terms and weights. */
  result: BoxLossResult;
};

/**
 * Per anchor: its weights, and per coordinate the inside-weighted difference d, the weighted
 * loss w_out · f(d) and the gradient ∂L/∂pred.
 */
export function ElementTable({ result }: Props) {
  const { elements, weights } = result;
  return (
    <TableBlock className="element-table" title={tNodes('smoothl1.elements.title', {})}>
      <thead>
        <tr>
          <th scope="col">{t('smoothl1.anchors.anchor')}</th>
          <th scope="col">w_in</th>
          <th scope="col">w_out</th>
          {BOX_COORDS.map((coord) => (
            <th key={coord} scope="col">
              {coord}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {elements.map((row, i) => (
          <tr key={i} className={weights.inside[i] > 0 ? 'positive' : undefined}>
            <th scope="row">{i + 1}</th>
            <td>{formatLabel(weights.inside[i])}</td>
            <td>{formatLabel(weights.outside[i])}</td>
            {row.map((element, c) =>
              weights.inside[i] * weights.outside[i] === 0 ? (
                <td
                  key={c}
                  className="element-cell muted"
                  data-testid={`element-${i + 1}-${BOX_COORDS[c]}`}
                >
                  0
                </td>
              ) : (
                <td
                  key={c}
                  className="element-cell"
                  data-testid={`element-${i + 1}-${BOX_COORDS[c]}`}
                >
                  <span>
                    <abbr title={t('smoothl1.elements.d')}>d</abbr> {formatLabel(element.d)}
                  </span>
                  <span>
                    <abbr title={t('smoothl1.elements.e')}>e</abbr> {formatLabel(element.weighted)}
                  </span>
                  <span>
                    <abbr title={t('smoothl1.elements.grad')}>∂</abbr> {formatLabel(element.grad)}
                  </span>
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </TableBlock>
  );
}
