/**
 * Where every piece of a layer's channel picture goes, in CSS pixels: one band per group, the
 * input channels of the group down the left, the wires, and one row per output channel with
 * its kernels (its row of the weight tensor) and its output grid. Pure, so it can be tested.
 */

/** A rectangle, in pixels from the picture's top left. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramInput {
  inChannels: number;
  outChannels: number;
  groups: number;
  /** Rows and columns of an input channel as drawn (with its padding). */
  padded: readonly [number, number];
  kernel: readonly [number, number];
  output: readonly [number, number];
}

export interface DiagramLayout {
  /** Cell edge of every grid. */
  cell: number;
  width: number;
  height: number;
  /** One band per group. */
  bands: Box[];
  /** One box per input channel. */
  inputs: Box[];
  /** One box per output channel: its output grid. */
  outputs: Box[];
  /** Per output channel, one box per kernel of its weight row (Cin/G of them). */
  kernels: Box[][];
  /**
   * Per output channel, the box of its whole weight row: Cin/G kernels side by side, one empty
   * cell apart (one canvas per row).
   */
  kernelRows: Box[];
  /** x of the column headings: inputs, weights, outputs. */
  headings: [number, number, number];
  /** x of the wires' ends: the inputs' right edge and the kernel rows' left edge. */
  wireFrom: number;
  wireTo: number;
}

const MAX_CELL = 22;
const MIN_CELL = 3;
/** The picture's height budget: taller pictures get smaller cells. */
const HEIGHT_BUDGET = 760;
const WIRE_SPAN = 56;
const GAP = 6;
/** Between a weight row and its output: room for the arrow joining them. */
const ARROW = 18;
/** Above the bands: the column headings. */
const HEADER = 18;
const BAND_PAD = 8;
const BAND_GAP = 6;
/** Room on the left of a band for its label. */
const LABEL = 0;

/** A grid's box size for a cell edge: the grids draw a 1-pixel border on each side. */
const span = (cells: number, cell: number) => cells * cell + 2;

/**
 * Lays a layer out in `width` pixels: the largest cell (up to 22 px, at least 3) that fits the
 * width and a height budget; the picture scrolls sideways when even 3 px cells do not fit.
 *
 * @example diagramLayout({ inChannels: 4, outChannels: 4, groups: 2, padded: [7, 7], kernel: [3, 3], output: [5, 5] }, 800).bands.length // 2
 */
export function diagramLayout(d: DiagramInput, width: number): DiagramLayout {
  const inPer = d.inChannels / d.groups;
  const outPer = d.outChannels / d.groups;
  const across = d.padded[1] + inPer * (d.kernel[1] + 1) - 1 + d.output[1];
  const fixed = LABEL + 2 * BAND_PAD + WIRE_SPAN + GAP + ARROW + 8;
  const byWidth = Math.floor((width - fixed) / across);
  const down = Math.max(
    d.inChannels * d.padded[0],
    d.outChannels * Math.max(d.output[0], d.kernel[0]),
  );
  const byHeight = Math.floor(HEIGHT_BUDGET / down);
  const cell = Math.max(MIN_CELL, Math.min(MAX_CELL, byWidth, byHeight));

  const inputW = span(d.padded[1], cell);
  const inputH = span(d.padded[0], cell);
  const kernelW = span(d.kernel[1], cell);
  const kernelH = span(d.kernel[0], cell);
  const outputW = span(d.output[1], cell);
  const outputH = span(d.output[0], cell);
  const rowH = Math.max(kernelH, outputH);

  const inputX = LABEL + BAND_PAD;
  const wireFrom = inputX + inputW;
  const wireTo = wireFrom + WIRE_SPAN;
  const rowW = span(inPer * (d.kernel[1] + 1) - 1, cell);
  const outputX = wireTo + rowW + ARROW;
  const totalWidth = outputX + outputW + BAND_PAD;

  const bands: Box[] = [];
  const inputs: Box[] = [];
  const outputs: Box[] = [];
  const kernels: Box[][] = [];
  const kernelRows: Box[] = [];
  let y = HEADER;
  for (let g = 0; g < d.groups; g++) {
    const inStack = inPer * inputH + (inPer - 1) * GAP;
    const outStack = outPer * rowH + (outPer - 1) * GAP;
    const inner = Math.max(inStack, outStack);
    const height = inner + 2 * BAND_PAD;
    bands.push({ x: 0, y, width: totalWidth, height });
    const inTop = y + BAND_PAD + (inner - inStack) / 2;
    for (let c = 0; c < inPer; c++) {
      inputs.push({ x: inputX, y: inTop + c * (inputH + GAP), width: inputW, height: inputH });
    }
    const outTop = y + BAND_PAD + (inner - outStack) / 2;
    for (let c = 0; c < outPer; c++) {
      const rowY = outTop + c * (rowH + GAP);
      outputs.push({ x: outputX, y: rowY + (rowH - outputH) / 2, width: outputW, height: outputH });
      const kernelY = rowY + (rowH - kernelH) / 2;
      kernelRows.push({ x: wireTo, y: kernelY, width: rowW, height: kernelH });
      kernels.push(
        Array.from({ length: inPer }, (_, k) => ({
          x: wireTo + k * (d.kernel[1] + 1) * cell,
          y: kernelY,
          width: kernelW,
          height: kernelH,
        })),
      );
    }
    y += height + BAND_GAP;
  }
  return {
    cell,
    width: totalWidth,
    height: y - BAND_GAP,
    bands,
    inputs,
    outputs,
    kernels,
    kernelRows,
    headings: [inputX, wireTo, outputX],
    wireFrom,
    wireTo,
  };
}
