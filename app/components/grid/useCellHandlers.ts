import { useMemo } from 'react';
import { useAppStore } from '../../store/store';

/** Hover and pin handlers of one grid, reporting cells under a name ('in', 'out', …). */
export function useCellHandlers(grid: string, cols: number) {
  return useMemo(() => {
    const ref = (cell: [number, number] | null) =>
      cell ? { grid, index: cell[0] * cols + cell[1] } : null;
    return {
      onHover: (cell: [number, number] | null) => useAppStore.getState().setHover(ref(cell)),
      onActivate: (cell: [number, number]) => useAppStore.getState().togglePin(ref(cell)),
    };
  }, [grid, cols]);
}
