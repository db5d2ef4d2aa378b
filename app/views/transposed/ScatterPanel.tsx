import { useMemo, useRef } from 'react';
import { rowLinks } from '../../../engine';
import { AnimationBar } from '../../components/grid/AnimationBar';
import type { Stepper } from '../../components/grid/useStepper';
import { CanvasGrid, type CellPaint } from '../../components/grid/CanvasGrid';
import { HEAT, PALETTE } from '../../components/grid/palette';
import { stageLayout } from '../../components/grid/stageLayout';
import { useCellHandlers } from '../../components/grid/useCellHandlers';
import { formatValue } from '../../components/format';
import { useElementWidth } from '../../components/useElementWidth';
import type { TransposedHighlight } from './highlight';
import { partialScatter, type TransposedModel } from './transposedModel';
import { withBoundary } from '../../shell/ErrorBoundary';

interface Props {
  model: TransposedModel;
  hl: TransposedHighlight;
  numbers: boolean;
  /** Overlap-count heat map instead of values. */
  heat: boolean;
  setHeat: (heat: boolean) => void;
  /** The animation over input cells (URL `u`): stamps 0 … u are added. */
  stepper: Stepper;
}

/**
 * The transposed convolution as PyTorch computes it: every input cell stamps the kernel,
 * scaled by its value, at stride s onto the full result; the padding then crops p cells from
 * the start of each axis (and p − a from the end).
 */
