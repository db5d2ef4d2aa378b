import { useLayoutEffect, useRef, type RefObject } from 'react';
import { PALETTE } from './palette';
import { projectionLines, type CellBox, type Point } from './projectionLines';

interface Props {
  /**
   * The positioned element that holds both grids; the lines are drawn over it (over its
   * scrolled content when it scrolls, so they move with the grids).
   */
  container: RefObject<HTMLElement | null>;
  /** `data-testid` of the grid the window is on, and of the output grid. */
  fromGrid: string;
  toGrid: string;
  /** The window on the first grid and the cell it makes on the second, or null for none. */
  from: CellBox | null;
  to: CellBox | null;
  /** Cell edges of the two grids in CSS pixels. */
  fromCell: number;
  toCell: number;
}

/**
 * The paper's lines from the kernel's shadow to the output cell it makes, drawn over the
 * figure so that the eye follows the window to its result across the kernel between them.
 */
export function WindowLink({ container, fromGrid, toGrid, from, to, fromCell, toCell }: Props) {
  const pathRef = useRef<SVGPathElement>(null);
  // The lines join elements laid out by the browser: measured after layout and written to the
  // path directly, as d3 would, rather than through state. Every link of a render is measured
  // before any is written (see `measureThenWrite`): one layout for all of them.
  useLayoutEffect(() =>
    measureThenWrite(() => {
      const path = pathRef.current;
      const root = container.current;
      const a = root?.querySelector<HTMLElement>(`[data-testid="${fromGrid}"]`);
      const b = root?.querySelector<HTMLElement>(`[data-testid="${toGrid}"]`);
      if (!path) return null;
      if (!root || !a || !b || !from || !to) return () => path.setAttribute('d', '');
      const origin = root.getBoundingClientRect();
      const corners = (grid: HTMLElement, box: CellBox, cell: number): [Point, Point] => {
        const r = grid.getBoundingClientRect();
        const x = r.left - origin.left + root.scrollLeft + 1;
        const y = r.top - origin.top + root.scrollTop + 1;
        return [
          [x + box.col * cell, y + box.row * cell],
          [x + (box.col + box.cols) * cell, y + (box.row + box.rows) * cell],
        ];
      };
      const p = projectionLines(corners(a, from, fromCell), corners(b, to, toCell));
      const d = p ? `M${p[0].join(',')}L${p[1].join(',')}M${p[2].join(',')}L${p[3].join(',')}` : '';
      return () => path.setAttribute('d', d);
    }),
  );
  return (
    <svg className="window-link" aria-hidden="true" data-testid="window-link">
      <path ref={pathRef} stroke={PALETTE.windowStroke} />
    </svg>
  );
}

/** Measurements waiting for the end of the commit, each returning its write. */
let measures: (() => (() => void) | null)[] = [];

/**
 * Runs `measure` once the layout effects of this commit have all run, with the others asked for
 * in it, and then the writes they return: a path written before the next link reads its grids'
 * places would make the browser lay out the page again for that read. Returns a cleanup that
 * drops the measurement if it has not run yet.
 */
function measureThenWrite(measure: () => (() => void) | null): () => void {
  if (!measures.length) queueMicrotask(flushMeasures);
  measures.push(measure);
  return () => {
    measures = measures.filter((m) => m !== measure);
  };
}

function flushMeasures() {
  const batch = measures;
  measures = [];
  const writes = batch.map((measure) => measure());
  for (const write of writes) write?.();
}
