/**
 * Keeps the interface language in step with the URL: the link's `lang`, or the browser's
 * when it names none. A language is shown once the catalogues of the shell and of the view on
 * screen are loaded; `<html lang>` follows, so screen readers and checks read the page right.
 */
import type { StoreApi } from 'zustand';
import { activate, loadCatalogues } from '../i18n/i18n';
import { browserLang, HTML_LANG, type Lang } from '../i18n/lang';
import type { AppState } from '../store/store';

/** The catalogues every page of a view needs. */
export const viewNamespaces = (view: string) => ['common', view];

function wanted(state: AppState): Lang {
  return state.langKey ?? browserLang(navigator.languages ?? [navigator.language]);
}

/** Starts following the URL's language; resolves once the first language is shown. */
export function startLanguageSync(store: StoreApi<AppState>): Promise<void> {
  let target: Lang | null = null;
  const apply = (lang: Lang): Promise<void> => {
    if (lang === target) return Promise.resolve();
    target = lang;
    return loadCatalogues(lang, ['shell', ...viewNamespaces(store.getState().view)]).then(() => {
      if (target !== lang) return;
      activate(lang);
      document.documentElement.lang = HTML_LANG[lang];
      store.setState({ lang });
    });
  };
  store.subscribe((state, prev) => {
    if (state.langKey !== prev.langKey) void apply(wanted(state));
  });
  return apply(wanted(store.getState()));
}
