/**
 * The channel picture as scenes for export: per layer its caption, the group bands, wires and
 * arrows as vector shapes, and every input channel, kernel and output channel as a grid,
 * painted by the screen's `channelPainters`. The GIF walks every output cell of every output
 * channel, layer after layer, lighting its window in the input channels of its group.
 */
import { color } from 'd3-color';
import { interpolateRgb } from 'd3-interpolate';
import {
  captionWidth,
  SCENE,
  type Scene,
  type SceneGrid,
  type SceneShape,
  type SceneText,
} from '../../components/export/scene';
import type { SceneSequence } from '../../components/export/sceneSource';
import { paintedCells } from '../../components/export/stageAnimation';
import type { CellPaint } from '../../components/grid/paintGrid';
import { PALETTE } from '../../components/grid/palette';
import { layerHighlight } from './channelHighlight';
import { channelPainters, layerLayout } from './channelPaint';
import type { ChannelsWords } from './channelWords';
import type { ChannelLayer } from './channelsModel';
import { groupWire } from './groupColours';
import { ARROW_COLOUR, arrowPaths, bandShapes, wirePaths } from './wireShapes';

/** What the channel pictures are built from: plain data, sent to the export worker. */
export interface ChannelsSceneData {
  kind: 'channels';
  layers: ChannelLayer[];
  numbers: boolean;
  /** The pinned output cell on screen: its layer and its index over all output channels. */
  focus: { layer: number; index: number } | null;
  /** Title, captions and headings in the page's language. */
  words: ChannelsWords;
}

/** Width the layers are laid out in, as a wide panel on screen. */
const WIDTH = 900;
/** Between a layer's caption and its picture, and between layers. */
const CAPTION = 24;
const LAYER_GAP = 28;

/** `fg` at `opacity` over `bg`, as an opaque hex colour (a GIF palette has no transparency). */
const over = (fg: string, opacity: number, bg: string) =>
  color(interpolateRgb(bg, fg)(opacity))?.formatHex() ?? fg;

/** The picture with output value `index` of layer `focusLayer` lit (null: none). */
function channelsScene(data: ChannelsSceneData, focus: ChannelsSceneData['focus']): Scene {
  const shapes: SceneShape[] = [];
  const texts: SceneText[] = [];
  const grids: SceneGrid[] = [];
  let top = SCENE.margin;
  let width = 0;
  data.layers.forEach((layer, n) => {
    const hl = focus?.layer === n ? layerHighlight(layer, focus.index) : null;
    const layout = layerLayout(layer, WIDTH);
    const x0 = SCENE.margin;
    const y0 = top + CAPTION;
    const caption = data.words.layers[n];
    texts.push({ x: x0, y: top + 15, text: caption });
    const bands = bandShapes(layout);
    for (const band of bands) {
      shapes.push({
        kind: 'rect',
        x: x0 + band.x,
        y: y0 + band.y,
        width: band.width,
        height: band.height,
        radius: 6,
        fill: band.fill,
        stroke: over(band.stroke, 0.5, band.fill),
      });
    }
    for (const d of arrowPaths(layout)) {
      shapes.push({ kind: 'path', d: shift(d, x0, y0), stroke: ARROW_COLOUR, width: 1.25 });
    }
    for (const wire of wirePaths(layer, layout, hl)) {
      shapes.push({
        kind: 'path',
        d: shift(wire.d, x0, y0),
        stroke: over(wire.stroke, wire.opacity, bands[wire.group].fill),
        width: wire.width,
      });
    }
    data.words.headings.forEach((heading, column) => {
      texts.push({
        x: x0 + layout.headings[column],
        y: y0 + 12,
        text: heading,
        size: 12,
        color: PALETTE.mutedText,
      });
    });
    if (layer.groups > 1) {
      layout.bands.forEach((band, g) => {
        texts.push({
          x: x0 + layout.wireFrom + 4,
          y: y0 + band.y + 13,
          text: data.words.groups[g],
          size: 12,
          color: groupWire(g),
          bold: true,
        });
      });
    }
    const paint = channelPainters(layer, hl, data.numbers);
    const cell = layout.cell;
    const grid = (
      id: string,
      box: { x: number; y: number },
      rows: number,
      cols: number,
      p: (r: number, c: number) => CellPaint,
    ): SceneGrid => ({
      id,
      caption: '',
      // The screen's grids draw a one-pixel border around their cells.
      x: x0 + box.x + 1,
      y: y0 + box.y + 1,
      rows,
      cols,
      cell,
      cells: paintedCells(rows, cols, p),
    });
    const [pH, pW] = layer.padded;
    const [kH, kW] = [layer.axes[0].kernel, layer.axes[1].kernel];
    layout.inputs.forEach((box, ci) => {
      grids.push(grid(`${layer.id}-input-${ci}`, box, pH, pW, paint.input(ci)));
    });
    layout.kernels.forEach((row, co) => {
      const kernels = paint.kernels(co);
      row.forEach((box, k) => {
        grids.push(
          grid(
            `${layer.id}-kernel-${co}-${k}`,
            box,
            kH,
            kW,
            (r, c) => kernels(r, k * (kW + 1) + c) ?? { fill: SCENE.background },
          ),
        );
      });
    });
    layout.outputs.forEach((box, co) => {
      grids.push(
        grid(`${layer.id}-output-${co}`, box, layer.output[0], layer.output[1], paint.output(co)),
      );
    });
    width = Math.max(width, x0 + layout.width, x0 + captionWidth(caption));
    top = y0 + layout.height + LAYER_GAP;
  });
  return {
    title: data.words.title,
    width: Math.ceil(width + SCENE.margin),
    height: Math.ceil(top - LAYER_GAP + SCENE.margin),
    grids,
    lines: [],
    shapes,
    texts,
  };
}

/** SVG path data moved by (dx, dy): its numbers alternate x and y, except after H. */
function shift(d: string, dx: number, dy: number): string {
  return d.replace(/([MLHC])([^MLHC]*)/g, (_, command: string, args: string) => {
    const numbers = args
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const moved =
      command === 'H'
        ? numbers.map((v) => v + dx)
        : numbers.map((v, i) => (i % 2 === 0 ? v + dx : v + dy));
    return `${command}${moved.join(' ')} `;
  });
}

/** Output values per layer: every output channel's cells. */
const outputsOf = (layer: ChannelLayer) => layer.outChannels * layer.output[0] * layer.output[1];

/**
 * The channel picture's frames: one per output value, channel by channel, row by row, the
 * first layer's then the 1 × 1 layer's; the still lights the pinned cell.
 */
export function channelsSequence(data: ChannelsSceneData): SceneSequence {
  const counts = data.layers.map(outputsOf);
  return {
    frames: counts.reduce((a, b) => a + b, 0),
    frame: (n) => {
      let layer = 0;
      let index = n;
      while (layer < counts.length - 1 && index >= counts[layer]) index -= counts[layer++];
      return channelsScene(data, { layer, index });
    },
    still: () => channelsScene(data, data.focus),
  };
}
