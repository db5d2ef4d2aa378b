import { useCallback } from 'react';
import { CanvasGrid, type CellPaint } from '../../components/grid/CanvasGrid';
import { asSlices, frameCoord } from './picture';

type Props = {
  /** Heading above the grid, e.g. "a (4, 1, 3)". */
  title: React.ReactNode;
  /** Accessible name of each slice's grid. */
  label: string;
  /** The shape the grid is drawn in (the result's, for operands). */
  frame: number[];
  cellSize: number;
  /** How the cell at a frame coordinate looks; null leaves it empty. */
  paint: (coord: number[]) => CellPaint | null;
  /** What the cell at a frame coordinate is, for screen readers. */
  describe: (coord: number[]) => string;
  /** Pointer or focus entered (coordinate) or left (null) a cell. */
  onHover?: (coord: number[] | null) => void;
  testId?: string;
};

/** A tensor of up to three axes as grids: a 3-D tensor is a stack of 2-D slices. */
export function TensorGrid({
  title,
  label,
  frame,
  cellSize,
  paint,
  describe,
  onHover,
  testId,
}: Props) {
  const [depth, rows, cols] = asSlices(frame);
  const empty = depth * rows * cols === 0;
  return (
    <figure className="tensor" data-testid={testId}>
      <figcaption>{title}</figcaption>
      {empty ? (
        <p className="field-hint">No elements: an axis has size 0.</p>
      ) : (
        <div className="slices">
          {Array.from({ length: depth }, (_, d) => (
            <Slice
              key={d}
              d={d}
              frame={frame}
              rows={rows}
              cols={cols}
              cellSize={cellSize}
              label={frame.length === 3 ? `${label}, slice [${d}, :, :]` : label}
              paint={paint}
              describe={describe}
              onHover={onHover}
            />
          ))}
        </div>
      )}
    </figure>
  );
}

type SliceProps = Omit<Props, 'title' | 'testId'> & { d: number; rows: number; cols: number };

function Slice({ d, frame, rows, cols, cellSize, label, paint, describe, onHover }: SliceProps) {
  const at = useCallback((r: number, c: number) => frameCoord(frame, d, r, c), [frame, d]);
  const hover = useCallback(
    (cell: [number, number] | null) => onHover?.(cell ? at(cell[0], cell[1]) : null),
    [onHover, at],
  );
  return (
    <div className="slice">
      {frame.length === 3 ? <span className="slice-label">[{d}, :, :]</span> : null}
      <CanvasGrid
        label={label}
        rows={rows}
        cols={cols}
        cellSize={cellSize}
        paint={(r, c) => paint(at(r, c))}
        describe={(r, c) => describe(at(r, c))}
        onHover={onHover ? hover : undefined}
      />
    </div>
  );
}