function ScatterPanelContent({ model, hl, numbers, heat, setHeat, stepper }: Props) {
  const step = stepper.step;
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const v = model.valid;
  // Partial sums are shown in numbers mode only.
  const partial = useMemo(
    () => (v && numbers ? partialScatter(model, step) : null),
    [model, v, numbers, step],
  );
  const inHandlers = useCellHandlers('input', model.input[1]);
  const kernelHandlers = useCellHandlers('kernel', model.kernel[1]);
  const scatterHandlers = useCellHandlers('scatter', v ? v.scatter[1].canvas : 1);
  if (!v) return null;
  const [sh, sw] = v.scatter;
  const [rows, cols] = [sh.canvas, sw.canvas];
  const full = [sh.full, sw.full];
  const layout = stageLayout(
    { input: cols, kernel: model.kernel[1], output: model.input[1] },
    width,
    numbers,
  );
  const cell = layout.cell;
  const stamping = hl.source === null ? new Set(stampOf(model, step)) : null;

  const paintIn = (r: number, c: number): CellPaint => {
    const n = r * model.input[1] + c;
    const lit = hl.source !== null ? hl.inputs.has(n) : n === step;
    const paint: CellPaint = lit
      ? {
          fill: hl.source ? PALETTE.linked : PALETTE.window,
          stroke: hl.source ? PALETTE.linkedStroke : PALETTE.kernelStroke,
          strong: true,
        }
      : n < step
        ? { fill: PALETTE.input, stroke: PALETTE.inputStroke }
        : { fill: PALETTE.pending, stroke: PALETTE.inputStroke };
    if (numbers) paint.text = formatValue(model.values.input[n]);
    return paint;
  };

  const paintKernel = (r: number, c: number): CellPaint => {
    const tap = r * model.kernel[1] + c;
    const lit = hl.source !== null && hl.taps.has(tap);
    return {
      fill: lit ? PALETTE.linked : PALETTE.kernel,
      stroke: lit ? PALETTE.linkedStroke : PALETTE.kernelStroke,
      strong: lit,
      text: numbers ? formatValue(model.values.kernel[tap]) : undefined,
    };
  };

  const paintScatter = (r: number, c: number): CellPaint => {
    const index = r * cols + c;
    const inFull = r < full[0] && c < full[1];
    const inOutput =
      r >= sh.cropBefore &&
      c >= sw.cropBefore &&
      r < sh.cropBefore + sh.output &&
      c < sw.cropBefore + sw.output;
    const count = inFull ? v.overlap[r * full[1] + c] : 0;
    const paint: CellPaint = heat
      ? {
          fill: HEAT[Math.min(count, HEAT.length - 1)],
          stroke: inOutput ? PALETTE.outputStroke : PALETTE.pendingStroke,
          text: String(count),
        }
      : inOutput
        ? { fill: PALETTE.output, stroke: PALETTE.outputStroke }
        : { fill: PALETTE.pending, stroke: PALETTE.pendingStroke };
    if (!inOutput) {
      paint.hatch = PALETTE.dropped;
      paint.dashed = !inFull;
    }
    if (heat && count >= 4) paint.textColor = '#ffffff';
    const fullIndex = r * full[1] + c;
    if (
      hl.scatterCells.has(inFull ? fullIndex : -1) ||
      (hl.source?.grid === 'scatter' && hl.source.index === index)
    ) {
      paint.stroke = hl.source ? PALETTE.linkedStroke : PALETTE.kernelStroke;
      paint.strong = true;
      if (!heat) paint.fill = hl.source ? PALETTE.linked : PALETTE.window;
    } else if (stamping?.has(fullIndex) && inFull) {
      paint.stroke = PALETTE.kernelStroke;
      paint.strong = true;
    }
    if (partial && !heat) paint.text = inFull ? formatValue(partial[fullIndex]) : '0';
    return paint;
  };

  const outline = (ctx: CanvasRenderingContext2D, size: number) => {
    ctx.lineWidth = 2;
    ctx.setLineDash([]);
    ctx.strokeStyle = PALETTE.outputStroke;
    ctx.strokeRect(
      sw.cropBefore * size + 1,
      sh.cropBefore * size + 1,
      sw.output * size - 2,
      sh.output * size - 2,
    );
  };

  const describeScatter = (r: number, c: number) => {
    const inFull = r < full[0] && c < full[1];
    const out = [r - sh.cropBefore, c - sw.cropBefore];
    const inOutput = out[0] >= 0 && out[1] >= 0 && out[0] < v.output[0] && out[1] < v.output[1];
    const where = inOutput
      ? `output (${out[0]}, ${out[1]})`
      : inFull
        ? 'cropped by the padding'
        : 'past the full result';
    const count = inFull ? v.overlap[r * full[1] + c] : 0;
    const value = partial && inFull ? `, sum so far ${formatValue(partial[r * full[1] + c])}` : '';
    return `Full result row ${r}, column ${c}: ${where}, ${count} overlapping stamp${count === 1 ? '' : 's'}${value}. Enter pins it.`;
  };

  return (
    <section
      className="panel stage"
      aria-labelledby="scatter-title"
      data-testid="scatter-panel"
      tabIndex={-1}
    >
      <div className="panel-head">
        <h2 id="scatter-title">2 · Scatter: every input stamps the kernel</h2>
        <label className="inline-field">
          <input
            type="checkbox"
            checked={heat}
            onChange={(event) => setHeat(event.target.checked)}
            data-testid="toggle-heat"
          />
          Overlap counts
        </label>
      </div>
      <p className="panel-lede">
        Input cell n adds x[n]·w onto the full result at n·s; the padding crops {sh.cropBefore}/
        {sw.cropBefore} cells from the start (hatched) and the output padding keeps{' '}
        {model.axes[0].outputPadding}/{model.axes[1].outputPadding} more at the end.{' '}
        {checkerboard(model)}
      </p>
      <div ref={ref} className="stage-grids">
        <figure className="grid-figure">
          <figcaption>
            Input {model.input[0]} × {model.input[1]}
          </figcaption>
          <CanvasGrid
            label={`Input, ${model.input[0]} × ${model.input[1]} cells`}
            rows={model.input[0]}
            cols={model.input[1]}
            cellSize={Math.max(cell, numbers ? 16 : 6)}
            paint={paintIn}
            describe={(r, c) =>
              `Input row ${r}, column ${c}${numbers ? `, value ${formatValue(model.values.input[r * model.input[1] + c])}` : ''}. Enter pins it.`
            }
            testId="grid-in"
            {...inHandlers}
          />
        </figure>
        <figure className="grid-figure">
          <figcaption>Kernel</figcaption>
          <CanvasGrid
            label="Kernel"
            rows={model.kernel[0]}
            cols={model.kernel[1]}
            cellSize={layout.kernelCell}
            paint={paintKernel}
            describe={(r, c) =>
              `Kernel tap row ${r}, column ${c}${numbers ? `, weight ${formatValue(model.values.kernel[r * model.kernel[1] + c])}` : ''}. Enter pins it.`
            }
            testId="grid-kernel"
            {...kernelHandlers}
          />
        </figure>
        <figure className="grid-figure">
          <figcaption>
            Full result {full[0]} × {full[1]}, output {v.output[0]} × {v.output[1]} outlined
          </figcaption>
          <CanvasGrid
            label={`Full result of the scatter, ${rows} × ${cols} cells, with the output outlined`}
            rows={rows}
            cols={cols}
            cellSize={cell}
            paint={paintScatter}
            overlay={outline}
            describe={describeScatter}
            testId="grid-scatter"
            {...scatterHandlers}
          />
        </figure>
      </div>
      <AnimationBar
        stepper={stepper}
        describeStep={(u) =>
          `stamp of input (${Math.floor(u / model.input[1])}, ${u % model.input[1]})`
        }
      />
    </section>
  );
}

/** Cells of the full result stamped by input cell n. */
function stampOf(model: TransposedModel, n: number): number[] {
  return model.valid ? rowLinks(model.valid.fullGeometry, n).map((link) => link.colIndex) : [];
}

function checkerboard(model: TransposedModel): string {
  const uneven = model.axes.some((axis) => axis.kernel % axis.stride !== 0);
  return uneven
    ? 'The kernel size is not a multiple of the stride, so stamps overlap unevenly: turn on the overlap counts to see the checkerboard.'
    : 'The kernel size is a multiple of the stride, so away from the edges every cell receives the same number of stamps.';
}

/** {@link ScatterPanelContent} in its own error boundary. */
export const ScatterPanel = withBoundary(
  ScatterPanelContent,
  'the scatter view',
  (props) => props.model,
);
