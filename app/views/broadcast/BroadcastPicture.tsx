import { useCallback, useMemo } from 'react';
import { flatIndex, formatTuple } from '../../../engine';
import { Swatch } from '../../components/grid/Swatch';
import { PALETTE } from '../../components/grid/palette';
import { formatValue, type BroadcastModel, type Operand } from './broadcastModel';
import { cellRole, fitZoom, indexText, pictureSize, sourceOf } from './picture';
import {
  GHOST_FILL,
  cellSizeFor,
  operandPainter,
  resultPainter,
  stretchedAxes,
} from './picturePaint';
import { TensorGrid } from './TensorGrid';
import { t } from '../../i18n/i18n';

type Props = {
  /** A model the picture can draw (rank ≤ 3: `display` is set). */
  model: BroadcastModel;
  /** How many axes of `model.stretchOrder` are stretched so far. */
  stage: number;
  /** Frame coordinate of the hovered or focused result element. */
  hovered: number[] | null;
  /** Reports the result element under the pointer or focus. */
  onHover: (coord: number[] | null) => void;
  /** Height the printed page leaves the grids, in CSS pixels (they are zoomed to fit it). */
  printHeight: number;
};

/** Width of an A4 page inside its 12 mm margins, in CSS pixels. */
const PRINT_WIDTH = 700;
/** Below this zoom the printed values are too small to read: the page says so instead. */
const MIN_PRINT_ZOOM = 0.35;

/** Operands drawn in the result's frame (ghost copies dashed), and the result itself. */
export function BroadcastPicture({ model, stage, hovered, onHover, printHeight }: Props) {
  const { frame, shape, resultAt, op } = model;
  const display = model.display ?? [];
  const cellSize = cellSizeFor(display, op.kind);
  const stretched = useMemo(() => stretchedAxes(model, stage), [model, stage]);

  const operandPaint = (operand: Operand) => operandPainter(model, operand, stretched, hovered);

  const operandDescribe = (operand: Operand) => (coord: number[]) => {
    const role = cellRole(operand.shape, frame, coord, stretched);
    const source = sourceOf(operand.shape, frame, coord);
    const value = operand.valueAt(source.index);
    const stored = `${operand.name}${indexText(source.coord)} = ${value}`;
    if (role === 'real') return t('broadcast.pic.stored', { stored });
    if (role === 'ghost') {
      return t('broadcast.pic.ghost', { position: indexText(coord), stored });
    }
    return t('broadcast.pic.notFilled', { position: indexText(coord) });
  };

  const resultPaint = resultPainter(model, hovered);

  const resultDescribe = (coord: number[]) => {
    if (!shape || !resultAt) return '';
    const reads = model.operands.map((o) => {
      const source = sourceOf(o.shape, frame, coord);
      return `${o.name}${indexText(source.coord)} = ${o.valueAt(source.index)}`;
    });
    const value = formatValue(resultAt(flatIndex(coord, shape)), op.kind);
    return t('broadcast.pic.result', {
      position: indexText(coord),
      value,
      reads: reads.join(', '),
    });
  };

  const hover = useCallback((coord: number[] | null) => onHover(coord), [onHover]);

  const tensors = model.operands.length + (shape ? 1 : 0);
  const printZoom = fitZoom(pictureSize(display, cellSize, tensors), PRINT_WIDTH, printHeight);

  return (
    <div className={printZoom < MIN_PRINT_ZOOM ? 'picture print-too-large' : 'picture'}>
      <p className="print-note">{t('broadcast.pic.printTooLarge')}</p>
      {/* Printed, the grids shrink to their share of the page (a custom property: no inline CSS). */}
      <div className="tensors" style={{ ['--print-zoom' as string]: printZoom }}>
        {model.operands.map((operand) => (
          <TensorGrid
            key={operand.name}
            title={
              <>
                <code>{operand.name}</code> {formatTuple(operand.shape)}
              </>
            }
            label={t('broadcast.pic.operandLabel', {
              name: operand.name,
              shape: formatTuple(operand.shape),
              frame: formatTuple(frame),
            })}
            frame={frame}
            display={display}
            cellSize={cellSize}
            paint={operandPaint(operand)}
            describe={operandDescribe(operand)}
            testId={`operand-${operand.name}`}
          />
        ))}
        {shape ? (
          <TensorGrid
            title={
              <>
                {t('broadcast.pic.resultTitle', { shape: formatTuple(shape) })}
                <code>{op.numpyDtype}</code>
              </>
            }
            label={t('broadcast.pic.resultLabel', { shape: formatTuple(shape) })}
            frame={frame}
            display={display}
            cellSize={cellSize}
            paint={resultPaint}
            describe={resultDescribe}
            onHover={hover}
            testId="result-grid"
          />
        ) : (
          <p className="no-result">{t('broadcast.pic.noResult')}</p>
        )}
      </div>
      <ul className="legend" aria-label={t('common.legend.label')}>
        <li>
          <Swatch fill={PALETTE.input} stroke={PALETTE.inputStroke} /> {t('broadcast.pic.lgStored')}
        </li>
        <li>
          <Swatch fill={GHOST_FILL} stroke={PALETTE.inputStroke} dashed />{' '}
          {t('broadcast.pic.lgGhost')}
        </li>
        <li>
          <Swatch fill={PALETTE.linked} stroke={PALETTE.linkedStroke} strong />{' '}
          {t('broadcast.pic.lgSource')}
        </li>
        {op.kind === 'bool' ? <li>T = True, F = False</li> : null}
        {display.some((axis) => axis.includes(null)) ? (
          <li>{t('broadcast.pic.lgNotDrawn')}</li>
        ) : null}
      </ul>
    </div>
  );
}
