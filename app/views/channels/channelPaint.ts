import { formatValue } from '../../components/format';
import { resetCell, type CellPaint } from '../../components/grid/paintGrid';
import { PALETTE } from '../../components/grid/palette';
import type { LayerHighlight } from './channelHighlight';
import type { ChannelLayer } from './channelsModel';
import { diagramLayout } from './diagramLayout';

/** Where the pieces of a layer's picture go in `width` pixels. */
export const layerLayout = (layer: ChannelLayer, width: number) =>
  diagramLayout(
    {
      inChannels: layer.inChannels,
      outChannels: layer.outChannels,
      groups: layer.groups,
      padded: layer.padded,
      kernel: [layer.axes[0].kernel, layer.axes[1].kernel],
      output: layer.output,
    },
    width,
  );

/**
 * How the cells of a layer's channel picture look, for the screen and the exports alike:
 * input channel `ci` (its padding dashed, the focused cell's window shaded in every channel of
 * its group, with the weight that multiplies each cell), the row of kernels of output channel
 * `co` (one empty column between kernels: null), and output channel `co`.
 */
export function channelPainters(layer: ChannelLayer, hl: LayerHighlight | null, numbers: boolean) {
  const pW = layer.padded[1];
  const [h, w] = layer.axes;
  const [kH, kW] = [h.kernel, w.kernel];
  const [oH, oW] = layer.output;
  const inPer = layer.inChannels / layer.groups;
  const plane = h.input * w.input;
  const { values } = layer;
  const cellOf: CellPaint = { fill: '' };
  const kernelCell: CellPaint = { fill: '' };
  const outCell: CellPaint = { fill: '' };

  const input =
    (ci: number) =>
    (r: number, c: number): CellPaint => {
      const ir = r - h.padBefore;
      const ic = c - w.padBefore;
      const inside = ir >= 0 && ic >= 0 && ir < h.input && ic < w.input;
      const cell = inside
        ? resetCell(cellOf, PALETTE.input, PALETTE.inputStroke)
        : resetCell(cellOf, PALETTE.padding, PALETTE.paddingStroke, true);
      const co = hl?.outChannel ?? 0;
      const tap = hl && hl.channels.includes(ci) ? hl.window.get(r * pW + c) : undefined;
      if (tap !== undefined) {
        // The see-through shadow: padding stays padding under the window.
        cell.shaded = true;
        cell.stroke = PALETTE.windowStroke;
        cell.strong = true;
        cell.dashed = false;
        // The weight that multiplies this cell: w[co, ci within its group, tap].
        if (numbers)
          cell.badge = formatValue(values.weight[(co * inPer + (ci % inPer)) * kH * kW + tap]);
      }
      if (numbers) {
        cell.text = inside ? formatValue(values.input[ci * plane + ir * w.input + ic]) : '0';
        cell.textColor = inside ? PALETTE.text : PALETTE.mutedText;
      }
      return cell;
    };

  const kernels =
    (co: number) =>
    (r: number, c: number): CellPaint | null => {
      const k = Math.floor(c / (kW + 1));
      const kc = c % (kW + 1);
      if (kc === kW) return null;
      const lit = hl?.outChannel === co;
      const cell = resetCell(kernelCell, PALETTE.kernel, PALETTE.kernelStroke);
      cell.shaded = lit;
      cell.strong = lit;
      if (numbers) cell.text = formatValue(values.weight[((co * inPer + k) * kH + r) * kW + kc]);
      return cell;
    };

  const output =
    (co: number) =>
    (r: number, c: number): CellPaint => {
      const index = r * oW + c;
      const cell = resetCell(outCell, PALETTE.output, PALETTE.outputStroke);
      if (hl && hl.outChannel === co && hl.cell === index) {
        cell.shaded = true;
        cell.stroke = PALETTE.focus;
        cell.strong = true;
      }
      if (numbers && values.output) cell.text = formatValue(values.output[co * oH * oW + index]);
      return cell;
    };

  return { input, kernels, output };
}
