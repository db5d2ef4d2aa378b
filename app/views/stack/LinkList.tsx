import { useState } from 'react';
import type { CellLinks, StackModel } from './stackModel';
import { describeIndices } from './stackModel';
import { t } from '../../i18n/i18n';

interface Props {
  model: StackModel;
  links: CellLinks;
}

/**
 * Per map, the rows and columns the focused cell is linked to, in words (the picture's text).
 * Its items are written while it is open only: closed, a hover or key press would rewrite them
 * unseen.
 */
export function LinkList({ model, links }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details className="stack-links" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('stack.links.summary')}</summary>
      {open && (
        <ul>
          {model.maps.map((map) => {
            const cells = links.cells[map.index];
            return (
              <li key={map.index} data-testid={`stack-links-${map.index}`}>
                <strong>{map.title}</strong>
                {t('stack.links.item', {
                  rows: describeIndices(links.rows[map.index]),
                  cols: describeIndices(links.cols[map.index]),
                  cells,
                  paths: links.max[map.index],
                })}
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}
