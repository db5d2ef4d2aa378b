import { readFileSync } from 'node:fs';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

/** Message catalogues: `app/i18n/locales/<language>/<namespace>.json`, ICU MessageFormat. */
const CATALOGUE = /[\\/]app[\\/]i18n[\\/]locales[\\/][a-z]+[\\/][\w-]+\.json$/;

/**
 * Compiles each catalogue's ICU messages when it is imported, so the page ships Lingui's
 * compiled form and no message parser. The result is still JSON (strings and arrays), which
 * Vite then turns into a module as usual.
 */
export function catalogues(): Plugin {
  return {
    name: 'icu-catalogues',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0];
      if (!CATALOGUE.test(file)) return null;
      const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      const compiled = Object.fromEntries(
        Object.entries(messages).map(([key, message]) => [key, compileMessage(message)]),
      );
      return JSON.stringify(compiled);
    },
  };
}
