import { memo, useMemo, useRef } from 'react';
import { CanvasGrid, type CellPaint } from '../../components/grid/CanvasGrid';
import { resetCell, showsText } from '../../components/grid/paintGrid';
import { HEAT, PALETTE } from '../../components/grid/palette';
import { tapName } from '../../components/grid/tapName';
import { useCellHandlers } from '../../components/grid/useCellHandlers';
import { boundingBox } from '../../components/grid/projectionLines';
import { WindowLink } from '../../components/grid/WindowLink';
import { formatValue } from '../../components/format';
import { useElementWidth } from '../../components/useElementWidth';
import {
  scatterCellShown,
  scatterCellState,
  scatterShownCount,
  stampBox,
  stampsInto,
} from './clock';
import { HeatLegend } from './HeatLegend';
import type { TransposedHighlight } from './highlight';
import { ScatterLegend } from './ScatterLegend';
import { scatterLayout } from './panelLayouts';
import type { TransposedModel } from './transposedModel';
import { withBoundary } from '../../shell/ErrorBoundary';
import { t } from '../../i18n/i18n';

interface Props {
  model: TransposedModel;
  hl: TransposedHighlight;
  numbers: boolean;
  /** Overlap-count heat map instead of values. */
  heat: boolean;
  setHeat: (heat: boolean) => void;
  /** The figure's one clock: output position `step` is being computed, the ones before it are. */
  step: number;
  /** Output positions, the clock's length. */
  steps: number;
}

/** One description for every cell of the scatter, rewritten per cell. */
const scatterCell: CellPaint = { fill: '' };

/**
 * The transposed convolution as PyTorch computes it: every input cell stamps the kernel,
 * scaled by its value, at stride s onto the full result; the padding then crops p cells from
 * the start of each axis (and p − a from the end). On the figure's one clock, output cell t is
 * the sum of the stamps that cover it: they are outlined, and the cells before it are done.
 */
