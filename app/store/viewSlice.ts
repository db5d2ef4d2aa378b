import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** A cell of one of a view's grids ('input', 'kernel', 'output', 'matrix', …), by flat index. */
export interface CellRef {
  grid: string;
  index: number;
}

/** A dismissible message listing what was corrected or refused. */
export interface Notice {
  id: number;
  title: string;
  items: string[];
}

/** Transient UI state: never in the URL, never derived from it. */
export interface ViewSlice {
  /** Cell under the pointer or keyboard focus. */
  hover: CellRef | null;
  /** Cell selected by click or Enter (touch screens have no hover). */
  pinned: CellRef | null;
  /** The animation that plays, named by the URL key of its step ('t', …), or null. */
  playing: string | null;
  /** Animation speed in steps per second. */
  speed: number;
  loop: boolean;
  notices: Notice[];
  setHover: (cell: CellRef | null) => void;
  /** Pins a cell, or unpins it when it is already pinned. */
  togglePin: (cell: CellRef | null) => void;
  setPlaying: (playing: string | null) => void;
  setSpeed: (speed: number) => void;
  setLoop: (loop: boolean) => void;
  addNotice: (title: string, items: string[]) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

/** Playback starts at 2 steps per second, or 1 when the system asks for reduced motion. */
const DEFAULT_SPEED =
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
    ? 1
    : 2;

function sameCell(a: CellRef | null, b: CellRef | null): boolean {
  return a === b || (a !== null && b !== null && a.grid === b.grid && a.index === b.index);
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  hover: null,
  pinned: null,
  playing: null,
  speed: DEFAULT_SPEED,
  loop: true,
  notices: [],
  setHover: (hover) => set((state) => (sameCell(state.hover, hover) ? state : { hover })),
  togglePin: (cell) =>
    set((state) => ({
      pinned: cell && sameCell(state.pinned, cell) ? null : cell,
    })),
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
  setLoop: (loop) => set({ loop }),
  addNotice: (title, items) =>
    set((state) => ({ notices: [...state.notices, { id: nextNoticeId++, title, items }] })),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
});
