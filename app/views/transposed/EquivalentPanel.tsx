import { useRef } from 'react';
import type { EquivalentCellKind } from '../../../engine';
import { CanvasGrid } from '../../components/grid/CanvasGrid';
import { AnimationBar } from '../../components/grid/AnimationBar';
import type { Stepper } from '../../components/grid/useStepper';
import { Swatch } from '../../components/grid/Swatch';
import { showsText } from '../../components/grid/paintGrid';
import { PALETTE } from '../../components/grid/palette';
import { WindowLink } from '../../components/grid/WindowLink';
import { useCellHandlers } from '../../components/grid/useCellHandlers';
import { formatValue } from '../../components/format';
import { useElementWidth } from '../../components/useElementWidth';
import { EQUIVALENT_BASE as BASE, equivalentPainters, kindOf } from './equivalentPaint';
import type { TransposedHighlight } from './highlight';
import { equivalentLayout } from './panelLayouts';
import type { TransposedModel } from './transposedModel';
import { withBoundary } from '../../shell/ErrorBoundary';

interface Props {
  model: TransposedModel;
  hl: TransposedHighlight;
  numbers: boolean;
  /** The animation over output positions (URL `t`). */
  stepper: Stepper;
}

const NAMES: Record<EquivalentCellKind, string> = {
  input: 'input',
  inserted: 'inserted zero',
  pad: 'padding zero',
  a: 'output-padding zero (a)',
  cropped: 'cropped (negative padding)',
};

const LEGEND_KINDS = ['input', 'inserted', 'pad', 'a', 'cropped'] as const;

/**
 * Sections 4.2–4.6 (figures 4.1–4.7): the transposed convolution as a direct one. The input
 * is stretched with s − 1 zeros between units, padded by p′ = k̂ − 1 − p (p′ + a after), and
 * a stride-1 kernel, rotated 180°, slides over it.
 */
function EquivalentPanelContent({ model, hl, numbers, stepper }: Props) {
  const step = stepper.step;
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const v = model.valid;
  const values = v?.numbers ?? null;
  const [lh, lw] = model.layouts;
  const outCols = v ? v.output[1] : 0;
  const layout = equivalentLayout(model, width, numbers);
  const cell = layout.cell;
  // The legend names only the kinds of cell the drawing has.
  const drawnKinds = new Set([...lh.kinds, ...lw.kinds]);
  const text = showsText(cell);
  const eqHandlers = useCellHandlers('equivalent', lw.drawn);
  const kernelHandlers = useCellHandlers('rotated', model.kernel[1]);
  const outHandlers = useCellHandlers('output', outCols || 1);

  const paint = equivalentPainters(model, hl, numbers, step, text);
  const { from } = paint;

  const overlay = (ctx: CanvasRenderingContext2D, size: number) => {
    if (!from) return;
    ctx.lineWidth = 3;
    ctx.strokeStyle = PALETTE.windowStroke;
    ctx.strokeRect(
      from.col * size + 1.5,
      from.row * size + 1.5,
      from.cols * size - 3,
      from.rows * size - 3,
    );
  };

  const describeEq = (r: number, c: number) => {
    const kind = kindOf(model, r, c);
    const n = [lh.inputIndex[r], lw.inputIndex[c]];
    const what = kind === 'input' ? `input (${n[0]}, ${n[1]})` : NAMES[kind];
    const value = numbers
      ? `, value ${formatValue(kind === 'input' ? model.values.input[n[0] * model.input[1] + n[1]] : 0)}`
      : '';
    return `Equivalent input row ${r}, column ${c}: ${what}${value}. Enter pins it.`;
  };

  return (
    <section
      className="panel stage"
      aria-labelledby="eq-title"
      data-testid="equivalent-panel"
      tabIndex={-1}
    >
      <h2 id="eq-title">1 · The equivalent direct convolution</h2>
      <p className="panel-lede">
        Stretch the input with {zerosText(model.equivalents.map((e) => e.zerosBetween))} between
        units, pad it, and slide the kernel <strong>rotated 180°</strong> with stride 1
        {numbers ? '' : ' (the window names the tap on each cell)'}. The rotation gives PyTorch’s
        values; the paper’s figures show the shapes.
      </p>
      <div ref={ref} className="stage-grids">
        <figure className="grid-figure">
          <figcaption>
            Stretched and padded input, {lh.drawn} × {lw.drawn}
          </figcaption>
          <CanvasGrid
            label={`Equivalent convolution input, ${lh.drawn} × ${lw.drawn} cells`}
            rows={lh.drawn}
            cols={lw.drawn}
            cellSize={cell}
            paint={paint.eq}
            overlay={overlay}
            overlayArea={from}
            overlayKey={model}
            describe={describeEq}
            testId="grid-eq"
            {...eqHandlers}
          />
        </figure>
        <figure className="grid-figure">
          <figcaption>Kernel rotated 180°</figcaption>
          <CanvasGrid
            label="Kernel rotated 180 degrees"
            rows={model.kernel[0]}
            cols={model.kernel[1]}
            cellSize={layout.kernelCell}
            paint={paint.kernel}
            describe={(r, c) =>
              `Rotated kernel row ${r}, column ${c}${values ? `, weight ${formatValue(values.eqKernel[r * model.kernel[1] + c])}` : ''}. It is tap (${model.kernel[0] - 1 - r}, ${model.kernel[1] - 1 - c}) of the kernel.`
            }
            testId="grid-rotated"
            {...kernelHandlers}
          />
        </figure>
        {v && (
          <figure className="grid-figure">
            <figcaption>
              Output {v.output[0]} × {v.output[1]}
            </figcaption>
            <CanvasGrid
              label={`Output, ${v.output[0]} × ${v.output[1]} cells`}
              rows={v.output[0]}
              cols={v.output[1]}
              cellSize={cell}
              paint={paint.out}
              describe={(r, c) =>
                `Output row ${r}, column ${c}${r * outCols + c > step ? ', not computed yet' : values ? `, value ${formatValue(values.eqOutputAt(r * outCols + c))}` : ''}. Enter pins it.`
              }
              testId="grid-output"
              {...outHandlers}
            />
          </figure>
        )}
        <WindowLink
          container={ref}
          fromGrid="grid-eq"
          toGrid="grid-output"
          from={from}
          to={
            hl.window !== null
              ? { row: Math.floor(hl.window / outCols), col: hl.window % outCols, rows: 1, cols: 1 }
              : null
          }
          fromCell={cell}
          toCell={cell}
        />
      </div>
      <ul className="legend" aria-label="Legend of the equivalent convolution">
        {LEGEND_KINDS.filter((kind) => kind === 'input' || drawnKinds.has(kind)).map((kind) => (
          <li key={kind}>
            <Swatch
              fill={BASE[kind].fill}
              stroke={BASE[kind].stroke}
              dashed={BASE[kind].dashed}
              hatched={kind === 'cropped'}
            />{' '}
            {NAMES[kind]}
          </li>
        ))}
      </ul>
      {v && (
        <AnimationBar
          stepper={stepper}
          describeStep={(t) => `output (${Math.floor(t / outCols)}, ${t % outCols})`}
        />
      )}
    </section>
  );
}

function zerosText([h, w]: number[]): string {
  const count = h === w ? String(h) : `${h} (height) / ${w} (width)`;
  return `${count} zero${h === 1 && w === 1 ? '' : 's'}`;
}

/** {@link EquivalentPanelContent} in its own error boundary. */
export const EquivalentPanel = withBoundary(
  EquivalentPanelContent,
  'the equivalent convolution',
  (props) => props.model,
);
