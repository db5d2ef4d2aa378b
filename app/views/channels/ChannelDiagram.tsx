import { useMemo } from 'react';
import { CanvasGrid } from '../../components/grid/CanvasGrid';
import { formatValue } from '../../components/format';
import { useAppStore } from '../../store/store';
import type { GridId } from '../../store/viewSlice';
import type { LayerHighlight } from './channelHighlight';
import { channelPainters, layerLayout } from './channelPaint';
import type { ChannelLayer } from './channelsModel';
import { groupWire } from './groupColours';
import { StaticGrid } from './StaticGrid';
import { Wires } from './Wires';
import { t } from '../../i18n/i18n';

interface Props {
  layer: ChannelLayer;
  /** The grid id its output cells report to the store ('output', 'pointwise'). */
  gridId: GridId;
  /** What the inputs are called ("Input channel", "Channel … of layer 1"). */
  inputName: string;
  /** Print values in cells large enough. */
  numbers: boolean;
  /** The focused output cell's highlight, or null. */
  highlight: LayerHighlight | null;
  /** Width available, in pixels. */
  width: number;
}

/**
 * One convolution layer as channels: the input channels down the left grouped in bands, wires
 * from each input channel to the weight rows that read it, one row of Cin/G kernels per output
 * channel (the weight tensor, its group blocks in the bands) and the output channels. Output
 * cells take hover, focus and taps; their window lights up in every input channel of the group.
 */
export function ChannelDiagram({ layer, gridId, inputName, numbers, highlight, width }: Props) {
  const [pH, pW] = layer.padded;
  const [h, w] = layer.axes;
  const [kH, kW] = [h.kernel, w.kernel];
  const [oH, oW] = layer.output;
  const inPer = layer.inChannels / layer.groups;
  const layout = layerLayout(layer, width);
  const { values } = layer;
  const hl = highlight;

  const handlers = useMemo(
    () =>
      Array.from({ length: layer.outChannels }, (_, co) => {
        const ref = (cell: [number, number] | null) =>
          cell ? { grid: gridId, index: co * oH * oW + cell[0] * oW + cell[1] } : null;
        return {
          onHover: (cell: [number, number] | null) => useAppStore.getState().setHover(ref(cell)),
          onActivate: (cell: [number, number]) => useAppStore.getState().togglePin(ref(cell)),
        };
      }),
    [layer.outChannels, gridId, oH, oW],
  );

  const paint = channelPainters(layer, hl, numbers);

  const groupOf = (co: number) => Math.floor(co / (layer.outChannels / layer.groups));
  const readsText = (g: number) => {
    const { inStart, inCount } = layer.groupList[g];
    return inCount === 1
      ? t('channels.dg.inputChannel', { n: inStart })
      : t('channels.dg.inputChannels', { from: inStart, to: inStart + inCount - 1 });
  };

  return (
    // Wider than its panel (3 px cells still too wide): the picture scrolls, by keyboard too.
    <div
      className="channel-scroll"
      {...(layout.width > width
        ? { tabIndex: 0, role: 'region', 'aria-label': t('channels.dg.scroll') }
        : {})}
    >
      <div
        className="channel-diagram"
        style={{ width: layout.width, height: layout.height }}
        data-testid={`${layer.id}-diagram`}
        data-cell={layout.cell}
      >
        <Wires layer={layer} layout={layout} highlight={hl} />
        {(['inputs', 'weights', 'outputs'] as const).map((heading, column) => (
          <span
            key={heading}
            className="column-heading"
            style={{ left: layout.headings[column], top: 0 }}
            aria-hidden="true"
          >
            {t(`channels.dg.${heading}`)}
          </span>
        ))}
        {layout.bands.map((band, g) => (
          <span
            key={`label-${g}`}
            className="band-label"
            style={{ left: layout.wireFrom + 4, top: band.y + 2, color: groupWire(g) }}
          >
            {layer.groups > 1 ? t('channels.dg.group', { n: g + 1 }) : ''}
          </span>
        ))}
        {layout.inputs.map((box, ci) => (
          <StaticGrid
            key={`in-${ci}`}
            rows={pH}
            cols={pW}
            cellSize={layout.cell}
            paint={paint.input(ci)}
            box={box}
            testId={`${layer.id}-input-${ci}`}
          />
        ))}
        {layout.kernelRows.map((box, co) => (
          <StaticGrid
            key={`w-${co}`}
            rows={kH}
            cols={inPer * (kW + 1) - 1}
            cellSize={layout.cell}
            paint={paint.kernels(co)}
            box={box}
            testId={`${layer.id}-kernels-${co}`}
          />
        ))}
        {layout.outputs.map((box, co) => (
          <div key={`out-${co}`} className="channel-output" style={{ left: box.x, top: box.y }}>
            <CanvasGrid
              label={t('channels.dg.outputLabel', {
                co,
                g: groupOf(co) + 1,
                h: oH,
                w: oW,
                reads: readsText(groupOf(co)),
              })}
              rows={oH}
              cols={oW}
              cellSize={layout.cell}
              paint={paint.output(co)}
              describe={(r, c) =>
                `${t('channels.dg.outputCell', { co, r, c })}${
                  numbers && values.output
                    ? t('common.stage.value', {
                        value: formatValue(values.output[co * oH * oW + r * oW + c]),
                      })
                    : ''
                }${t('channels.dg.reads', { reads: readsText(groupOf(co)) })}${t('common.stage.enterPins')}`
              }
              {...handlers[co]}
              testId={`${layer.id}-output-${co}`}
            />
          </div>
        ))}
        <p className="visually-hidden">
          {t('channels.dg.summary', {
            count: layer.inChannels,
            name: inputName,
            groups: layer.groups,
          })}
        </p>
      </div>
    </div>
  );
}
