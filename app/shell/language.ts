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

/**
 * Starts following the URL's language; resolves once the first language can be shown, which is
 * once its shell catalogue is here (at once in English, whose shell catalogue is in the first
 * script): the view's catalogues are downloaded meanwhile and the view waits for them (see
 * `CatalogueGate`), so the header paints without them. A later switch shows the new language
 * once the catalogues of the page on screen are all here, so the page never shows half of it.
 */
export function startLanguageSync(store: StoreApi<AppState>): Promise<void> {
  let target: Lang | null = null;
  const apply = (lang: Lang, first = false): Promise<void> => {
    if (lang === target) return Promise.resolve();
    target = lang;
    const all = loadCatalogues(lang, ['shell', ...viewNamespaces(store.getState().view)]);
    // A view catalogue that fails to download here is asked for again by the view's gate.
    if (first) all.catch(() => undefined);
    return (first ? loadCatalogues(lang, ['shell']) : all).then(() => {
      if (target !== lang) return;
      activate(lang);
      document.documentElement.lang = HTML_LANG[lang];
      store.setState({ lang });
    });
  };
  store.subscribe((state, prev) => {
    if (state.langKey !== prev.langKey) void apply(wanted(state));
  });
  return apply(wanted(store.getState()), true);
}
