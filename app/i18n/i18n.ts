/**
 * The interface's words: Lingui's runtime with one catalogue per language and namespace
 * (`locales/<lang>/<namespace>.json`, ICU MessageFormat compiled at build time). The shell's
 * English catalogue ships with the first page; every other catalogue, Chinese included, is
 * downloaded with the view that needs it, so the English first paint carries no other words.
 */
import { i18n, type Messages } from '@lingui/core';
import shellEn from './locales/en/shell.json';
import type { Lang } from './lang';

type Loader = () => Promise<Messages>;

const LOADERS = import.meta.glob<Messages>(['./locales/*/*.json', '!./locales/en/shell.json'], {
  import: 'default',
});

const loaded = new Set<string>(['en/shell']);
const pending = new Map<string, Promise<void>>();

i18n.load('en', shellEn as unknown as Messages);
i18n.activate('en');

function loaderOf(lang: Lang, namespace: string): Loader | undefined {
  return LOADERS[`./locales/${lang}/${namespace}.json`];
}

/**
 * Loads the catalogues a page needs in one language. Resolves at once for those already
 * loaded; a namespace without a catalogue (a view with no words of its own) is skipped.
 */
export function loadCatalogues(lang: Lang, namespaces: readonly string[]): Promise<void> {
  const waits = namespaces
    .map((namespace) => `${lang}/${namespace}`)
    .filter((key) => !loaded.has(key))
    .map((key) => {
      let wait = pending.get(key);
      if (!wait) {
        const [, namespace] = key.split('/');
        const loader = loaderOf(lang, namespace);
        wait = (loader ? loader() : Promise.resolve({}))
          .then((messages) => {
            i18n.load(lang, messages);
            loaded.add(key);
          })
          .finally(() => pending.delete(key));
        pending.set(key, wait);
      }
      return wait;
    });
  return Promise.all(waits).then(() => undefined);
}

const waiting = new Map<string, Promise<void>>();

/**
 * Null when these catalogues are loaded, otherwise one promise per set (the same each time it
 * is asked, as React's `use` wants) that resolves when they are.
 */
export function cataloguesPending(lang: Lang, namespaces: readonly string[]): Promise<void> | null {
  if (namespaces.every((namespace) => loaded.has(`${lang}/${namespace}`))) return null;
  const key = `${lang}:${namespaces.join(',')}`;
  let wait = waiting.get(key);
  if (!wait) {
    wait = loadCatalogues(lang, namespaces).finally(() => waiting.delete(key));
    waiting.set(key, wait);
  }
  return wait;
}

/** Makes `lang` the language of every message from now on (its catalogues loaded first). */
export function activate(lang: Lang): void {
  i18n.activate(lang);
}

/** The language messages are written in now. */
export function activeLang(): Lang {
  return i18n.locale as Lang;
}

/**
 * The message `id`, or `fallback` when no catalogue has it (a view added since the catalogues
 * were written is named by its own English title until it is translated).
 */
export function tOr(id: string, fallback: string, values?: Record<string, unknown>): string {
  const text = i18n._(id, values);
  return text === id ? fallback : text;
}

/**
 * Messages written before, by id and values, in the active language with the catalogues
 * loaded: Lingui formats a message anew on every call (a set of formatters, and for a plural
 * a pattern and a cache key), and a key press asks again for the same few hundred messages.
 * Forgotten when the language or the catalogues change, and when it holds too many.
 */
const written = new Map<string, string>();
const WRITTEN_MAX = 4096;
i18n.on('change', () => written.clear());

/** `id` and its values as one string, or null when a value is not a string, number or boolean. */
function writtenKey(id: string, values?: Record<string, unknown>): string | null {
  let key = id;
  for (const name in values) {
    const value = values[name];
    const type = typeof value;
    if (type === 'string') key += `\u0000${name}\u0001s${value as string}`;
    else if (type === 'number')
      key += `\u0000${name}\u0001n${Object.is(value, -0) ? '-0' : String(value)}`;
    else if (type === 'boolean' || value === undefined)
      key += `\u0000${name}\u0001${String(value)}`;
    else return null;
  }
  return key;
}

/**
 * The message `id` of the active language, with ICU placeholders filled from `values`.
 *
 * @example t('shell.brand') // 'Conv Arithmetic Explorer'
 * @example t('shell.loading', { view: 'Pooling' }) // 'Loading Pooling…'
 */
export function t(id: string, values?: Record<string, unknown>): string {
  const key = writtenKey(id, values);
  if (key === null) return i18n._(id, values);
  let text = written.get(key);
  if (text === undefined) {
    if (written.size >= WRITTEN_MAX) written.clear();
    text = i18n._(id, values);
    written.set(key, text);
  }
  return text;
}
