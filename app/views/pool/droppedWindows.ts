import { axisWindow } from '../../../engine';
import { PALETTE } from '../../components/grid/palette';
import type { PoolModel } from './poolModel';

/**
 * Ceil mode: the band where PyTorch's dropped window would have been, dashed over the input
 * grid (the window after the last kept one, from the engine's window geometry).
 */
export function drawDroppedWindows(
  ctx: CanvasRenderingContext2D,
  cell: number,
  model: PoolModel,
): void {
  if (!model.output) return;
  const [h, w] = model.axes;
  ctx.save();
  ctx.strokeStyle = PALETTE.dropped;
  ctx.lineWidth = 2.5;
  ctx.setLineDash([6, 4]);
  if (model.droppedWindow[0] !== null) {
    const { start, span } = axisWindow(h, model.output[0]);
    ctx.strokeRect(1.5, start * cell + 1.5, model.padded[1] * cell - 3, span * cell - 3);
  }
  if (model.droppedWindow[1] !== null) {
    const { start, span } = axisWindow(w, model.output[1]);
    ctx.strokeRect(start * cell + 1.5, 1.5, span * cell - 3, model.padded[0] * cell - 3);
  }
  ctx.restore();
}
