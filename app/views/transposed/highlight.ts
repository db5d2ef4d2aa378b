/**
 * One hovered, focused or pinned cell of any of the three views, turned into what lights up
 * in all of them: input cells, output cells, kernel taps, and the cells of each drawing.
 * Every link comes from the engine's index maps.
 */
import { colLinks, colLinksAt, rowLinks, tapLinks, unflatIndex } from '../../../engine';
import type { CellRef } from '../../store/viewSlice';
import type { TransposedModel } from './transposedModel';
import { t } from '../../i18n/i18n';

export interface TransposedHighlight {
  inputs: Set<number>;
  /** Output cells (flat, in the output grid). */
  outputs: Set<number>;
  /** Kernel taps, in the kernel's own orientation. */
  taps: Set<number>;
  /** Cells of the equivalent convolution's drawing. */
  eqCells: Set<number>;
  /**
   * Cells of the equivalent drawing under the window, each with the kernel tap (in the kernel's
   * own orientation) that multiplies it: the rotated kernel puts tap (k − 1, k − 1) top left.
   */
  windowTaps: Map<number, number>;
  /** Cells of the scatter canvas (the uncropped result). */
  scatterCells: Set<number>;
  /** Output cell whose window is outlined in the equivalent drawing. */
  window: number | null;
  source: CellRef | null;
  summary: string;
}

const rc = (coord: readonly number[]) => `(${coord[0]}, ${coord[1]})`;

/** Drawn position in the equivalent drawing of an input cell. */
function eqPosition(model: TransposedModel, n: number): number {
  const coord = unflatIndex(n, model.input);
  const [row, col] = [0, 1].map((a) => model.layouts[a].inputIndex.indexOf(coord[a]));
  return row < 0 || col < 0 ? -1 : row * model.layouts[1].drawn + col;
}

/** Nothing lit yet: the highlight every panel starts from (`source` the cell it answers). */
export function emptyHighlight(source: CellRef | null): TransposedHighlight {
  return {
    inputs: new Set(),
    outputs: new Set(),
    taps: new Set(),
    eqCells: new Set(),
    windowTaps: new Map(),
    scatterCells: new Set(),
    window: null,
    source,
    summary: '',
  };
}

/**
 * What lights up in the three views for the hovered, focused or pinned cell of any of them
 * (an output, an input, a kernel or rotated-kernel tap, an entry of C, a scatter cell, a cell of
 * the equivalent drawing), or with none for the output at the animation `step`.
 */
