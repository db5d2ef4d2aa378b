import { create } from 'zustand';
import { createParamsSlice, type ParamsSlice } from './paramsSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

/** The one store: what the URL holds (params) and what it does not (view state). */
export type AppState = ParamsSlice & ViewSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createParamsSlice(...args),
  ...createViewSlice(...args),
}));

/** The active view's parameters, typed by the caller's view id. */
export const selectView = (state: AppState) => state.view;
