import { useMemo, useRef, type ReactNode } from 'react';
import { useAppStore, type AppState } from '../../store/store';
import { formatValue } from '../format';
import { LinkSummary } from '../LinkSummary';
import { useElementWidth } from '../useElementWidth';
import { useCellHandlers } from './useCellHandlers';
import { AnimationBar } from './AnimationBar';
import type { Stepper } from './useStepper';
import { CanvasGrid } from './CanvasGrid';
import { stagePainters } from './stagePaint';
import { highlightFor } from './highlight';
import { PALETTE } from './palette';
import { tapName } from './tapName';
import type { StageModel } from './stageModel';
import { stageLayout } from './stageLayout';
import { useFigureHeight } from './useFigureHeight';
import { WindowLegend } from './WindowLegend';
import { WindowLink } from './WindowLink';
import { withBoundary } from '../../shell/ErrorBoundary';

interface Props {
  model: StageModel;
  /** Show values in the cells. */
  numbers: boolean;
  /** The animation over output positions: its step's window is drawn when nothing is hovered. */
  stepper: Stepper;
  /** Caption of the output grid (default "Output"). */
  outputName?: string;
  /** Sentence written out for an output cell (its sum, its max), or null. */
  explainOutput: (index: number) => string | null;
  /** Small label in an output cell's corner (the avg-pool divisor). */
  outputBadge?: (index: number) => string | undefined;
  /** Extra marks over the input grid (dropped pooling windows). */
  inputOverlay?: (ctx: CanvasRenderingContext2D, cell: number) => void;
  /** Notes under the legend. */
  children?: ReactNode;
}

const selectHover = (s: AppState) => s.hover;
const selectPinned = (s: AppState) => s.pinned;

/**
 * The sliding-window figure in the paper's visual language: the padded input (padding dashed,
 * dropped cells hatched), the kernel's footprint on it, the kernel, and the output filling in.
 * Hovering, focusing or tapping a cell of any grid lights up the cells linked to it.
 */
