import { PALETTE, shade } from '../grid/palette';
import { SCENE, type Scene, type SceneGrid, type SceneMark, type SceneShape } from './scene';
import { BADGE_MIN_CELL, TEXT_MIN_CELL, badgeSize, hatchLines, textSize } from './sceneSvg';

/** A 2-D context of a page canvas or of an OffscreenCanvas in a worker. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function drawGrid(ctx: Context2D, grid: SceneGrid) {
  const { x, y, cell, cols } = grid;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = PALETTE.text;
  ctx.font = `14px ${SCENE.font}`;
  if (grid.caption) ctx.fillText(grid.caption, x, y - 8);
  grid.cells.forEach((paint, index) => {
    const cx = x + (index % cols) * cell;
    const cy = y + Math.floor(index / cols) * cell;
    ctx.fillStyle = paint.shaded ? shade(paint.fill) : paint.fill;
    ctx.fillRect(cx, cy, cell, cell);
    if (paint.stroke) {
      const inset = paint.strong ? 1.25 : 0.5;
      ctx.lineWidth = paint.strong ? 2.5 : 1;
      ctx.setLineDash(paint.dashed && !paint.strong ? [3, 3] : []);
      ctx.strokeStyle = paint.stroke;
      ctx.strokeRect(cx + inset, cy + inset, cell - 2 * inset, cell - 2 * inset);
    }
    if (paint.hatch) {
      ctx.setLineDash([]);
      ctx.lineWidth = 1;
      ctx.strokeStyle = paint.hatch;
      ctx.beginPath();
      for (const [x1, y1, x2, y2] of hatchLines(cx, cy, cell)) {
        ctx.moveTo(x1, y1);
        ctx.lineTo(x2, y2);
      }
      ctx.stroke();
    }
    if (paint.text !== undefined && cell >= TEXT_MIN_CELL) {
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.font = `${textSize(cell)}px ${SCENE.font}`;
      ctx.fillStyle = paint.textColor ?? PALETTE.text;
      ctx.fillText(paint.text, cx + cell / 2, cy + cell / 2 + 1);
    }
  });
  ctx.setLineDash([]);
  if (grid.frame) {
    const f = grid.frame;
    ctx.lineWidth = 3;
    ctx.strokeStyle = PALETTE.windowStroke;
    ctx.strokeRect(
      x + f.col * cell + 1.5,
      y + f.row * cell + 1.5,
      f.cols * cell - 3,
      f.rows * cell - 3,
    );
  }
  for (const mark of grid.marks ?? []) drawMark(ctx, grid, mark);
  if (cell >= BADGE_MIN_CELL) {
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.font = `${badgeSize(cell)}px ${SCENE.font}`;
    ctx.fillStyle = PALETTE.badge;
    grid.cells.forEach((paint, index) => {
      if (paint.badge === undefined) return;
      ctx.fillText(
        paint.badge,
        x + (index % cols) * cell + 4,
        y + Math.floor(index / cols) * cell + 3,
      );
    });
  }
}

function drawMark(ctx: Context2D, grid: SceneGrid, mark: SceneMark) {
  const { box } = mark;
  const inset = mark.inset ?? mark.width / 2;
  ctx.lineWidth = mark.width;
  ctx.strokeStyle = mark.stroke;
  ctx.setLineDash(mark.dash ? [...mark.dash] : []);
  ctx.strokeRect(
    grid.x + box.col * grid.cell + inset,
    grid.y + box.row * grid.cell + inset,
    box.cols * grid.cell - 2 * inset,
    box.rows * grid.cell - 2 * inset,
  );
  ctx.setLineDash([]);
}

function drawShape(ctx: Context2D, shape: SceneShape) {
  if (shape.kind === 'rect') {
    ctx.beginPath();
    ctx.roundRect(shape.x, shape.y, shape.width, shape.height, shape.radius ?? 0);
    ctx.fillStyle = shape.fill;
    ctx.fill();
    if (shape.stroke) {
      ctx.lineWidth = 1;
      ctx.strokeStyle = shape.stroke;
      ctx.stroke();
    }
  } else {
    ctx.lineWidth = shape.width;
    ctx.strokeStyle = shape.stroke;
    ctx.stroke(new Path2D(shape.d));
  }
}

/**
 * Draws the scene at `scale` device pixels per picture pixel on a context whose canvas is
 * `scene.width × scale` by `scene.height × scale`.
 */
export function drawScene(ctx: Context2D, scene: Scene, scale: number): void {
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = SCENE.background;
  ctx.fillRect(0, 0, scene.width, scene.height);
  ctx.setLineDash([]);
  for (const shape of scene.shapes ?? []) drawShape(ctx, shape);
  if (scene.lines.length) {
    ctx.lineWidth = 1;
    ctx.strokeStyle = PALETTE.windowStroke;
    ctx.beginPath();
    for (const [a, b] of scene.lines) {
      ctx.moveTo(a[0], a[1]);
      ctx.lineTo(b[0], b[1]);
    }
    ctx.stroke();
  }
  for (const grid of scene.grids) drawGrid(ctx, grid);
  const align = { start: 'left', middle: 'center', end: 'right' } as const;
  ctx.textBaseline = 'alphabetic';
  for (const t of scene.texts ?? []) {
    ctx.font = `${t.bold ? '700 ' : ''}${t.size ?? 14}px ${t.mono ? SCENE.mono : SCENE.font}`;
    ctx.textAlign = align[t.anchor ?? 'start'];
    ctx.fillStyle = t.color ?? PALETTE.text;
    ctx.fillText(t.text, t.x, t.y);
  }
}
