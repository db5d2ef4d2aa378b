import type { MouseEvent } from 'react';
import { useAppStore } from '../store/store';
import { decode } from '../url/codec';

/**
 * Follows an in-app link (`?view=…`) without reloading: the store loads the link's state and
 * the URL sync records it in history. Modified clicks (new tab, new window) are left alone.
 */
export function openInApp(event: MouseEvent<HTMLAnchorElement>, href: string): void {
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0)
    return;
  event.preventDefault();
  useAppStore.getState().loadDecoded(decode(href));
}
