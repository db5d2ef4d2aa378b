import type { CellLinks, StackModel } from './stackModel';
import { describeIndices } from './stackModel';

interface Props {
  model: StackModel;
  links: CellLinks;
}

/** Per map, the rows and columns the focused cell is linked to, in words (the picture's text). */
export function LinkList({ model, links }: Props) {
  return (
    <details className="stack-links">
      <summary>Linked rows and columns, map by map</summary>
      <ul>
        {model.maps.map((map) => {
          const cells = links.cells[map.index];
          return (
            <li key={map.index} data-testid={`stack-links-${map.index}`}>
              <strong>{map.title}</strong>: rows {describeIndices(links.rows[map.index])}, columns{' '}
              {describeIndices(links.cols[map.index])} ({cells} cell{cells === 1 ? '' : 's'}, up to{' '}
              {links.max[map.index]} path{links.max[map.index] === 1 ? '' : 's'})
            </li>
          );
        })}
      </ul>
    </details>
  );
}
