import { useCallback, useMemo, useRef } from 'react';
import type { EquivalentCellKind } from '../../../engine';
import { CanvasGrid } from '../../components/grid/CanvasGrid';
import { AnimationBar } from '../../components/grid/AnimationBar';
import type { Stepper } from '../../components/grid/useStepper';
import { Swatch } from '../../components/grid/Swatch';
import { showsText } from '../../components/grid/paintGrid';
import { PALETTE } from '../../components/grid/palette';
import { boundingBox } from '../../components/grid/projectionLines';
import { WindowLink } from '../../components/grid/WindowLink';
import { useCellHandlers } from '../../components/grid/useCellHandlers';
import { formatValue } from '../../components/format';
import { useElementWidth } from '../../components/useElementWidth';
import { EQUIVALENT_BASE as BASE, equivalentPainters, kindOf } from './equivalentPaint';
import type { TransposedHighlight } from './highlight';
import { equivalentLayout } from './panelLayouts';
import type { TransposedModel } from './transposedModel';
import { withBoundary } from '../../shell/ErrorBoundary';
import { t } from '../../i18n/i18n';
import { tNodes } from '../../i18n/tNodes';

interface Props {
  model: TransposedModel;
  hl: TransposedHighlight;
  numbers: boolean;
  /** The animation over output positions (URL `t`). */
  stepper: Stepper;
}

const NAMES = (kind: EquivalentCellKind) => t(`transposed.eq.kind.${kind}`);

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
  const text = showsText(cell);
  const eqHandlers = useCellHandlers('equivalent', lw.drawn);
  const kernelHandlers = useCellHandlers('rotated', model.kernel[1]);
  const outHandlers = useCellHandlers('output', outCols || 1);

  // The animation bar renders again when the clock or the grid does, not on a hover.
  const describeStep = useCallback(
    (at: number) => `${t('transposed.output')} (${Math.floor(at / outCols)}, ${at % outCols})`,
    [outCols],
  );

  const paint = equivalentPainters(model, hl, numbers, step, text);
  // A hover changes the lit cells and nothing else: while the rest of the look holds, each
  // grid compares only the cells lit before and now with what it shows.
  const look = useMemo(() => ({ model, numbers, step, cell }), [model, numbers, step, cell]);
  const eqMarks = useMemo(
    () => ({ look, cells: boundingBox(hl.eqCells, lw.drawn) }),
    [look, hl, lw.drawn],
  );
  const outMarks = useMemo(
    () => ({ look, cells: boundingBox(hl.outputs, outCols || 1) }),
    [look, hl, outCols],
  );
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
    const what = kind === 'input' ? `${NAMES('input')} (${n[0]}, ${n[1]})` : NAMES(kind);
    const value = numbers
      ? t('common.stage.value', {
          value: formatValue(
            kind === 'input' ? model.values.input[n[0] * model.input[1] + n[1]] : 0,
          ),
        })
      : '';
    return `${t('transposed.eq.cell', { r, c, what })}${value}${t('common.stage.enterPins')}`;
  };

  // The words and the legend stay as they are while the pointer moves: a hover renders the
  // grids and what they link, not these.
  // Nor does a key press that keeps them (most do): they follow what they say, not the model.
  const zeros = zerosText(model.equivalents.map((e) => e.zerosBetween));
  const head = useMemo(
    () => (
      <>
        <h2 id="eq-title">{t('transposed.eq.title')}</h2>
        <p className="panel-lede">
          {tNodes('transposed.eq.lede', {
            zeros,
            rotated: <strong>{t('transposed.eq.rotated')}</strong>,
            numbers: numbers ? 'yes' : 'no',
          })}
        </p>
      </>
    ),
    [zeros, numbers],
  );
  const kinds = LEGEND_KINDS.filter(
    (kind) => kind === 'input' || lh.kinds.includes(kind) || lw.kinds.includes(kind),
  ).join(' ');
  const legend = useMemo(() => <EquivalentLegend kinds={kinds} />, [kinds]);

  return (
    <section
      className="panel stage"
      aria-labelledby="eq-title"
      data-testid="equivalent-panel"
      tabIndex={-1}
    >
      {head}
      <div ref={ref} className="stage-grids scroll-x">
        <figure className="grid-figure">
          <figcaption>{t('transposed.eq.caption', { h: lh.drawn, w: lw.drawn })}</figcaption>
          <CanvasGrid
            label={t('transposed.eq.label', { h: lh.drawn, w: lw.drawn })}
            rows={lh.drawn}
            cols={lw.drawn}
            cellSize={cell}
            paint={paint.eq}
            overlay={overlay}
            overlayArea={from}
            overlayKey={model}
            marks={eqMarks}
            describe={describeEq}
            testId="grid-eq"
            {...eqHandlers}
          />
        </figure>
        <figure className="grid-figure">
          <figcaption>{t('transposed.eq.kernelCaption')}</figcaption>
          <CanvasGrid
            label={t('transposed.eq.kernelLabel')}
            rows={model.kernel[0]}
            cols={model.kernel[1]}
            cellSize={layout.kernelCell}
            paint={paint.kernel}
            describe={(r, c) =>
              `${t('transposed.eq.rotatedCell', { r, c })}${values ? t('common.stage.weight', { value: formatValue(values.eqKernel[r * model.kernel[1] + c]) }) : ''}${t('transposed.eq.isTap', { tap: `(${model.kernel[0] - 1 - r}, ${model.kernel[1] - 1 - c})` })}`
            }
            testId="grid-rotated"
            {...kernelHandlers}
          />
        </figure>
        {v && (
          <figure className="grid-figure">
            <figcaption>
              {t('transposed.outputCaption', { h: v.output[0], w: v.output[1] })}
            </figcaption>
            <CanvasGrid
              label={t('common.stage.outputLabel', {
                name: t('common.stage.output'),
                h: v.output[0],
                w: v.output[1],
              })}
              rows={v.output[0]}
              cols={v.output[1]}
              cellSize={cell}
              paint={paint.out}
              marks={outMarks}
              describe={(r, c) =>
                `${t('common.stage.cell', { name: t('common.stage.output'), r, c })}${r * outCols + c > step ? t('transposed.notYet') : values ? t('common.stage.value', { value: formatValue(values.eqOutputAt(r * outCols + c)) }) : ''}${t('common.stage.enterPins')}`
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
      {legend}
      {v && <AnimationBar stepper={stepper} describeStep={describeStep} />}
    </section>
  );
}

/** The kinds of cell the drawing has (`kinds`, space-separated), each with its swatch. */
function EquivalentLegend({ kinds }: { kinds: string }) {
  return (
    <ul className="legend" aria-label={t('transposed.eq.legend')}>
      {LEGEND_KINDS.filter((kind) => kinds.split(' ').includes(kind)).map((kind) => (
        <li key={kind}>
          <Swatch
            fill={BASE[kind].fill}
            stroke={BASE[kind].stroke}
            dashed={BASE[kind].dashed}
            hatched={kind === 'cropped'}
          />{' '}
          {NAMES(kind)}
        </li>
      ))}
    </ul>
  );
}

function zerosText([h, w]: number[]): string {
  return h === w
    ? t('transposed.eq.zeros', { count: h })
    : t('transposed.eq.zerosPerAxis', { h, w });
}

/** {@link EquivalentPanelContent} in its own error boundary. */
export const EquivalentPanel = withBoundary(
  EquivalentPanelContent,
  'transposed.boundary.equivalent',
  (props) => props.model,
);
