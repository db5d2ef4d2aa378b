/** Unit tests read the interface in English: every English catalogue, loaded at once. */
import { i18n, type Messages } from '@lingui/core';

const catalogues = import.meta.glob<Messages>('./locales/en/*.json', {
  eager: true,
  import: 'default',
});
for (const messages of Object.values(catalogues)) i18n.load('en', messages);
i18n.activate('en');
