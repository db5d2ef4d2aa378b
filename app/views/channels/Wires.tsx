import type { LayerHighlight } from './channelHighlight';
import type { ChannelLayer } from './channelsModel';
import type { DiagramLayout } from './diagramLayout';
import { BAND_TINTS, groupWire } from './groupColours';

interface Props {
  layer: ChannelLayer;
  layout: DiagramLayout;
  /** The focused output cell: its wires are drawn bold, the others faint. */
  highlight: LayerHighlight | null;
}

/**
 * The group bands and the wiring of a layer, behind its grids: one curve from every input
 * channel to every weight row of its group, in the group's colour.
 */
export function Wires({ layer, layout, highlight }: Props) {
  const { wireFrom, wireTo } = layout;
  const mid = (wireFrom + wireTo) / 2;
  const centre = (box: { y: number; height: number }) => box.y + box.height / 2;
  return (
    <svg className="channel-wires" width={layout.width} height={layout.height} aria-hidden="true">
      {layout.bands.map((band, g) => (
        <rect
          key={`band-${g}`}
          x={band.x + 0.5}
          y={band.y + 0.5}
          width={band.width - 1}
          height={band.height - 1}
          rx={6}
          fill={BAND_TINTS[g % BAND_TINTS.length]}
          stroke={groupWire(g)}
          strokeOpacity={0.5}
        />
      ))}
      {layout.kernelRows.map((row, co) => {
        const y = centre(row);
        const x1 = row.x + row.width + 3;
        const x2 = layout.outputs[co].x - 3;
        return (
          <path
            key={`arrow-${co}`}
            d={`M${x1},${y} H${x2} M${x2 - 5},${y - 4} L${x2},${y} L${x2 - 5},${y + 4}`}
            fill="none"
            stroke="#5d6873"
            strokeWidth={1.25}
          />
        );
      })}
      {layer.groupList.flatMap((group) =>
        Array.from({ length: group.inCount }, (_, i) =>
          Array.from({ length: group.outCount }, (_, o) => {
            const ci = group.inStart + i;
            const co = group.outStart + o;
            const y1 = centre(layout.inputs[ci]);
            const y2 = centre(layout.kernelRows[co]);
            const lit = highlight?.outChannel === co;
            return (
              <path
                key={`${ci}-${co}`}
                d={`M${wireFrom},${y1} C${mid},${y1} ${mid},${y2} ${wireTo - 1},${y2}`}
                fill="none"
                stroke={groupWire(group.index)}
                strokeWidth={lit ? 2.5 : 1.25}
                strokeOpacity={highlight ? (lit ? 1 : 0.2) : 0.75}
                data-testid={lit ? 'wire-lit' : undefined}
              />
            );
          }),
        ),
      )}
    </svg>
  );
}
