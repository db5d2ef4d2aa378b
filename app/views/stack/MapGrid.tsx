import { memo, useCallback } from 'react';
import { CanvasGrid } from '../../components/grid/CanvasGrid';
import { resetCell, type CellPaint } from '../../components/grid/paintGrid';
import { PALETTE } from '../../components/grid/palette';
import { useCellHandlers } from '../../components/grid/useCellHandlers';
import { formatSize } from '../../components/format';
import { LINK_SHADES, SHADE_COUNT, shadeIndex } from './linkShades';
import type { MapCell, StackMap } from './stackModel';

interface Props {
  map: StackMap;
  /** Cell edge in CSS pixels. */
  size: number;
  /** Drawn smaller than the common scale. */
  scaled: boolean;
  /** Path counts of the linked cells, row-major (0: not linked). */
  counts: Float64Array;
  /** Largest count in `counts`. */
  max: number;
  /** The cell whose links are drawn. */
  focus: MapCell;
}

const cell: CellPaint = { fill: '' };

/** Shades darker than this get white text. */
const DARK_FROM = SHADE_COUNT / 2;

/**
 * One feature map: its cells in the paper's colours (blue input, green outputs), the linked
 * cells shaded by path count, the cells the next layer never reads hatched, the focused cell
 * outlined.
 */
export const MapGrid = memo(function MapGrid({ map, size, scaled, counts, max, focus }: Props) {
  const [rows, cols] = map.shape;
  const handlers = useCellHandlers(`map${map.index}`, cols);
  const isInput = map.index === 0;
  const base = isInput ? PALETTE.input : PALETTE.output;
  const line = size >= 6 ? (isInput ? PALETTE.inputStroke : PALETTE.outputStroke) : undefined;
  const own = focus.map === map.index;

  const paint = useCallback(
    (r: number, c: number) => {
      resetCell(cell, base, line);
      const read = map.readBy;
      if (read && (read[0][r] === 0 || read[1][c] === 0)) {
        cell.fill = PALETTE.inserted;
        if (size >= 6) cell.hatch = PALETTE.dropped;
      }
      const count = counts[r * cols + c];
      if (count > 0) {
        const shade = shadeIndex(count, max);
        cell.fill = LINK_SHADES[shade];
        cell.hatch = undefined;
        if (size >= 22 && !own) {
          cell.text = String(count);
          cell.textColor = shade >= DARK_FROM ? '#ffffff' : PALETTE.text;
        }
      }
      if (own && r === focus.cell[0] && c === focus.cell[1]) {
        cell.stroke = PALETTE.focus;
        cell.strong = true;
      }
      return cell;
    },
    [base, line, map.readBy, size, counts, cols, max, own, focus],
  );

  const describe = (r: number, c: number) => {
    const count = counts[r * cols + c];
    const linked = count > 0 ? `, linked by ${count} path${count === 1 ? '' : 's'}` : '';
    return `${map.title}, row ${r}, column ${c}${linked}`;
  };

  return (
    <figure
      className="grid-figure stack-map"
      data-testid={`stack-map-${map.index}`}
      data-linked={counts.reduce((n, v) => n + (v > 0 ? 1 : 0), 0)}
      data-max-paths={max}
    >
      <figcaption>
        {map.title} <span className="map-size">{formatSize(map.shape)}</span>
        {scaled && <span className="muted"> · scaled down</span>}
      </figcaption>
      <CanvasGrid
        label={`${map.title}, ${formatSize(map.shape)}`}
        rows={rows}
        cols={cols}
        cellSize={size}
        paint={paint}
        describe={describe}
        {...handlers}
        testId={`grid-map-${map.index}`}
      />
    </figure>
  );
});
