import { create } from 'zustand';
import { createParamsSlice, type ParamsSlice } from './paramsSlice';
import { createPracticeSlice, type PracticeSlice } from './practiceSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

/**
 * The one store: what the URL holds (params), what it does not (view state), and practice
 * progress (kept in the browser when it can be).
 */
export type AppState = ParamsSlice & ViewSlice & PracticeSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createParamsSlice(...args),
  ...createViewSlice(...args),
  ...createPracticeSlice(...args),
}));
