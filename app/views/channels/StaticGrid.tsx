import { useLayoutEffect, useRef } from 'react';
import { paintGrid, type CellPaint } from '../../components/grid/paintGrid';
import { PALETTE } from '../../components/grid/palette';
import type { Box } from './diagramLayout';

interface Props {
  rows: number;
  cols: number;
  /** Cell edge in CSS pixels. */
  cellSize: number;
  /** How cell (r, c) looks; null leaves it empty. */
  paint: (r: number, c: number) => CellPaint | null;
  /** Where it sits in the picture. */
  box: Box;
  testId?: string;
}

/**
 * A grid painted on a canvas that takes no focus: an input channel or a row of kernels of the
 * channel picture. What it shows is read out by the output grids and the partial sums.
 */
export function StaticGrid({ rows, cols, cellSize, paint, box, testId }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    if (ref.current) {
      paintGrid(ref.current, {
        rows,
        cols,
        size: cellSize,
        paint,
        badgeColor: PALETTE.kernelStroke,
        textColor: PALETTE.text,
      });
    }
  });
  return (
    <div
      className="static-grid"
      data-testid={testId}
      style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
    >
      <canvas ref={ref} aria-hidden="true" />
    </div>
  );
}
