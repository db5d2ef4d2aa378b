import { useMemo } from 'react';
import { useAppStore } from '../../store/store';
import type { GridId } from '../../store/viewSlice';

/** Hover and pin handlers of one grid: its cells are reported as `{ grid, index }`. */
export function useCellHandlers(grid: GridId, cols: number) {
  return useMemo(() => {
    const ref = (cell: [number, number] | null) =>
      cell ? { grid, index: cell[0] * cols + cell[1] } : null;
    return {
      onHover: (cell: [number, number] | null) => useAppStore.getState().setHover(ref(cell)),
      onActivate: (cell: [number, number]) => useAppStore.getState().togglePin(ref(cell)),
    };
  }, [grid, cols]);
}
