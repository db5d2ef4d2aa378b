import { use, type ReactNode } from 'react';
import { cataloguesPending } from '../i18n/i18n';
import { PageLoadError } from './lazyPage';
import type { Lang } from '../i18n/lang';

interface Props {
  lang: Lang;
  /** The catalogues the children's words come from. */
  namespaces: readonly string[];
  children: ReactNode;
}

/** A failed download is a page that could not load: the error screen offers Retry and Reload. */
const asPageLoad = new WeakMap<Promise<void>, Promise<void>>();
function loading(pending: Promise<void>): Promise<void> {
  let wait = asPageLoad.get(pending);
  if (!wait) {
    wait = pending.catch((cause: unknown) => {
      throw new PageLoadError(cause, () => undefined);
    });
    asPageLoad.set(pending, wait);
  }
  return wait;
}

/** Suspends its children until their catalogues are loaded (the nearest Suspense shows). */
export function CatalogueGate({ lang, namespaces, children }: Props) {
  const pending = cataloguesPending(lang, namespaces);
  if (pending) use(loading(pending));
  return children;
}