function ScatterPanelContent({ model, hl, numbers, heat, setHeat, step, steps }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const v = model.valid;
  const values = v?.numbers ?? null;
  const inHandlers = useCellHandlers('input', model.input[1]);
  const kernelHandlers = useCellHandlers('kernel', model.kernel[1]);
  const scatterHandlers = useCellHandlers('scatter', v ? v.scatter[1].canvas : 1);
  const layout = scatterLayout(model, width, numbers);
  // A hover changes the lit cells and nothing else: while the rest of the look holds, each
  // grid compares only the cells lit before and now with what it shows (a new cell size
  // paints a grid whole).
  const look = useMemo(() => ({ model, numbers, heat, step }), [model, numbers, heat, step]);
  const inMarks = useMemo(
    () => ({ look, cells: boundingBox(hl.inputs, model.input[1]) }),
    [look, hl, model],
  );
  const scatterMarks = useMemo(() => ({ look, cells: scatterLit(model, hl) }), [look, hl, model]);
  // The heading, the switch, the lede and the legend stay as they are while the pointer moves.
  const head = useMemo(
    () => (
      <>
        <div className="panel-head">
          <h2 id="scatter-title">{t('transposed.sc.title')}</h2>
          <HeatToggle heat={heat} setHeat={setHeat} />
        </div>
        {v && (
          <p className="panel-lede">
            {t('transposed.sc.lede', {
              ch: v.scatter[0].cropBefore,
              cw: v.scatter[1].cropBefore,
              ah: model.axes[0].outputPadding,
              aw: model.axes[1].outputPadding,
              checker: checkerboard(model),
            })}
          </p>
        )}
      </>
    ),
    [model, v, heat, setHeat],
  );
  const legend = useMemo(
    () => (heat ? <HeatLegend /> : <ScatterLegend numbers={numbers} />),
    [heat, numbers],
  );
  if (!v || !layout) return null;
  const [sh, sw] = v.scatter;
  const [rows, cols] = [sh.canvas, sw.canvas];
  const full = [sh.full, sw.full];
  const cell = layout.cell;
  // The input's cells are kept large enough to read its values (16 px) or to see (6 px) while
  // the panel is wide enough for them: the grid never runs past the panel.
  const inCell = Math.max(
    cell,
    Math.min(numbers ? 16 : 6, Math.floor((width - 2) / model.input[1])),
  );
  const text = showsText(cell);
  const last = step >= steps - 1;
  const current = [Math.floor(step / v.output[1]), step % v.output[1]];
  const stamps = stampsInto(model, step).length;
  const shownCells = scatterShownCount(model, step, last);

  const paintIn = (r: number, c: number): CellPaint => {
    const n = r * model.input[1] + c;
    const paint: CellPaint = hl.inputs.has(n)
      ? {
          fill: PALETTE.input,
          shaded: true,
          stroke: hl.source ? PALETTE.linkedStroke : PALETTE.windowStroke,
          strong: true,
        }
      : { fill: PALETTE.input, stroke: PALETTE.inputStroke };
    if (numbers) paint.text = formatValue(model.values.input[n]);
    return paint;
  };

  const paintKernel = (r: number, c: number): CellPaint => {
    const tap = r * model.kernel[1] + c;
    const lit = hl.taps.has(tap);
    return {
      fill: PALETTE.kernel,
      shaded: lit,
      stroke: lit ? (hl.source ? PALETTE.linkedStroke : PALETTE.focus) : PALETTE.kernelStroke,
      strong: lit,
      text: numbers ? formatValue(model.values.kernel[tap]) : tapName(tap, model.kernel[1]),
    };
  };

  const paintScatter = (r: number, c: number): CellPaint => {
    const index = r * cols + c;
    const inFull = r < full[0] && c < full[1];
    const fullIndex = r * full[1] + c;
    const state = scatterCellState(model, r, c, step);
    const count = inFull ? v.overlap[0][r] * v.overlap[1][c] : 0;
    const shown = scatterCellShown(state, last);
    const paint =
      shown && state !== 'cropped'
        ? resetCell(scatterCell, PALETTE.output, PALETTE.outputStroke, !inFull)
        : resetCell(scatterCell, PALETTE.pending, PALETTE.pendingStroke, !inFull);
    if (state === 'cropped') paint.hatch = PALETTE.dropped;
    if (heat && shown && inFull) {
      paint.fill = HEAT[Math.min(count, HEAT.length - 1)];
      if (text) paint.text = String(count);
      if (count >= 4) paint.textColor = '#ffffff';
    } else if (values && shown && text) {
      paint.text = inFull ? formatValue(values.fullAt(fullIndex)) : '0';
      if (state === 'cropped') paint.textColor = PALETTE.mutedText;
    }
    const source = hl.source?.grid === 'scatter' && hl.source.index === index;
    if (hl.scatterCells.has(inFull ? fullIndex : -1) || source) {
      paint.stroke = source
        ? PALETTE.focus
        : hl.source
          ? PALETTE.linkedStroke
          : PALETTE.windowStroke;
      paint.strong = true;
      // See-through: a cell under the stamp keeps its colour, darkened (heat colours stay exact).
      paint.shaded = !heat;
    }
    return paint;
  };

  // The stamps of the lit input cells (the first 16), and the block of cells they cover.
  const litStamps = [...hl.inputs]
    .slice(0, 16)
    .map((n) => stampBox(model, n))
    .filter((box) => box !== null);
  const stampArea = litStamps.length
    ? {
        row: Math.min(...litStamps.map((b) => b.top)),
        col: Math.min(...litStamps.map((b) => b.left)),
        rows:
          Math.max(...litStamps.map((b) => b.bottom)) -
          Math.min(...litStamps.map((b) => b.top)) +
          1,
        cols:
          Math.max(...litStamps.map((b) => b.right)) -
          Math.min(...litStamps.map((b) => b.left)) +
          1,
      }
    : null;

  const overlay = (ctx: CanvasRenderingContext2D, size: number) => {
    ctx.lineWidth = 2;
    ctx.setLineDash([]);
    ctx.strokeStyle = PALETTE.outputStroke;
    ctx.strokeRect(
      sw.cropBefore * size + 1,
      sh.cropBefore * size + 1,
      sw.output * size - 2,
      sh.output * size - 2,
    );
    // The stamps of the lit input cells: where each one's kernel lands on the full result.
    ctx.strokeStyle = hl.source ? PALETTE.linkedStroke : PALETTE.windowStroke;
    ctx.setLineDash([5, 3]);
    litStamps.forEach((box, k) => {
      const inset = 3 + (k % 3) * 2;
      ctx.strokeRect(
        box.left * size + inset,
        box.top * size + inset,
        (box.right - box.left + 1) * size - 2 * inset,
        (box.bottom - box.top + 1) * size - 2 * inset,
      );
    });
    ctx.setLineDash([]);
  };

  const describeScatter = (r: number, c: number) => {
    const inFull = r < full[0] && c < full[1];
    const out = [r - sh.cropBefore, c - sw.cropBefore];
    const state = scatterCellState(model, r, c, step);
    const where =
      state !== 'cropped'
        ? `${t('transposed.output')} (${out[0]}, ${out[1]})${state === 'pending' ? t('transposed.notYet') : ''}`
        : inFull
          ? t('transposed.sc.cropped')
          : t('transposed.sc.past');
    const count = inFull ? v.overlap[0][r] * v.overlap[1][c] : 0;
    const value =
      values && inFull && state !== 'pending'
        ? t('transposed.sc.sum', { value: formatValue(values.fullAt(r * full[1] + c)) })
        : '';
    return `${t('transposed.sc.cell', { r, c, where, count })}${value}${t('common.stage.enterPins')}`;
  };

  return (
    <section
      className="panel stage"
      aria-labelledby="scatter-title"
      data-testid="scatter-panel"
      tabIndex={-1}
    >
      {head}
      <p className="clock-note" data-testid="scatter-step">
        {t('transposed.sc.clock', {
          step: step + 1,
          steps,
          cell: `(${current[0]}, ${current[1]})`,
          count: stamps,
          outlined: hl.source ? 'no' : 'yes',
        })}
      </p>
      <div ref={ref} className="stage-grids scroll-x">
        <figure className="grid-figure">
          <figcaption>
            {t('common.stage.inputCaption', { h: model.input[0], w: model.input[1] })}
          </figcaption>
          <CanvasGrid
            label={t('common.stage.outputLabel', {
              name: t('common.typed.input'),
              h: model.input[0],
              w: model.input[1],
            })}
            rows={model.input[0]}
            cols={model.input[1]}
            cellSize={inCell}
            paint={paintIn}
            marks={inMarks}
            describe={(r, c) =>
              `${t(numbers ? 'common.stage.inputCellValue' : 'common.stage.inputCell', { r, c, value: numbers ? formatValue(model.values.input[r * model.input[1] + c]) : '' })}${t('common.stage.enterPins')}`
            }
            testId="grid-in"
            {...inHandlers}
          />
        </figure>
        <figure className="grid-figure">
          <figcaption>{t('common.typed.kernel')}</figcaption>
          <CanvasGrid
            label={t('common.typed.kernel')}
            rows={model.kernel[0]}
            cols={model.kernel[1]}
            cellSize={layout.kernelCell}
            paint={paintKernel}
            describe={(r, c) =>
              `${t('common.stage.tap', { r, c })}${numbers ? t('common.stage.weight', { value: formatValue(model.values.kernel[r * model.kernel[1] + c]) }) : ''}${t('common.stage.enterPins')}`
            }
            testId="grid-kernel"
            {...kernelHandlers}
          />
        </figure>
        <figure className="grid-figure" data-testid="scatter-figure" data-shown={shownCells}>
          <figcaption>
            {t('transposed.sc.caption', {
              fh: full[0],
              fw: full[1],
              oh: v.output[0],
              ow: v.output[1],
            })}
          </figcaption>
          <CanvasGrid
            label={t('transposed.sc.label', { rows, cols })}
            rows={rows}
            cols={cols}
            cellSize={cell}
            paint={paintScatter}
            overlay={overlay}
            overlayArea={stampArea}
            overlayKey={model}
            marks={scatterMarks}
            describe={describeScatter}
            testId="grid-scatter"
            {...scatterHandlers}
          />
        </figure>
        <WindowLink
          container={ref}
          fromGrid="grid-in"
          toGrid="grid-scatter"
          from={hl.window !== null ? boundingBox(hl.inputs, model.input[1]) : null}
          to={
            hl.window !== null
              ? {
                  row: Math.floor(hl.window / v.output[1]) + sh.cropBefore,
                  col: (hl.window % v.output[1]) + sw.cropBefore,
                  rows: 1,
                  cols: 1,
                }
              : null
          }
          fromCell={inCell}
          toCell={cell}
        />
      </div>
      {legend}
    </section>
  );
}