function WindowStageContent({
  model,
  numbers,
  stepper,
  outputName = 'Output',
  explainOutput,
  outputBadge,
  inputOverlay,
  children,
}: Props) {
  const hover = useAppStore(selectHover);
  const pinned = useAppStore(selectPinned);
  const focus = hover ?? pinned;
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const step = stepper.step;
  const [h, w] = model.axes;
  const height = useFigureHeight();
  const layout = stageLayout(
    {
      input: model.padded[1],
      kernel: model.values.kernel ? w.kernel : 0,
      output: model.output?.[1] ?? 0,
    },
    width,
    numbers,
    {
      rows: {
        input: model.padded[0],
        other: Math.max(model.values.kernel ? h.kernel : 0, model.output?.[0] ?? 0),
      },
      max: height,
    },
  );
  const hl = useMemo(() => highlightFor(model, focus, step), [model, focus, step]);
  const { padded, output, dropped, values } = model;
  const paint = stagePainters(model, { numbers, hl, focus, step, outputBadge });
  const { windowBox, inInput, beyond } = paint;

  const inputHandlers = useCellHandlers('input', padded[1]);
  const kernelHandlers = useCellHandlers('kernel', w.kernel);
  const outputHandlers = useCellHandlers('output', output?.[1] ?? 1);

  const windowOverlay = (ctx: CanvasRenderingContext2D, size: number) => {
    inputOverlay?.(ctx, size);
    if (!windowBox) return;
    ctx.lineWidth = 3;
    ctx.setLineDash([]);
    ctx.strokeStyle = PALETTE.windowStroke;
    ctx.strokeRect(
      windowBox.start[1] * size + 1.5,
      windowBox.start[0] * size + 1.5,
      windowBox.span[1] * size - 3,
      windowBox.span[0] * size - 3,
    );
  };

  const describeInput = (r: number, c: number) => {
    const at = inInput(r, c);
    const base =
      at >= 0
        ? `Input row ${r - h.padBefore}, column ${c - w.padBefore}${numbers ? `, value ${formatValue(values.input[at])}` : ''}`
        : beyond(r, c)
          ? `Row ${r}, column ${c}: past the padding, ignored`
          : `Padding row ${r}, column ${c} (${model.padValue === '0' ? 'zero' : 'minus infinity'})`;
    const tap = hl.input.get(r * padded[1] + c);
    const read =
      tap !== undefined && tap >= 0 ? `; read through kernel tap (${tapName(tap, w.kernel)})` : '';
    const tail =
      r >= padded[0] - dropped[0] || c >= padded[1] - dropped[1] ? '; no window reaches it' : read;
    return `${base}${tail}. Enter pins it.`;
  };
  const describeOutput = (r: number, c: number) => {
    const index = r * (output?.[1] ?? 1) + c;
    const value = numbers && values.output ? `, value ${formatValue(values.output[index])}` : '';
    return `${outputName} row ${r}, column ${c}${value}. Enter pins it.`;
  };
  const describeKernel = (r: number, c: number) =>
    `Kernel tap row ${r}, column ${c}${numbers && values.kernel ? `, weight ${formatValue(values.kernel[r * w.kernel + c])}` : ''}. Enter pins it.`;

  const explained = hl.window !== null ? explainOutput(hl.window) : null;

  return (
    // Focusable on click (not a tab stop) so that Space and the arrow keys drive the animation.
    <section className="panel stage" aria-label="Figure" data-testid="stage" tabIndex={-1}>
      <div
        ref={ref}
        className={`stage-grids${layout.stacked ? ' stacked' : ''}`}
        data-linked-input={hl.input.size}
        data-linked-output={hl.output.size}
        data-linked-taps={hl.taps.size}
      >
        <figure className="grid-figure">
          <figcaption>
            Input {h.input} × {w.input}
            {padded[0] !== h.input || padded[1] !== w.input ? ', padding dashed' : ''}
          </figcaption>
          <CanvasGrid
            label={`Input with padding, ${padded[0]} × ${padded[1]} cells`}
            rows={padded[0]}
            cols={padded[1]}
            cellSize={layout.cell}
            paint={paint.input}
            overlay={windowOverlay}
            overlayArea={
              windowBox && {
                row: windowBox.start[0],
                col: windowBox.start[1],
                rows: windowBox.span[0],
                cols: windowBox.span[1],
              }
            }
            overlayKey={model}
            describe={describeInput}
            {...inputHandlers}
            testId="grid-input"
          />
        </figure>
        {values.kernel && (
          <figure className="grid-figure">
            <figcaption>
              Kernel {h.kernel} × {w.kernel}
            </figcaption>
            <CanvasGrid
              label={`Kernel, ${h.kernel} × ${w.kernel} taps`}
              rows={h.kernel}
              cols={w.kernel}
              cellSize={layout.kernelCell}
              paint={paint.kernel}
              describe={describeKernel}
              {...kernelHandlers}
              testId="grid-kernel"
            />
          </figure>
        )}
        {output && (
          <figure className="grid-figure output-figure">
            <figcaption>
              {outputName} {output[0]} × {output[1]}
            </figcaption>
            <CanvasGrid
              label={`${outputName}, ${output[0]} × ${output[1]} cells`}
              rows={output[0]}
              cols={output[1]}
              cellSize={layout.cell}
              paint={paint.out}
              describe={describeOutput}
              {...outputHandlers}
              testId="grid-output"
            />
            {/* The sum beside the cell it makes. */}
            {numbers && explained && (
              <p className="cell-sum" data-testid="cell-sum">
                {explained}
              </p>
            )}
          </figure>
        )}
        <WindowLink
          container={ref}
          fromGrid="grid-input"
          toGrid="grid-output"
          from={
            windowBox && {
              row: windowBox.start[0],
              col: windowBox.start[1],
              rows: windowBox.span[0],
              cols: windowBox.span[1],
            }
          }
          to={
            hl.window !== null && output
              ? {
                  row: Math.floor(hl.window / output[1]),
                  col: hl.window % output[1],
                  rows: 1,
                  cols: 1,
                }
              : null
          }
          fromCell={layout.cell}
          toCell={layout.cell}
        />
      </div>
      <LinkSummary summary={hl.summary} pinned={pinned} />
      {layout.textHidden && numbers && (
        <p className="muted stage-note" data-testid="values-hidden">
          Cells are too small to print values; hover a cell or narrow the input.
        </p>
      )}
      <WindowLegend
        dropped={dropped}
        dilated={h.dilation > 1 || w.dilation > 1}
        padValue={model.padValue}
        kernel={values.kernel !== null}
        overhang={model.overhang[0] > 0 || model.overhang[1] > 0}
        droppedWindow={model.droppedWindow?.some((start) => start !== null) ?? false}
      />
      {children}
      {output && (
        <AnimationBar
          stepper={stepper}
          describeStep={(t) =>
            `${outputName.toLowerCase()} (${Math.floor(t / output[1])}, ${t % output[1]})`
          }
        />
      )}
    </section>
  );
}

/** {@link WindowStageContent} in its own error boundary. */
export const WindowStage = withBoundary(WindowStageContent, 'the figure', (props) => props.model);
