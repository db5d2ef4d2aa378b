import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import { useAppStore, type AppState } from '../../store/store';
import { formatShape, formatValue } from '../format';
import { HeldHeight } from '../HeldHeight';
import { LinkSummary } from '../LinkSummary';
import { useElementWidth } from '../useElementWidth';
import { useCellHandlers } from './useCellHandlers';
import { AnimationBar } from './AnimationBar';
import type { Stepper } from './useStepper';
import { CanvasGrid } from './CanvasGrid';
import { stagePainters } from './stagePaint';
import { highlightFor } from './highlight';
import { PALETTE } from './palette';
import { boundingBox } from './projectionLines';
import { tapName } from './tapName';
import type { StageModel } from './stageModel';
import { stageLayout } from './stageLayout';
import { textWidth, useCaptionFont } from './captionWidth';
import { useFigureHeight } from './useFigureHeight';
import { WindowLegend } from './WindowLegend';
import { WindowLink } from './WindowLink';
import { withBoundary } from '../../shell/ErrorBoundary';
import { t } from '../../i18n/i18n';

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
  outputName = t('common.stage.output'),
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
  const { padded, output, dropped, values } = model;
  const captions = {
    input:
      t('common.stage.inputCaption', { h: h.input, w: w.input }) +
      (padded[0] !== h.input || padded[1] !== w.input ? t('common.stage.paddingDashed') : ''),
    kernel: t('common.stage.kernelCaption', { h: h.kernel, w: w.kernel }),
    output: output ? `${outputName} ${formatShape(output)}` : '',
  };
  const captionFont = useCaptionFont(ref);
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
    // A caption wider than its grid widens its column (a small kernel's, with values).
    captionFont
      ? {
          input: textWidth(captions.input, captionFont),
          kernel: textWidth(captions.kernel, captionFont),
          output: textWidth(captions.output, captionFont),
        }
      : undefined,
  );
  const hl = useMemo(() => highlightFor(model, focus, step), [model, focus, step]);
  const paint = stagePainters(model, {
    numbers,
    hl,
    focus,
    step,
    outputBadge,
    sizes: { cell: layout.cell, kernel: layout.kernelCell },
  });
  const { windowBox, inInput, beyond } = paint;
  // A hover changes the lit cells and nothing else: while the rest of the look holds, each
  // grid compares only the cells lit before and now with what it shows.
  const { cell, kernelCell } = layout;
  const look = useMemo(
    () => ({ model, numbers, step, cell, kernelCell, outputBadge, inputOverlay }),
    [model, numbers, step, cell, kernelCell, outputBadge, inputOverlay],
  );
  const inputMarks = useMemo(
    () => ({ look, cells: boundingBox(hl.input.keys(), model.padded[1]) }),
    [look, hl, model],
  );
  const outputMarks = useMemo(
    () => ({ look, cells: boundingBox(hl.output, model.output?.[1] ?? 1) }),
    [look, hl, model],
  );
  // The window's cells: what its frame repaints on the input, and where its link starts.
  const windowArea = windowBox && {
    row: windowBox.start[0],
    col: windowBox.start[1],
    rows: windowBox.span[0],
    cols: windowBox.span[1],
  };

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
        ? t(numbers ? 'common.stage.inputCellValue' : 'common.stage.inputCell', {
            r: r - h.padBefore,
            c: c - w.padBefore,
            value: numbers ? formatValue(values.input[at]) : '',
          })
        : beyond(r, c)
          ? t('common.stage.pastCell', { r, c })
          : t(model.padValue === '0' ? 'common.stage.padZero' : 'common.stage.padInf', { r, c });
    const tap = hl.input.get(r * padded[1] + c);
    const read =
      tap !== undefined && tap >= 0
        ? t('common.stage.readThrough', { tap: tapName(tap, w.kernel) })
        : '';
    const tail =
      r >= padded[0] - dropped[0] || c >= padded[1] - dropped[1]
        ? t('common.stage.noWindow')
        : read;
    return `${base}${tail}${t('common.stage.enterPins')}`;
  };
  const describeOutput = (r: number, c: number) => {
    const index = r * (output?.[1] ?? 1) + c;
    const value =
      numbers && values.output
        ? t('common.stage.value', { value: formatValue(values.output[index]) })
        : '';
    return `${t('common.stage.cell', { name: outputName, r, c })}${value}${t('common.stage.enterPins')}`;
  };
  const describeKernel = (r: number, c: number) =>
    `${t('common.stage.tap', { r, c })}${numbers && values.kernel ? t('common.stage.weight', { value: formatValue(values.kernel[r * w.kernel + c]) }) : ''}${t('common.stage.enterPins')}`;

  const explained = hl.window !== null ? explainOutput(hl.window) : null;
  const outCols = output?.[1] ?? 1;
  const describeStep = useCallback(
    (at: number) => `${outputName.toLowerCase()} (${Math.floor(at / outCols)}, ${at % outCols})`,
    [outputName, outCols],
  );

  return (
    // Focusable on click (not a tab stop) so that Space and the arrow keys drive the animation.
    <section
      className="panel stage"
      aria-label={t('common.stage.figure')}
      data-testid="stage"
      tabIndex={-1}
    >
      <div
        ref={ref}
        className={`stage-grids${layout.stacked ? ' stacked' : ''}`}
        data-linked-input={hl.input.size}
        data-linked-output={hl.output.size}
        data-linked-taps={hl.taps.size}
      >
        <figure className="grid-figure">
          <figcaption>{captions.input}</figcaption>
          <CanvasGrid
            label={t('common.stage.inputLabel', { h: padded[0], w: padded[1] })}
            rows={padded[0]}
            cols={padded[1]}
            cellSize={layout.cell}
            paint={paint.input}
            overlay={windowOverlay}
            overlayArea={windowArea}
            // The window's frame repaints its own cells; only the extra marks (dropped pooling
            // windows) repaint the whole input when the model changes.
            overlayKey={inputOverlay ? model : null}
            marks={inputMarks}
            describe={describeInput}
            {...inputHandlers}
            testId="grid-input"
          />
        </figure>
        {values.kernel && (
          <figure className="grid-figure">
            <figcaption>{captions.kernel}</figcaption>
            <CanvasGrid
              label={t('common.stage.kernelLabel', { h: h.kernel, w: w.kernel })}
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
            <figcaption>{captions.output}</figcaption>
            <CanvasGrid
              label={t('common.stage.outputLabel', {
                name: outputName,
                h: output[0],
                w: output[1],
              })}
              rows={output[0]}
              cols={output[1]}
              cellSize={layout.cell}
              paint={paint.out}
              marks={outputMarks}
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
          from={windowArea}
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
      <HeldHeight>
        <LinkSummary summary={hl.summary} pinned={pinned} />
      </HeldHeight>
      {layout.textHidden && numbers && (
        <p className="muted stage-note" data-testid="values-hidden">
          {t('common.stage.tooSmall')}
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
      {output && <AnimationBar stepper={stepper} describeStep={describeStep} />}
    </section>
  );
}

/** {@link WindowStageContent} in its own error boundary. */
export const WindowStage = withBoundary(
  WindowStageContent,
  'common.boundary.figure',
  (props) => props.model,
);
