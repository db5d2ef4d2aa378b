import { DROPPED_WINDOW, droppedWindowBoxes } from '../../components/grid/droppedWindowBoxes';
import { PALETTE } from '../../components/grid/palette';
import type { PoolModel } from './poolModel';

/**
 * Ceil mode: the band where PyTorch's dropped window would have been, dashed over the input
 * grid (the exports draw the same boxes).
 */
export function drawDroppedWindows(
  ctx: CanvasRenderingContext2D,
  cell: number,
  model: PoolModel,
): void {
  const { width, dash, inset } = DROPPED_WINDOW;
  ctx.save();
  ctx.strokeStyle = PALETTE.dropped;
  ctx.lineWidth = width;
  ctx.setLineDash([...dash]);
  for (const box of droppedWindowBoxes(model)) {
    ctx.strokeRect(
      box.col * cell + inset,
      box.row * cell + inset,
      box.cols * cell - 2 * inset,
      box.rows * cell - 2 * inset,
    );
  }
  ctx.restore();
}
