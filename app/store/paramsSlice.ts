import type { StateCreator } from 'zustand';
import type { Lang } from '../i18n/lang';
import { allDefaults, type Decoded } from '../url/codec';
import type { AllParams, ViewId, ViewParams } from '../url/schema';
import { carryParams } from './carryParams';
import type { AppState } from './store';

/** What the URL holds: the view shown and every view's parameters. */
export interface ParamsSlice {
  view: ViewId;
  params: AllParams;
  /** The figure alone, for an iframe (`embed=1`): no header, no side panels. */
  embed: boolean;
  /** The language the URL names (`lang`), or null when the browser's decides. */
  langKey: Lang | null;
  /**
   * The language the interface is written in now: `langKey` or the browser's, once its
   * catalogues are loaded (`app/shell/language.ts` keeps it in step).
   */
  lang: Lang;
  /** Chooses the interface language (written to the URL, so a shared link keeps it). */
  setLang: (lang: Lang) => void;
  /** Shows another view, with the sizes it shares with this one and numbers on if they are. */
  setView: (view: ViewId) => void;
  /** Changes some parameters of one view. */
  setParams: <V extends ViewId>(view: V, patch: Partial<ViewParams<V>>) => void;
  /** Replaces the view and its parameters with what a URL says (startup, back/forward). */
  loadDecoded: (decoded: Decoded) => void;
}

export const createParamsSlice: StateCreator<AppState, [], [], ParamsSlice> = (set) => ({
  view: 'conv',
  params: allDefaults(),
  embed: false,
  langKey: null,
  lang: 'en',
  setLang: (lang) => set({ langKey: lang }),
  setView: (view) =>
    set((state) => ({
      view,
      params: { ...state.params, [view]: carryParams(state.view, view, state.params) },
      hover: null,
      pinned: null,
      playing: null,
    })),
  setParams: (view, patch) =>
    set((state) => ({
      params: { ...state.params, [view]: { ...state.params[view], ...patch } },
    })),
  loadDecoded: ({ view, params, embed, lang }) =>
    set((state) => ({
      view,
      embed,
      langKey: lang,
      params: { ...state.params, [view]: params },
      hover: null,
      pinned: null,
      playing: null,
    })),
});
