import { useCallback } from 'react';
import { CanvasGrid, type CellPaint } from '../../components/grid/CanvasGrid';
import { asSlices, frameCoord, gapText, type DisplayAxis } from './picture';
import { gapPaint } from './picturePaint';
import { t } from '../../i18n/i18n';

type Props = {
  /** Heading above the grid, e.g. "a (4, 1, 3)". */
  title: React.ReactNode;
  /** Accessible name of each slice's grid. */
  label: string;
  /** The shape the grid is drawn in (the result's, for operands). */
  frame: number[];
  /** The positions of each frame axis that are drawn (null: the gap of a summary). */
  display: DisplayAxis[];
  cellSize: number;
  /** How the cell at a frame coordinate looks; null leaves it empty. */
  paint: (coord: number[]) => CellPaint | null;
  /** What the cell at a frame coordinate is, for screen readers. */
  describe: (coord: number[]) => string;
  /** Pointer or focus entered (coordinate) or left (null) a cell. */
  onHover?: (coord: number[] | null) => void;
  testId?: string;
};

/**
 * A tensor of up to three axes as grids: a 3-D tensor is a stack of 2-D slices. Long axes are
 * summarised: the gap between their first and last positions is drawn as one row, column or
 * slice of dots.
 */
export function TensorGrid({
  title,
  label,
  frame,
  display,
  cellSize,
  paint,
  describe,
  onHover,
  testId,
}: Props) {
  const [slices, rows, cols] = asSlices(display);
  const empty = frame.some((size) => size === 0);
  return (
    <figure className="tensor" data-testid={testId}>
      <figcaption>{title}</figcaption>
      {empty ? (
        <p className="field-hint">{t('broadcast.tg.empty')}</p>
      ) : (
        <div className="slices">
          {slices.map((d, k) =>
            d === null ? (
              <p key={`gap-${k}`} className="slice-gap">
                ⋮{' '}
                {t('broadcast.tg.notDrawn', { what: gapText(slices, k, t('broadcast.tg.slices')) })}
              </p>
            ) : (
              <Slice
                key={d}
                d={d}
                frame={frame}
                rows={rows}
                cols={cols}
                cellSize={cellSize}
                label={frame.length === 3 ? t('broadcast.tg.slice', { label, d }) : label}
                paint={paint}
                describe={describe}
                onHover={onHover}
              />
            ),
          )}
        </div>
      )}
    </figure>
  );
}

type SliceProps = Pick<Props, 'frame' | 'cellSize' | 'label' | 'paint' | 'describe' | 'onHover'> & {
  d: number;
  rows: DisplayAxis;
  cols: DisplayAxis;
};

function Slice({ d, frame, rows, cols, cellSize, label, paint, describe, onHover }: SliceProps) {
  const at = useCallback(
    (r: number, c: number) => {
      const row = rows[r];
      const col = cols[c];
      return row === null || col === null ? null : frameCoord(frame, d, row, col);
    },
    [frame, d, rows, cols],
  );
  const hover = useCallback(
    (cell: [number, number] | null) => onHover?.(cell ? at(cell[0], cell[1]) : null),
    [onHover, at],
  );
  const paintCell = (r: number, c: number) => {
    const coord = at(r, c);
    if (coord) return paint(coord);
    return gapPaint(rows[r] === null, cols[c] === null);
  };
  const describeCell = (r: number, c: number) => {
    const coord = at(r, c);
    if (coord) return describe(coord);
    const gaps = [
      rows[r] === null ? gapText(rows, r, t('broadcast.tg.rows')) : null,
      cols[c] === null ? gapText(cols, c, t('broadcast.tg.cols')) : null,
    ].filter(Boolean);
    return t('broadcast.tg.notDrawn', { what: gaps.join(t('broadcast.tg.and')) });
  };
  return (
    <div className="slice">
      {frame.length === 3 ? <span className="slice-label">[{d}, :, :]</span> : null}
      <CanvasGrid
        label={label}
        rows={rows.length}
        cols={cols.length}
        cellSize={cellSize}
        paint={paintCell}
        describe={describeCell}
        onHover={onHover ? hover : undefined}
      />
    </div>
  );
}
