import type { StateCreator } from 'zustand';
import type { Msg } from '../../engine';
import type { StepKey } from '../url/schema';
import type { AppState } from './store';

/**
 * The grids a cell can be hovered or pinned in: a figure's input, kernel and output, and the
 * transposed view's rotated kernel, equivalent input, scatter and matrix C, the broadcasting
 * result, the layer stack's feature maps (`map0` the input, `mapN` after layer N), and the
 * output of the channels view's pointwise layer.
 */
export type GridId =
  | 'input'
  | 'kernel'
  | 'output'
  | 'rotated'
  | 'equivalent'
  | 'scatter'
  | 'matrix'
  | 'result'
  | 'pointwise'
  | `map${number}`;

/** A cell of one of a view's grids, by flat index. */
export interface CellRef {
  grid: GridId;
  index: number;
}

/** A dismissible message listing what was corrected or refused. */
export interface Notice {
  id: number;
  /** A message of the shell catalogue, said in the page's language when shown. */
  title: Msg;
  /** Messages of the common catalogue. */
  items: Msg[];
}

/** Transient UI state: never in the URL, never derived from it. */
export interface ViewSlice {
  /** Cell under the pointer or keyboard focus. */
  hover: CellRef | null;
  /** Cell selected by click or Enter (touch screens have no hover). */
  pinned: CellRef | null;
  /** The animation that plays, named by the URL key of its step, or null. */
  playing: StepKey | null;
  /** Animation speed in steps per second, or null for the default (see useAnimation). */
  speed: number | null;
  loop: boolean;
  notices: Notice[];
  setHover: (cell: CellRef | null) => void;
  /** Pins a cell, or unpins it when it is already pinned. */
  togglePin: (cell: CellRef | null) => void;
  /** Lets go of the pinned cell, if any (Play, a step by hand, Escape). */
  unpin: () => void;
  setPlaying: (playing: StepKey | null) => void;
  setSpeed: (speed: number) => void;
  setLoop: (loop: boolean) => void;
  addNotice: (title: Msg, items: Msg[]) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

function sameCell(a: CellRef | null, b: CellRef | null): boolean {
  return a === b || (a !== null && b !== null && a.grid === b.grid && a.index === b.index);
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  hover: null,
  pinned: null,
  playing: null,
  speed: null,
  loop: true,
  notices: [],
  setHover: (hover) => set((state) => (sameCell(state.hover, hover) ? state : { hover })),
  togglePin: (cell) =>
    set((state) => ({
      pinned: cell && sameCell(state.pinned, cell) ? null : cell,
    })),
  unpin: () => set((state) => (state.pinned ? { pinned: null } : state)),
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
  setLoop: (loop) => set({ loop }),
  addNotice: (title, items) =>
    set((state) => ({ notices: [...state.notices, { id: nextNoticeId++, title, items }] })),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
});
