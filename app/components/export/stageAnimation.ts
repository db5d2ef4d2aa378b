import { DROPPED_WINDOW, droppedWindowBoxes } from '../grid/droppedWindowBoxes';
import { highlightFor } from '../grid/highlight';
import type { CellPaint } from '../grid/paintGrid';
import { PALETTE } from '../grid/palette';
import type { StageModel } from '../grid/stageModel';
import { stagePainters } from '../grid/stagePaint';
import type { StageExportOptions, StageWords } from './exportable';
import type { FigureGrid, WindowAnimation } from './scene';

/** Every cell of a grid in row-major order, each a copy (painters may reuse one object). */
export function paintedCells(
  rows: number,
  cols: number,
  paint: (r: number, c: number) => CellPaint,
): CellPaint[] {
  const cells: CellPaint[] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) cells.push({ ...paint(r, c) });
  return cells;
}

function grid(
  id: string,
  caption: string,
  rows: number,
  cols: number,
  paint: (r: number, c: number) => CellPaint,
): FigureGrid {
  return { id, caption, rows, cols, cells: paintedCells(rows, cols, paint) };
}

/**
 * The animation of a convolution or pooling figure, one step per output position, drawn with
 * the screen's own painters (`stagePainters`) at each step with nothing hovered.
 */
export function stageAnimation(
  model: StageModel,
  options: StageExportOptions & { words: StageWords },
): WindowAnimation {
  const { numbers, outputBadges, words } = options;
  const outputBadge = outputBadges ? (index: number) => outputBadges[index] : undefined;
  const [h, w] = model.axes;
  const output = model.output ?? [0, 0];
  const steps = output[0] * output[1];
  const still = highlightFor(model, null, -1);
  const look = (step: number, hl = still) =>
    stagePainters(model, { numbers, hl, focus: null, step, outputBadge });
  const base = look(-1);
  const done = look(steps);
  const padded = model.padded;
  const input = grid('input', words.input, padded[0], padded[1], base.input);
  // Ceil mode: the windows PyTorch drops, dashed over the input as on screen.
  input.marks = droppedWindowBoxes(model).map((box) => ({
    box,
    stroke: PALETTE.dropped,
    width: DROPPED_WINDOW.width,
    dash: DROPPED_WINDOW.dash,
    inset: DROPPED_WINDOW.inset,
  }));
  const kernel = model.values.kernel
    ? grid('kernel', words.kernel, h.kernel, w.kernel, base.kernel)
    : null;
  const out = grid('output', words.output, output[0], output[1], done.out);
  const pending = grid('output', '', output[0], output[1], base.out).cells;
  const animationSteps = [];
  for (let t = 0; t < steps; t++) {
    const hl = highlightFor(model, null, t);
    const paint = look(t, hl);
    const box = paint.windowBox;
    if (!box) break;
    const cells: [number, CellPaint][] = [];
    for (const index of hl.input.keys()) {
      const r = Math.floor(index / padded[1]);
      cells.push([index, { ...paint.input(r, index % padded[1]) }]);
    }
    animationSteps.push({
      window: { row: box.start[0], col: box.start[1], rows: box.span[0], cols: box.span[1] },
      input: cells,
      output: { ...paint.out(Math.floor(t / output[1]), t % output[1]) },
    });
  }
  return {
    title: words.title,
    input,
    kernel,
    output: { ...out, pending },
    steps: animationSteps,
  };
}