/** The block of scatter cells the highlight outlines: its stamps' cells and the hovered one. */
function scatterLit(model: TransposedModel, hl: TransposedHighlight) {
  const v = model.valid;
  if (!v) return null;
  const cols = v.scatter[1].canvas;
  const full = v.scatter[1].full;
  const cells = [...hl.scatterCells].map((n) => Math.floor(n / full) * cols + (n % full));
  if (hl.source?.grid === 'scatter') cells.push(hl.source.index);
  return boundingBox(cells, cols);
}

/** The overlap-count switch: rendered again when it changes, not on a hover. */
const HeatToggle = memo(function HeatToggle({ heat, setHeat }: Pick<Props, 'heat' | 'setHeat'>) {
  return (
    <label className="inline-field">
      <input
        type="checkbox"
        checked={heat}
        onChange={(event) => setHeat(event.target.checked)}
        data-testid="toggle-heat"
      />
      {t('transposed.sc.counts')}
    </label>
  );
});

function checkerboard(model: TransposedModel): string {
  const uneven = model.axes.some((axis) => axis.kernel % axis.stride !== 0);
  return t(uneven ? 'transposed.sc.uneven' : 'transposed.sc.even');
}

/** {@link ScatterPanelContent} in its own error boundary. */
export const ScatterPanel = withBoundary(
  ScatterPanelContent,
  'transposed.boundary.scatter',
  (props) => props.model,
);
