import { useMemo, useRef, type ReactNode } from 'react';
import { CanvasGrid, type CellPaint } from '../../components/grid/CanvasGrid';
import { PALETTE } from '../../components/grid/palette';
import { useCellHandlers } from '../../components/grid/useCellHandlers';
import { WindowLink } from '../../components/grid/WindowLink';
import { formatShape, formatValue } from '../../components/format';
import { useElementWidth } from '../../components/useElementWidth';
import type { TransposedHighlight } from './highlight';
import { MATRIX_LIMIT, type TransposedModel } from './transposedModel';
import { withBoundary } from '../../shell/ErrorBoundary';
import { t } from '../../i18n/i18n';

/**
 * The matrix region's tallest in an embedded page (its CSS `max-height` there): the page caps
 * it by the window's height too, which an iframe sized from it would not have.
 */
const EMBED_MAX = 380;

interface Props {
  model: TransposedModel;
  hl: TransposedHighlight;
  numbers: boolean;
}

/**
 * Section 4.1: the direct convolution is y = Cx with C sparse (one row per output of the
 * direct convolution, i.e. per input of this one); the transposed convolution is y = Cᵀx.
 * Entries are kernel weights; hovering one lights up the two cells it connects.
 */
function MatrixPanelContent({ model, hl, numbers }: Props) {
  const ref = useRef<HTMLElement>(null);
  const scroll = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const v = model.valid;
  const values = v?.numbers ?? null;
  const dense = useMemo(() => {
    if (!v?.matrix) return null;
    const { rows, cols, rowStart, col, tap } = v.matrix;
    const taps = new Int32Array(rows * cols).fill(-1);
    for (let r = 0; r < rows; r++)
      for (let e = rowStart[r]; e < rowStart[r + 1]; e++) taps[r * cols + col[e]] = tap[e];
    return taps;
  }, [v]);
  const matrixHandlers = useCellHandlers('matrix', v?.matrixSize[1] ?? 1);
  const xHandlers = useCellHandlers('input', 1);
  const yHandlers = useCellHandlers('output', 1);
  if (!v) return null;
  const [rows, cols] = v.matrixSize;
  if (!v.matrix || !dense) {
    return (
      <section
        ref={ref}
        className="panel"
        aria-labelledby="matrix-title"
        data-testid="matrix-panel"
      >
        <h2 id="matrix-title">{t('transposed.mx.title')}</h2>
        <p data-testid="matrix-too-large">
          {t('transposed.mx.tooLarge', {
            rows,
            cols,
            entries: (rows * cols).toLocaleString('en'),
            limit: MATRIX_LIMIT,
          })}
        </p>
      </section>
    );
  }
  // y, Cᵀ and x side by side: Cᵀ has one column per input (rows of C). The three share one
  // scroll box, so row j of y stays beside row j of Cᵀ however long the vectors are.
  const cell = matrixCell(width - VECTORS_WIDTH, rows);
  const cCell = matrixCell(width, cols);
  // The output in focus (the clock's, or a hovered output) and the entries of its row of Cᵀ
  // that read the inputs, joined like a window to its output cell.
  const inputs = [...hl.inputs];
  const windowRow =
    hl.window !== null && inputs.length
      ? {
          row: hl.window,
          col: Math.min(...inputs),
          rows: 1,
          cols: Math.max(...inputs) - Math.min(...inputs) + 1,
        }
      : null;
  const weight = (tap: number) => (tap >= 0 ? model.values.kernel[tap] : 0);

  // Cᵀ: rows are outputs j, columns inputs n; the entry is C[n, j].
  const paintT = (j: number, n: number): CellPaint =>
    paintEntry(dense[n * cols + j], hl.inputs.has(n), hl.outputs.has(j));
  const paintC = (n: number, j: number): CellPaint =>
    paintEntry(dense[n * cols + j], hl.inputs.has(n), hl.outputs.has(j));
  function paintEntry(tap: number, rowLit: boolean, colLit: boolean): CellPaint {
    const both = rowLit && colLit;
    const paint: CellPaint =
      tap >= 0
        ? { fill: PALETTE.kernel, stroke: PALETTE.kernelStroke }
        : { fill: rowLit || colLit ? '#f6eef3' : PALETTE.padding, stroke: '#e3e7eb' };
    if (both && tap >= 0) {
      paint.fill = PALETTE.linked;
      paint.stroke = PALETTE.linkedStroke;
      paint.strong = true;
    }
    if (numbers && tap >= 0) paint.text = formatValue(weight(tap));
    return paint;
  }
  const describeEntry = (n: number, j: number) => {
    const tap = dense[n * cols + j];
    return `${t('transposed.mx.entry', {
      n,
      input: `${Math.floor(n / model.input[1])}, ${n % model.input[1]}`,
      j,
      output: `${Math.floor(j / v.output[1])}, ${j % v.output[1]}`,
      what:
        tap >= 0
          ? t('transposed.mx.weight', { value: formatValue(weight(tap)) })
          : t('transposed.mx.zero'),
    })}${t('common.stage.enterPins')}`;
  };

  // C is Cᵀ on its side: at the sizes of real layers it is a click away, so the page stays short.
  const folded = rows > FOLD_ROWS || cols > FOLD_COLS;
  const cFigure = (
    <figure className="grid-figure">
      <figcaption>C, {formatShape([rows, cols])}</figcaption>
      <CanvasGrid
        label={t('transposed.mx.label', { rows, cols })}
        rows={rows}
        cols={cols}
        cellSize={cCell}
        paint={paintC}
        describe={describeEntry}
        testId="grid-matrix"
        {...matrixHandlers}
      />
    </figure>
  );

  return (
    <section
      ref={ref}
      className="panel stage"
      aria-labelledby="matrix-title"
      data-testid="matrix-panel"
    >
      <h2 id="matrix-title">{t('transposed.mx.title')}</h2>
      <p className="panel-lede">{t('transposed.mx.lede', { rows, cols })}</p>
      <div
        ref={scroll}
        className="matrix-scroll"
        data-testid="matrix-scroll"
        data-embed-max={EMBED_MAX}
        role="group"
        aria-label={t('transposed.mx.group')}
      >
        {/* The three figures in a grid of their own, the lines beside it: a box positioned in a
            grid is laid out with the grid, so lines drawn straight in it would lay out the page
            at every hover. */}
        <div className="matrix-grids">
          <VectorFigure
            caption={<>y ({cols})</>}
            label={t('transposed.mx.yLabel', { count: cols })}
            count={cols}
            entry={(j) => t('transposed.mx.yEntry', { j })}
            cell={cell}
            lit={hl.outputs}
            fill={PALETTE.output}
            stroke={PALETTE.outputStroke}
            values={values?.result}
            testId="vector-y"
            handlers={yHandlers}
          />
          <figure className="grid-figure">
            <figcaption>Cᵀ, {formatShape([cols, rows])}</figcaption>
            <CanvasGrid
              label={t('transposed.mx.tLabel', { rows: cols, cols: rows })}
              rows={cols}
              cols={rows}
              cellSize={cell}
              paint={paintT}
              describe={(j, n) => describeEntry(n, j)}
              testId="grid-matrix-t"
              onHover={(c) => matrixHandlers.onHover(c ? [c[1], c[0]] : null)}
              onActivate={(c) => matrixHandlers.onActivate([c[1], c[0]])}
            />
          </figure>
          <VectorFigure
            caption={<>x ({rows})</>}
            label={t('transposed.mx.xLabel', { count: rows })}
            count={rows}
            entry={(n) => t('transposed.mx.xEntry', { n })}
            cell={cell}
            lit={hl.inputs}
            fill={PALETTE.input}
            stroke={PALETTE.inputStroke}
            values={numbers ? model.values.input : undefined}
            testId="vector-x"
            handlers={xHandlers}
          />
        </div>
        <WindowLink
          container={scroll}
          fromGrid="grid-matrix-t"
          toGrid="vector-y"
          from={windowRow}
          to={hl.window !== null ? { row: hl.window, col: 0, rows: 1, cols: 1 } : null}
          fromCell={cell}
          toCell={cell}
        />
      </div>
      {folded ? (
        <details className="matrix-c" data-testid="matrix-c-folded">
          <summary>{t('transposed.mx.folded', { rows, cols })}</summary>
          {cFigure}
        </details>
      ) : (
        <div className="matrix-c">{cFigure}</div>
      )}
    </section>
  );
}

