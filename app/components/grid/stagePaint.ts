import { outputWindow } from '../../../engine';
import type { CellRef } from '../../store/viewSlice';
import { formatValueAt } from '../format';
import type { Highlight } from './highlight';
import { resetCell, showsText, type CellPaint } from './paintGrid';
import { PALETTE } from './palette';
import type { StageModel } from './stageModel';
import { tapName } from './tapName';

/** What a sliding-window figure shows besides its model. */
export interface StageLook {
  /** Values printed in the cells. */
  numbers: boolean;
  /** The cells linked to the hovered, pinned or current one. */
  hl: Highlight;
  /** The hovered or pinned cell (drawn with the focus outline), or null. */
  focus: CellRef | null;
  /** Output cells up to this index are computed. */
  step: number;
  /** Small label in an output cell's corner (the avg-pool divisor). */
  outputBadge?: (index: number) => string | undefined;
  /**
   * The cell edges the grids are drawn at (input and output, kernel), when known: cells too
   * small to print text in are described without it, which saves formatting thousands of
   * values that would not be drawn. Omitted: every cell has its text.
   */
  sizes?: { cell: number; kernel: number };
}

/**
 * How every cell of a sliding-window figure looks: the one description the screen's canvases
 * and the exported pictures (PNG, SVG, GIF) are drawn from. Each painter returns one reused
 * object per grid, read at once (see `resetCell`).
 */
export function stagePainters(model: StageModel, look: StageLook) {
  const { numbers, hl, focus, step, outputBadge, sizes } = look;
  const gridText = !sizes || showsText(sizes.cell);
  const kernelText = !sizes || showsText(sizes.kernel);
  const [h, w] = model.axes;
  const { padded, output, dropped, values } = model;
  const inputCell: CellPaint = { fill: '' };
  const outputCell: CellPaint = { fill: '' };
  const isSource = (grid: CellRef['grid'], index: number) =>
    focus !== null && focus.grid === grid && focus.index === index;
  /** Index of padded cell (r, c) in the input, −1 in the padding. */
  const inInput = (r: number, c: number) => {
    const ir = r - h.padBefore;
    const ic = c - w.padBefore;
    return ir >= 0 && ic >= 0 && ir < h.input && ic < w.input ? ir * w.input + ic : -1;
  };
  /** Past the padding, where only ceil-mode windows reach. */
  const beyond = (r: number, c: number) =>
    r >= padded[0] - model.overhang[0] || c >= padded[1] - model.overhang[1];
  const isDropped = (r: number, c: number) =>
    r >= padded[0] - dropped[0] || c >= padded[1] - dropped[1];

  const input = (r: number, c: number): CellPaint => {
    const index = r * padded[1] + c;
    const at = inInput(r, c);
    const tap = hl.input.get(index);
    const outside = at < 0 && beyond(r, c);
    const cell =
      at >= 0
        ? resetCell(inputCell, PALETTE.input, PALETTE.inputStroke)
        : outside
          ? resetCell(inputCell, PALETTE.overhang, PALETTE.pendingStroke, true)
          : resetCell(inputCell, PALETTE.padding, PALETTE.paddingStroke, true);
    if (numbers && !outside && gridText) {
      cell.text = at >= 0 ? formatValueAt(values.input, at) : model.padValue;
      cell.textColor = at >= 0 ? PALETTE.text : PALETTE.mutedText;
    }
    if (tap !== undefined) {
      // The see-through shadow: the covered cell keeps its colour and its dashes, darkened.
      cell.shaded = true;
      cell.textColor = PALETTE.text;
      if (tap < 0 || hl.window === null) {
        cell.stroke = isSource('input', index) ? PALETTE.focus : PALETTE.linkedStroke;
        cell.strong = true;
        cell.dashed = false;
      }
      // The tap that reads this cell: its weight beside the value, else its name in the kernel.
      if (tap >= 0 && values.kernel && gridText) {
        if (numbers) cell.badge = formatValueAt(values.kernel, tap);
        else cell.text = tapName(tap, w.kernel);
      }
    }
    if (isDropped(r, c)) cell.hatch = PALETTE.dropped;
    return cell;
  };

  const out = (r: number, c: number): CellPaint => {
    const index = r * (output?.[1] ?? 1) + c;
    const done = index <= step;
    const cell = done
      ? resetCell(outputCell, PALETTE.output, PALETTE.outputStroke)
      : resetCell(outputCell, PALETTE.pending, PALETTE.pendingStroke);
    if (numbers && values.output && gridText) {
      cell.badge = outputBadge?.(index);
      cell.text = formatValueAt(values.output, index);
      cell.textColor = done ? PALETTE.text : PALETTE.mutedText;
    }
    if (hl.output.has(index)) {
      cell.shaded = true;
      cell.textColor = PALETTE.text;
      cell.stroke = hl.window === index ? PALETTE.windowStroke : PALETTE.linkedStroke;
      cell.strong = true;
    }
    if (isSource('output', index)) cell.stroke = PALETTE.focus;
    return cell;
  };

  const kernel = (r: number, c: number): CellPaint => {
    const tap = r * w.kernel + c;
    const cell: CellPaint = { fill: PALETTE.kernel, stroke: PALETTE.kernelStroke };
    if (hl.taps.has(tap) && (hl.source?.grid === 'kernel' || hl.source?.grid === 'input')) {
      cell.shaded = true;
      cell.stroke = isSource('kernel', tap) ? PALETTE.focus : PALETTE.linkedStroke;
      cell.strong = true;
    }
    if (values.kernel && kernelText) {
      cell.text = numbers ? formatValueAt(values.kernel, tap) : tapName(tap, w.kernel);
    }
    return cell;
  };

  /** The window of the output at `hl.window` on the padded input, or null. */
  const windowBox =
    hl.window !== null && output
      ? outputWindow(model.axes, [Math.floor(hl.window / output[1]), hl.window % output[1]])
      : null;

  return { input, out, kernel, windowBox, inInput, beyond, isDropped };
}
