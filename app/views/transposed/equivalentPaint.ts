import { outputWindow, type EquivalentCellKind } from '../../../engine';
import { formatValue } from '../../components/format';
import type { CellPaint } from '../../components/grid/CanvasGrid';
import { resetCell } from '../../components/grid/paintGrid';
import { PALETTE } from '../../components/grid/palette';
import { tapName } from '../../components/grid/tapName';
import type { TransposedHighlight } from './highlight';
import type { TransposedModel } from './transposedModel';

const PRECEDENCE = ['cropped', 'a', 'pad', 'inserted'] as const;

/** Combines the two axes' kinds: a cell is padding if either axis is, and so on. */
export function kindOf(model: TransposedModel, r: number, c: number): EquivalentCellKind {
  const a = model.layouts[0].kinds[r];
  const b = model.layouts[1].kinds[c];
  for (let k = 0; k < PRECEDENCE.length; k++)
    if (a === PRECEDENCE[k] || b === PRECEDENCE[k]) return PRECEDENCE[k];
  return 'input';
}

export const EQUIVALENT_BASE: Record<EquivalentCellKind, CellPaint> = {
  input: { fill: PALETTE.input, stroke: PALETTE.inputStroke },
  inserted: { fill: PALETTE.inserted, stroke: PALETTE.insertedStroke },
  pad: { fill: PALETTE.padding, stroke: PALETTE.paddingStroke, dashed: true },
  a: { fill: PALETTE.padding, stroke: PALETTE.kernelStroke, dashed: true, badge: 'a' },
  cropped: { fill: PALETTE.pending, stroke: PALETTE.pendingStroke, hatch: PALETTE.dropped },
};

/**
 * How every cell of the equivalent direct convolution looks (sections 4.2–4.6): the one
 * description the panel's canvases and the exported pictures are drawn from. `from` is the
 * window of the output at `hl.window` on the drawn grid, or null.
 */
export function equivalentPainters(
  model: TransposedModel,
  hl: TransposedHighlight,
  numbers: boolean,
  step: number,
  /** False when cells are too small to print text (the panel's canvases skip it then). */
  text = true,
) {
  // One description per grid, rewritten per cell: painting allocates nothing per cell.
  const eqCell: CellPaint = { fill: '' };
  const outCell: CellPaint = { fill: '' };
  const v = model.valid;
  const values = v?.numbers ?? null;
  const [lh, lw] = model.layouts;
  const outCols = v ? v.output[1] : 0;
  const taps = model.kernel[0] * model.kernel[1];
  const paintEq = (r: number, c: number): CellPaint => {
    const kind = kindOf(model, r, c);
    const base = EQUIVALENT_BASE[kind];
    const paint = resetCell(eqCell, base.fill, base.stroke, base.dashed);
    paint.badge = base.badge;
    paint.hatch = base.hatch;
    const index = r * lw.drawn + c;
    if (numbers && text) {
      const n = [lh.inputIndex[r], lw.inputIndex[c]];
      const value = n[0] >= 0 && n[1] >= 0 ? model.values.input[n[0] * model.input[1] + n[1]] : 0;
      paint.text = formatValue(value);
      paint.textColor = kind === 'input' ? PALETTE.text : PALETTE.mutedText;
    }
    if (hl.eqCells.has(index)) {
      // See-through: an inserted zero stays an inserted zero under the window's shadow.
      paint.shaded = true;
      paint.textColor = PALETTE.text;
      // Without numbers each covered cell names the kernel tap that reads it: the window holds
      // the kernel rotated 180°, "k−1,k−1" top left.
      const tap = hl.windowTaps.get(index);
      if (!numbers && tap !== undefined) paint.text = tapName(tap, model.kernel[1]);
      if (hl.window === null || hl.source?.grid === 'equivalent') {
        paint.stroke = hl.source?.grid === 'equivalent' ? PALETTE.focus : PALETTE.linkedStroke;
        paint.strong = true;
        paint.dashed = false;
      }
    }
    return paint;
  };

  // The window in the convolved region, which starts after any cropped cells.
  const windowBox =
    hl.window !== null && v
      ? outputWindow([lh.conv, lw.conv], [Math.floor(hl.window / outCols), hl.window % outCols])
      : null;
  const from = windowBox && {
    row: windowBox.start[0] + lh.regionStart,
    col: windowBox.start[1] + lw.regionStart,
    rows: windowBox.span[0],
    cols: windowBox.span[1],
  };

  const paintKernel = (r: number, c: number): CellPaint => {
    const rotated = r * model.kernel[1] + c;
    const original = taps - 1 - rotated;
    const lit = hl.taps.has(original) && hl.source !== null;
    return {
      fill: PALETTE.kernel,
      shaded: lit,
      stroke: lit ? PALETTE.linkedStroke : PALETTE.kernelStroke,
      strong: lit,
      // Without numbers each tap keeps its name from the kernel, so "2,2" sits top left.
      text: values ? formatValue(values.eqKernel[rotated]) : tapName(original, model.kernel[1]),
    };
  };

  const paintOut = (r: number, c: number): CellPaint => {
    const index = r * outCols + c;
    const done = index <= step;
    const paint = done
      ? resetCell(outCell, PALETTE.output, PALETTE.outputStroke)
      : resetCell(outCell, PALETTE.pending, PALETTE.pendingStroke);
    if (hl.outputs.has(index)) {
      paint.shaded = true;
      paint.stroke = hl.window === index ? PALETTE.windowStroke : PALETTE.linkedStroke;
      paint.strong = true;
    }
    // Like the scatter below, an output shows its value once the clock (or a hover) reaches it.
    if (values && text && (done || hl.outputs.has(index)))
      paint.text = formatValue(values.eqOutputAt(index));
    return paint;
  };

  return { eq: paintEq, kernel: paintKernel, out: paintOut, from };
}
