import type { LayerHighlight } from './channelHighlight';
import type { ChannelLayer } from './channelsModel';
import type { DiagramLayout } from './diagramLayout';
import { BAND_TINTS, groupWire } from './groupColours';

/** The colour of the arrows from each weight row to its output channel. */
export const ARROW_COLOUR = '#5d6873';

/** One wire: from an input channel to a weight row of its group. */
export interface Wire {
  key: string;
  /** SVG path data (a cubic curve). */
  d: string;
  group: number;
  stroke: string;
  width: number;
  opacity: number;
  /** Drawn for the focused output cell. */
  lit: boolean;
}

/** The group bands behind a layer's picture: their boxes, tints and outline colours. */
export const bandShapes = (layout: DiagramLayout) =>
  layout.bands.map((band, g) => ({
    x: band.x + 0.5,
    y: band.y + 0.5,
    width: band.width - 1,
    height: band.height - 1,
    fill: BAND_TINTS[g % BAND_TINTS.length],
    stroke: groupWire(g),
  }));

/** The arrows from every weight row to its output grid, as SVG path data. */
export const arrowPaths = (layout: DiagramLayout) =>
  layout.kernelRows.map((row, co) => {
    const y = row.y + row.height / 2;
    const x1 = row.x + row.width + 3;
    const x2 = layout.outputs[co].x - 3;
    return `M${x1},${y} H${x2} M${x2 - 5},${y - 4} L${x2},${y} L${x2 - 5},${y + 4}`;
  });

/**
 * One curve from every input channel to every weight row of its group, in the group's colour:
 * with a focused cell, its output channel's wires bold and the others faint.
 */
export function wirePaths(
  layer: ChannelLayer,
  layout: DiagramLayout,
  highlight: LayerHighlight | null,
): Wire[] {
  const { wireFrom, wireTo } = layout;
  const mid = (wireFrom + wireTo) / 2;
  const centre = (box: { y: number; height: number }) => box.y + box.height / 2;
  return layer.groupList.flatMap((group) =>
    Array.from({ length: group.inCount }, (_, i) =>
      Array.from({ length: group.outCount }, (_, o) => {
        const ci = group.inStart + i;
        const co = group.outStart + o;
        const y1 = centre(layout.inputs[ci]);
        const y2 = centre(layout.kernelRows[co]);
        const lit = highlight?.outChannel === co;
        return {
          key: `${ci}-${co}`,
          d: `M${wireFrom},${y1} C${mid},${y1} ${mid},${y2} ${wireTo - 1},${y2}`,
          group: group.index,
          stroke: groupWire(group.index),
          width: lit ? 2.5 : 1.25,
          opacity: highlight ? (lit ? 1 : 0.2) : 0.75,
          lit,
        };
      }),
    ).flat(),
  );
}
