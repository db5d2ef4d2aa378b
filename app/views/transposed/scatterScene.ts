/**
 * The scatter as the paper never animated it: one frame per input cell, in order, its kernel
 * stamped (scaled by its value) onto the full result, which fills in stamp by stamp; the part
 * the padding keeps is outlined, the cells it crops hatched. Built in the export worker from
 * the engine's link geometry.
 */
import { rowLinks, type LinkGeometry, type ScatterAxis } from '../../../engine';
import {
  captionWidth,
  exportCell,
  SCENE,
  type Scene,
  type SceneGrid,
} from '../../components/export/scene';
import type { SceneSequence } from '../../components/export/sceneSource';
import { paintedCells } from '../../components/export/stageAnimation';
import { formatValue } from '../../components/format';
import type { CellPaint } from '../../components/grid/paintGrid';
import { PALETTE } from '../../components/grid/palette';
import { projectionLines, type Point } from '../../components/grid/projectionLines';
import { tapName } from '../../components/grid/tapName';
import type { AxisPair } from '../../url/fields';

/** What the scatter's frames are built from: plain data, sent to the export worker. */
export interface ScatterSceneData {
  kind: 'scatter';
  title: string;
  /** The grids' captions, in the page's language. */
  captions: { input: string; kernel: string; full: string };
  input: AxisPair;
  kernel: AxisPair;
  /** Input cells → cells of the full, uncropped result. */
  fullGeometry: LinkGeometry;
  scatter: readonly [ScatterAxis, ScatterAxis];
  values: { input: Float64Array; kernel: Float64Array };
  numbers: boolean;
}

/** The cells of the full result input cell `n`'s stamp covers, flat in the canvas (rows × cols). */
function stampCells(data: ScatterSceneData, n: number, cols: number): [number, number][] {
  return rowLinks(data.fullGeometry, n).map((link) => [link.col[0] * cols + link.col[1], link.tap]);
}