/** C is folded away above this many rows or columns. */
const FOLD_ROWS = 32;
const FOLD_COLS = 100;

/** Room for the vectors y and x, their captions and the gaps beside Cᵀ. */
const VECTORS_WIDTH = 150;

/** Largest cell (3 to 28 px) that fits `count` cells across the width. */
function matrixCell(width: number, count: number): number {
  return Math.max(3, Math.min(28, Math.floor((width - 12) / count)));
}

interface VectorProps {
  caption: ReactNode;
  label: string;
  /** How many entries it has. */
  count: number;
  /** The name of entry k, as the screen reader says it. */
  entry: (k: number) => string;
  cell: number;
  lit: ReadonlySet<number>;
  fill: string;
  stroke: string;
  /** The entries' values, written in the cells, or none. */
  values: ArrayLike<number> | undefined;
  testId: string;
  handlers: ReturnType<typeof useCellHandlers>;
}

/** y or x beside Cᵀ: a column of cells, lit where the hovered or pinned cell reaches. */
function VectorFigure(props: VectorProps) {
  const { caption, label, count, entry, cell, lit, fill, stroke, values, testId, handlers } = props;
  const text = (k: number) => (values ? formatValue(values[k]) : undefined);
  return (
    <figure className="grid-figure">
      <figcaption>{caption}</figcaption>
      <CanvasGrid
        label={label}
        rows={count}
        cols={1}
        cellSize={cell}
        paint={(k) => vectorPaint(lit.has(k), fill, stroke, text(k))}
        describe={(k) =>
          `${entry(k)}${values ? t('common.stage.value', { value: text(k) }) : ''}${t('transposed.mx.stop')}`
        }
        testId={testId}
        {...handlers}
      />
    </figure>
  );
}

function vectorPaint(
  lit: boolean,
  fill: string,
  stroke: string,
  text: string | undefined,
): CellPaint {
  return lit
    ? { fill: PALETTE.linked, stroke: PALETTE.linkedStroke, strong: true, text }
    : { fill, stroke, text };
}

/** {@link MatrixPanelContent} in its own error boundary. */
export const MatrixPanel = withBoundary(
  MatrixPanelContent,
  'transposed.boundary.matrix',
  (props) => props.model,
);
