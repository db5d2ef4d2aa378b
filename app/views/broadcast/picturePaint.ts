/**
 * How each cell of the broadcasting picture looks, for the screen's canvases and the exported
 * pictures alike: operands in the result's frame (stored cells blue, stride-0 copies dashed),
 * the result cyan, the hovered result element and the elements it reads outlined.
 */
import { flatIndex } from '../../../engine';
import type { CellPaint } from '../../components/grid/paintGrid';
import { PALETTE } from '../../components/grid/palette';
import { formatValue, type BroadcastModel, type Operand } from './broadcastModel';
import { cellRole, sourceOf, type DisplayAxis } from './picture';

/** Fill of a stride-0 copy: lighter than a stored element, dashed. */
export const GHOST_FILL = '#f5f8fb';

/** Cells wide enough for their text: quotients such as 0.33 need more room than digits. */
export function cellSizeFor(
  display: readonly DisplayAxis[],
  kind: BroadcastModel['op']['kind'],
): number {
  const cols = display[display.length - 1]?.length ?? 1;
  if (kind === 'float') return cols <= 8 ? 44 : cols <= 16 ? 30 : 16;
  return cols <= 8 ? 34 : cols <= 16 ? 24 : 16;
}

/** The frame axes stretched after `stage` steps of the stretch. */
export const stretchedAxes = (model: BroadcastModel, stage: number): Set<number> =>
  new Set(model.shape ? model.stretchOrder.slice(0, stage) : []);

const sameCoord = (a: readonly number[] | null, b: readonly number[]) =>
  a !== null && a.length === b.length && a.every((v, k) => v === b[k]);

/**
 * An operand's cells: null where the stretch has not reached yet.
 *
 * @param hovered the result element hovered or focused (its sources outlined), or null
 */
export function operandPainter(
  model: BroadcastModel,
  operand: Operand,
  stretched: ReadonlySet<number>,
  hovered: number[] | null,
) {
  const { frame, shape } = model;
  const hoveredSource = hovered && shape ? sourceOf(operand.shape, frame, hovered).index : -1;
  return (coord: number[]): CellPaint | null => {
    const role = cellRole(operand.shape, frame, coord, stretched);
    if (role === 'hidden') return null;
    const source = sourceOf(operand.shape, frame, coord);
    const isSource = role === 'real' && source.index === hoveredSource;
    const atHover = sameCoord(hovered, coord);
    return {
      fill: isSource ? PALETTE.linked : role === 'real' ? PALETTE.input : GHOST_FILL,
      stroke: isSource ? PALETTE.linkedStroke : atHover ? PALETTE.focus : PALETTE.inputStroke,
      dashed: role === 'ghost',
      strong: isSource || atHover,
      text: String(operand.valueAt(source.index)),
      textColor: role === 'ghost' ? PALETTE.mutedText : PALETTE.text,
    };
  };
}

/** The result's cells (null without a result). */
export function resultPainter(model: BroadcastModel, hovered: number[] | null) {
  const { shape, resultAt, op } = model;
  return (coord: number[]): CellPaint | null => {
    if (!shape || !resultAt) return null;
    const atHover = sameCoord(hovered, coord);
    return {
      fill: PALETTE.output,
      stroke: atHover ? PALETTE.focus : PALETTE.outputStroke,
      strong: atHover,
      text: formatValue(resultAt(flatIndex(coord, shape)), op.kind),
    };
  };
}

/** A cell of a summary's gap: dots along the positions left out. */
export function gapPaint(rowGap: boolean, colGap: boolean): CellPaint {
  return {
    fill: '#ffffff',
    textColor: PALETTE.mutedText,
    text: rowGap ? (colGap ? '⋱' : '⋮') : '⋯',
  };
}