/** The frames: frame n shows input cell n's stamp, the stamps before it added in. */
export function scatterSequence(data: ScatterSceneData): SceneSequence {
  const [sh, sw] = data.scatter;
  const [rows, cols] = [sh.canvas, sw.canvas];
  const inputs = data.input[0] * data.input[1];
  const cell = exportCell(data.input[1] + data.kernel[1] + cols, data.numbers);
  const kernelCell = Math.max(cell, data.numbers ? 28 : 16);
  const kept = (r: number, c: number) =>
    r >= sh.cropBefore &&
    c >= sw.cropBefore &&
    r < sh.cropBefore + sh.output &&
    c < sw.cropBefore + sw.output;
  const inFull = (r: number, c: number) => r < sh.full && c < sw.full;

  // The running sums and the stamps counted, so frames in order cost one stamp each.
  let sums = new Float64Array(rows * cols);
  let reached = new Uint8Array(rows * cols);
  let done = -1;
  const addUpTo = (n: number) => {
    if (n < done) {
      sums = new Float64Array(rows * cols);
      reached = new Uint8Array(rows * cols);
      done = -1;
    }
    for (let m = done + 1; m <= n; m++) {
      for (const [index, tap] of stampCells(data, m, cols)) {
        sums[index] += data.values.input[m] * data.values.kernel[tap];
        reached[index] = 1;
      }
    }
    done = n;
  };

  const frame = (n: number): Scene => {
    const t = Math.max(0, Math.min(n, inputs - 1));
    addUpTo(t);
    const current = new Set(stampCells(data, t, cols).map(([index]) => index));
    const inputCells = paintedCells(data.input[0], data.input[1], (r, c) => {
      const index = r * data.input[1] + c;
      const paint: CellPaint =
        index === t
          ? { fill: PALETTE.input, shaded: true, stroke: PALETTE.windowStroke, strong: true }
          : { fill: PALETTE.input, stroke: PALETTE.inputStroke };
      if (data.numbers) paint.text = formatValue(data.values.input[index]);
      return paint;
    });
    const kernelCells = paintedCells(data.kernel[0], data.kernel[1], (r, c) => {
      const tap = r * data.kernel[1] + c;
      return {
        fill: PALETTE.kernel,
        stroke: PALETTE.kernelStroke,
        text: data.numbers ? formatValue(data.values.kernel[tap]) : tapName(tap, data.kernel[1]),
      };
    });
    const fullCells = paintedCells(rows, cols, (r, c) => {
      const index = r * cols + c;
      const keep = kept(r, c);
      // The zeros past the full result that the output padding keeps: there once all is added.
      const filled = keep && (reached[index] === 1 || (!inFull(r, c) && t === inputs - 1));
      const paint: CellPaint = filled
        ? { fill: PALETTE.output, stroke: PALETTE.outputStroke, dashed: !inFull(r, c) }
        : { fill: PALETTE.pending, stroke: PALETTE.pendingStroke, dashed: !inFull(r, c) };
      if (!keep) paint.hatch = PALETTE.dropped;
      if (data.numbers && reached[index] === 1) {
        paint.text = formatValue(sums[index]);
        if (!keep) paint.textColor = PALETTE.mutedText;
      }
      if (current.has(index)) {
        paint.shaded = true;
        paint.stroke = PALETTE.windowStroke;
        paint.strong = true;
        paint.dashed = false;
      }
      return paint;
    });
    const y = SCENE.margin + SCENE.caption;
    const grids: SceneGrid[] = [];
    let x = SCENE.margin;
    const place = (grid: Omit<SceneGrid, 'x' | 'y'>) => {
      grids.push({ ...grid, x, y });
      x += Math.max(grid.cols * grid.cell, captionWidth(grid.caption)) + SCENE.gap;
    };
    const [ir, ic] = [Math.floor(t / data.input[1]), t % data.input[1]];
    place({
      id: 'input',
      caption: data.captions.input,
      rows: data.input[0],
      cols: data.input[1],
      cell,
      cells: inputCells,
      frame: { row: ir, col: ic, rows: 1, cols: 1 },
    });
    place({
      id: 'kernel',
      caption: data.captions.kernel,
      rows: data.kernel[0],
      cols: data.kernel[1],
      cell: kernelCell,
      cells: kernelCells,
    });
    const stamp = [...current].map((index) => [Math.floor(index / cols), index % cols]);
    const top = Math.min(...stamp.map(([r]) => r));
    const left = Math.min(...stamp.map(([, c]) => c));
    const box = {
      row: top,
      col: left,
      rows: Math.max(...stamp.map(([r]) => r)) - top + 1,
      cols: Math.max(...stamp.map(([, c]) => c)) - left + 1,
    };
    place({
      id: 'output',
      caption: data.captions.full,
      rows,
      cols,
      cell,
      cells: fullCells,
      marks: [
        {
          box: { row: sh.cropBefore, col: sw.cropBefore, rows: sh.output, cols: sw.output },
          stroke: PALETTE.outputStroke,
          width: 2,
          inset: 1,
        },
        { box, stroke: PALETTE.windowStroke, width: 2, dash: [5, 3], inset: 3 },
      ],
    });
    const [inputGrid, , full] = grids;
    const corners = (g: SceneGrid, b: typeof box): [Point, Point] => [
      [g.x + b.col * g.cell, g.y + b.row * g.cell],
      [g.x + (b.col + b.cols) * g.cell, g.y + (b.row + b.rows) * g.cell],
    ];
    const p = projectionLines(
      corners(inputGrid, { row: ir, col: ic, rows: 1, cols: 1 }),
      corners(full, box),
    );
    const height = y + Math.max(...grids.map((g) => g.rows * g.cell)) + SCENE.margin;
    return {
      title: data.title,
      width: x - SCENE.gap + SCENE.margin,
      height,
      grids,
      lines: p
        ? [
            [p[0], p[1]],
            [p[2], p[3]],
          ]
        : [],
    };
  };
  return { frames: inputs, frame, still: () => frame(inputs - 1) };
}
