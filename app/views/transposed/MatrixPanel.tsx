import { useMemo, useRef } from 'react';
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
        <figure className="grid-figure">
          <figcaption>y ({cols})</figcaption>
          <CanvasGrid
            label={t('transposed.mx.yLabel', { count: cols })}
            rows={cols}
            cols={1}
            cellSize={cell}
            paint={(j) =>
              vectorPaint(
                hl.outputs.has(j),
                PALETTE.output,
                PALETTE.outputStroke,
                values ? formatValue(values.result[j]) : undefined,
              )
            }
            describe={(j) =>
              `${t('transposed.mx.yEntry', { j })}${values ? t('common.stage.value', { value: formatValue(values.result[j]) }) : ''}${t('transposed.mx.stop')}`
            }
            testId="vector-y"
            {...yHandlers}
          />
        </figure>
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
        <figure className="grid-figure">
          <figcaption>x ({rows})</figcaption>
          <CanvasGrid
            label={t('transposed.mx.xLabel', { count: rows })}
            rows={rows}
            cols={1}
            cellSize={cell}
            paint={(n) =>
              vectorPaint(
                hl.inputs.has(n),
                PALETTE.input,
                PALETTE.inputStroke,
                numbers ? formatValue(model.values.input[n]) : undefined,
              )
            }
            describe={(n) =>
              `${t('transposed.mx.xEntry', { n })}${numbers ? t('common.stage.value', { value: formatValue(model.values.input[n]) }) : ''}${t('transposed.mx.stop')}`
            }
            testId="vector-x"
            {...xHandlers}
          />
        </figure>
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