export function transposedHighlight(
  model: TransposedModel,
  focus: CellRef | null,
  step: number,
): TransposedHighlight {
  const hl = emptyHighlight(focus);
  const v = model.valid;
  if (!v) return hl;
  const [lh, lw] = model.layouts;
  const outCols = v.output[1];
  const scatterCols = v.scatter[1].canvas;
  const [crop0, crop1] = [v.scatter[0].cropBefore, v.scatter[1].cropBefore];
  const toScatter = (j: number) =>
    (Math.floor(j / outCols) + crop0) * scatterCols + (j % outCols) + crop1;
  const taps = model.kernel[0] * model.kernel[1];
  const windowCells = (j: number) => {
    // The equivalent convolution's tap t′ is the rotated kernel's: the kernel's tap taps − 1 − t′.
    for (const link of rowLinks(v.eqGeometry, j)) {
      const at = (link.col[0] + lh.regionStart) * lw.drawn + link.col[1] + lw.regionStart;
      hl.eqCells.add(at);
      hl.windowTaps.set(at, taps - 1 - link.tap);
    }
  };
  const stampCells = (n: number) => {
    for (const link of rowLinks(v.fullGeometry, n)) hl.scatterCells.add(link.colIndex);
  };
  const addInput = (n: number) => {
    hl.inputs.add(n);
    const at = eqPosition(model, n);
    if (at >= 0) hl.eqCells.add(at);
    stampCells(n);
  };
  const showOutput = (j: number) => {
    hl.outputs.add(j);
    hl.window = j;
    windowCells(j);
    hl.scatterCells.add(toScatter(j));
    for (const link of colLinks(v.geometry, j)) {
      hl.inputs.add(link.row);
      hl.taps.add(link.tap);
    }
    const coord = unflatIndex(j, v.output);
    const count = hl.inputs.size;
    hl.summary = t('transposed.hl.outputStamps', { cell: rc(coord), count });
  };

  if (!focus || focus.grid === 'output') {
    const j = focus ? focus.index : Math.min(step, v.output[0] * v.output[1] - 1);
    showOutput(j);
    return hl;
  }
  if (focus.grid === 'input' || focus.grid === 'matrix') {
    const n = focus.grid === 'input' ? focus.index : Math.floor(focus.index / v.matrixSize[1]);
    addInput(n);
    const links = rowLinks(v.geometry, n).filter((l) => l.colIndex >= 0);
    if (focus.grid === 'matrix') {
      const j = focus.index % v.matrixSize[1];
      const link = links.find((l) => l.colIndex === j);
      hl.outputs.add(j);
      if (link) hl.taps.add(link.tap);
      const cell = {
        entry: `C[${n}, ${j}]`,
        input: rc(unflatIndex(n, model.input)),
        output: rc(unflatIndex(j, v.output)),
      };
      hl.summary = link
        ? t('transposed.hl.entry', { ...cell, tap: `w${rc(unflatIndex(link.tap, model.kernel))}` })
        : t('transposed.hl.entryZero', cell);
      return hl;
    }
    for (const link of links) {
      hl.outputs.add(link.colIndex);
      hl.taps.add(link.tap);
    }
    const all = rowLinks(v.fullGeometry, n).length;
    hl.summary = t('transposed.hl.inputStamps', {
      cell: rc(unflatIndex(n, model.input)),
      all,
      inside: links.length,
      cropped: all - links.length,
    });
    return hl;
  }
  if (focus.grid === 'kernel' || focus.grid === 'rotated') {
    // The rotated kernel's cell t′ is the kernel's tap (taps − 1 − t′).
    const tap =
      focus.grid === 'kernel' ? focus.index : model.kernel[0] * model.kernel[1] - 1 - focus.index;
    const links = tapLinks(v.geometry, tap);
    hl.taps.add(tap);
    for (const link of links) {
      hl.inputs.add(link.row);
      hl.outputs.add(link.colIndex);
      hl.scatterCells.add(toScatter(link.colIndex));
    }
    hl.summary = t('transposed.hl.tap', {
      tap: rc(unflatIndex(tap, model.kernel)),
      count: links.length,
    });
    return hl;
  }
  if (focus.grid === 'scatter') {
    const coord = unflatIndex(focus.index, [v.scatter[0].canvas, v.scatter[1].canvas]);
    hl.scatterCells.add(focus.index);
    const links = coord.every((c, a) => c < v.fullGeometry.colShape[a])
      ? colLinksAt(v.fullGeometry, coord)
      : [];
    for (const link of links) {
      hl.inputs.add(link.row);
      hl.taps.add(link.tap);
    }
    const out = coord.map((c, a) => c - v.scatter[a].cropBefore);
    const inside = out.every((c, a) => c >= 0 && c < v.output[a]);
    if (inside) hl.outputs.add(out[0] * outCols + out[1]);
    hl.summary = inside
      ? t('transposed.hl.scatterOut', { cell: rc(out), count: links.length })
      : t('transposed.hl.scatterCropped', { cell: rc(coord), count: links.length });
    return hl;
  }
  if (focus.grid !== 'equivalent') return hl;
  // A cell of the equivalent drawing: the outputs whose windows cover it.
  const q = unflatIndex(focus.index, [lh.drawn, lw.drawn]);
  hl.eqCells.add(focus.index);
  const region = [q[0] - lh.regionStart, q[1] - lw.regionStart];
  const kinds = [lh.kinds[q[0]], lw.kinds[q[1]]];
  const inRegion = region.every((c, a) => c >= 0 && c < v.eqGeometry.colShape[a]);
  const covering = inRegion ? colLinksAt(v.eqGeometry, region) : [];
  for (const link of covering) hl.outputs.add(link.row);
  const n = [lh.inputIndex[q[0]], lw.inputIndex[q[1]]];
  if (n[0] >= 0 && n[1] >= 0) addInput(n[0] * model.input[1] + n[1]);
  const what = kinds.includes('cropped')
    ? t('transposed.hl.croppedCell')
    : n[0] >= 0 && n[1] >= 0
      ? t('common.hl.inputCell', { cell: rc(n) })
      : kinds.includes('a')
        ? t('transposed.hl.aZero')
        : kinds.includes('pad')
          ? t('transposed.hl.padZero')
          : t('transposed.hl.insertedZero');
  hl.summary = t('transposed.hl.windows', { what, count: covering.length });
  return hl;
}
