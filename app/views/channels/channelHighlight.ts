/**
 * What lights up when an output cell of a layer is hovered, focused or pinned: its group, the
 * input channels of that group, the window (in padded coordinates, with the tap that reads
 * each cell) and the partial sums of each channel. Pure; every number comes from the engine.
 */
import { channelPartialSums, groupOfOutput, rowLinks, type PartialSum } from '../../../engine';
import type { ChannelLayer } from './channelsModel';

export interface LayerHighlight {
  outChannel: number;
  /** Flat index of the cell in one output channel. */
  cell: number;
  /** Row and column of the cell. */
  position: [number, number];
  group: number;
  /** The input channels the output channel reads (its group's). */
  channels: number[];
  /** Window cells of every lit input channel, flat in the padded grid, → the kernel tap. */
  window: Map<number, number>;
  /** Per-channel partial sums (numbers mode), else null. */
  partials: PartialSum[] | null;
  /** The output value `conv` computed (numbers mode), else null. */
  value: number | null;
}

/**
 * The highlight of output value `index` of a layer, where `index` counts over all output
 * channels (channel-major, as the grids report it); null for no focus or an index outside.
 *
 * @example layerHighlight(layer, 25)?.outChannel // 1 for a 5 × 5 output
 */
export function layerHighlight(layer: ChannelLayer, index: number | null): LayerHighlight | null {
  const plane = layer.output[0] * layer.output[1];
  if (index === null || index < 0 || index >= plane * layer.outChannels) return null;
  const outChannel = Math.floor(index / plane);
  const cell = index % plane;
  const group = groupOfOutput(outChannel, layer.outChannels, layer.groups);
  const { inStart, inCount } = layer.groupList[group];
  const [h, w] = layer.axes;
  const paddedCols = layer.padded[1];
  const window = new Map<number, number>();
  for (const link of rowLinks(layer.geometry, cell)) {
    const r = link.col[0] + h.padBefore;
    const c = link.col[1] + w.padBefore;
    window.set(r * paddedCols + c, link.tap);
  }
  const numbers = layer.values.output !== null;
  return {
    outChannel,
    cell,
    position: [Math.floor(cell / layer.output[1]), cell % layer.output[1]],
    group,
    channels: Array.from({ length: inCount }, (_, k) => inStart + k),
    window,
    partials: numbers
      ? channelPartialSums(
          layer.geometry,
          layer.values.input,
          layer.values.weight,
          layer.inChannels,
          layer.groups,
          outChannel,
          cell,
        )
      : null,
    value: numbers ? (layer.values.output as Float64Array)[index] : null,
  };
}
