import { create } from 'zustand';
import { createParamsSlice, type ParamsSlice } from './paramsSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

/** The one store: what the URL holds (params) and what it does not (view state). */
export type AppState = ParamsSlice & ViewSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createParamsSlice(...args),
  ...createViewSlice(...args),
}));
