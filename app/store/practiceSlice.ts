import type { StateCreator } from 'zustand';
import { PRACTICE_SET } from '../../engine/params';
import {
  browserStorage,
  emptyProgress,
  loadProgress,
  saveProgress,
  withResult,
  withoutSet,
  type PracticeProgress,
  type PracticeResult,
} from './practiceProgress';
import type { AppState } from './store';

/** Practice progress: in memory, and in the browser's storage when it can be used. */
export interface PracticeSlice {
  practice: PracticeProgress;
  /** Records how a question of a set went. */
  recordPractice: (key: string, place: number, result: PracticeResult) => void;
  /** Forgets one set, to take it again. */
  restartPractice: (key: string) => void;
  /** Forgets every set, here and in the browser. */
  resetPractice: () => void;
}

export const createPracticeSlice: StateCreator<AppState, [], [], PracticeSlice> = (set) => {
  const storage = browserStorage();
  const commit = (practice: PracticeProgress) => {
    saveProgress(storage, practice);
    set({ practice });
  };
  return {
    practice: loadProgress(storage, PRACTICE_SET.size),
    recordPractice: (key, place, result) =>
      set((state) => {
        const practice = withResult(state.practice, key, place, result, PRACTICE_SET.size);
        saveProgress(storage, practice);
        return { practice };
      }),
    restartPractice: (key) =>
      set((state) => {
        const practice = withoutSet(state.practice, key);
        saveProgress(storage, practice);
        return { practice };
      }),
    resetPractice: () => commit(emptyProgress()),
  };
};
