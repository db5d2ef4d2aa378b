import type { LayerHighlight } from './channelHighlight';
import type { ChannelLayer } from './channelsModel';
import type { DiagramLayout } from './diagramLayout';
import { ARROW_COLOUR, arrowPaths, bandShapes, wirePaths } from './wireShapes';

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
  return (
    <svg className="channel-wires" width={layout.width} height={layout.height} aria-hidden="true">
      {bandShapes(layout).map((band, g) => (
        <rect
          key={`band-${g}`}
          x={band.x}
          y={band.y}
          width={band.width}
          height={band.height}
          rx={6}
          fill={band.fill}
          stroke={band.stroke}
          strokeOpacity={0.5}
        />
      ))}
      {arrowPaths(layout).map((d, co) => (
        <path key={`arrow-${co}`} d={d} fill="none" stroke={ARROW_COLOUR} strokeWidth={1.25} />
      ))}
      {wirePaths(layer, layout, highlight).map((wire) => (
        <path
          key={wire.key}
          d={wire.d}
          fill="none"
          stroke={wire.stroke}
          strokeWidth={wire.width}
          strokeOpacity={wire.opacity}
          data-testid={wire.lit ? 'wire-lit' : undefined}
        />
      ))}
    </svg>
  );
}
