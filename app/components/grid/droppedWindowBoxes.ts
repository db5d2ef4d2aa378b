import { axisWindow } from '../../../engine';
import type { CellBox } from './projectionLines';
import type { StageModel } from './stageModel';

/** How a dropped window is drawn: red, dashed, as thick as a window's frame. */
export const DROPPED_WINDOW = { width: 2.5, dash: [6, 4], inset: 1.5 } as const;

/**
 * Ceil mode: the bands of the input grid where PyTorch's dropped windows would have been (the
 * window after the last kept one, from the engine's window geometry), a row band across the
 * whole grid for the height and a column band for the width.
 *
 * @example droppedWindowBoxes(model) // [{ row: 4, col: 0, rows: 2, cols: 6 }] for one dropped row window
 */
export function droppedWindowBoxes(model: StageModel): CellBox[] {
  const { output, droppedWindow, padded } = model;
  if (!output || !droppedWindow) return [];
  const [h, w] = model.axes;
  const boxes: CellBox[] = [];
  if (droppedWindow[0] !== null) {
    const { start, span } = axisWindow(h, output[0]);
    boxes.push({ row: start, col: 0, rows: span, cols: padded[1] });
  }
  if (droppedWindow[1] !== null) {
    const { start, span } = axisWindow(w, output[1]);
    boxes.push({ row: 0, col: start, rows: padded[0], cols: span });
  }
  return boxes;
}
