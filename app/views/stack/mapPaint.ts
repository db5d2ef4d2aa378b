import { resetCell, type CellPaint } from '../../components/grid/paintGrid';
import { PALETTE } from '../../components/grid/palette';
import { focusOutline, LINK_SHADES, SHADE_COUNT, shadeIndex } from './linkShades';

/** Shades darker than this get white text. */
const DARK_FROM = SHADE_COUNT / 2;

/** What a feature map's painter needs, per drawn block (a cell, or a block of cells). */
export interface MapLook {
  /** The input map (blue) or a layer's output (green). */
  isInput: boolean;
  /** Edge of a drawn block in pixels: outlines from 6, path counts from 22. */
  drawn: number;
  /** Per block row and column: its largest path count (0: not linked). */
  rowCounts: ArrayLike<number>;
  colCounts: ArrayLike<number>;
  /** Per block row and column: 0 when the next layer reads none of it; null: all read. */
  readRows: ArrayLike<number> | null;
  readCols: ArrayLike<number> | null;
  /** Largest path count of a cell in the map. */
  max: number;
  /** The focused block in this map, or null when the focus is in another map. */
  focus: readonly [number, number] | null;
}

/**
 * How block (r, c) of a feature map looks: the paper's colours (blue input, green outputs), the
 * linked cells shaded by path count, the cells the next layer never reads hatched, the focused
 * cell outlined. The screen and the exports paint maps with it; `into` is reused per cell.
 */
export function mapPainter(look: MapLook, into: CellPaint = { fill: '' }) {
  const { isInput, drawn, rowCounts, colCounts, readRows, readCols, max, focus } = look;
  const base = isInput ? PALETTE.input : PALETTE.output;
  const line = drawn >= 6 ? (isInput ? PALETTE.inputStroke : PALETTE.outputStroke) : undefined;
  return (r: number, c: number): CellPaint => {
    const cell = resetCell(into, base, line);
    if (readRows && readCols && (readRows[r] === 0 || readCols[c] === 0)) {
      cell.fill = PALETTE.inserted;
      if (drawn >= 6) cell.hatch = PALETTE.dropped;
    }
    const count = rowCounts[r] * colCounts[c];
    if (count > 0) {
      const shade = shadeIndex(count, max);
      cell.fill = LINK_SHADES[shade];
      cell.hatch = undefined;
      if (drawn >= 22 && !focus) {
        cell.text = String(count);
        cell.textColor = shade >= DARK_FROM ? '#ffffff' : PALETTE.text;
      }
    }
    if (focus && r === focus[0] && c === focus[1]) {
      cell.stroke = focusOutline(cell.fill);
      cell.strong = true;
    }
    return cell;
  };
}
