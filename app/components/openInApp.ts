import type { MouseEvent } from 'react';
import { useAppStore } from '../store/store';
import { decode } from '../url/codec';
import { isPlainClick } from './isPlainClick';

/**
 * Follows an in-app link to another state (`?view=…`) without reloading: the store loads the
 * link's state and the URL sync records it in history. Modified clicks are left alone.
 */
export function openInApp(event: MouseEvent<HTMLAnchorElement>, href: string): void {
  if (!isPlainClick(event)) return;
  event.preventDefault();
  const decoded = decode(href);
  // Links inside the page keep the language chosen unless they name one.
  useAppStore
    .getState()
    .loadDecoded({ ...decoded, lang: decoded.lang ?? useAppStore.getState().langKey });
}
