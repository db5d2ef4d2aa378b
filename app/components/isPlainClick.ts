import type { MouseEvent } from 'react';

/**
 * A plain left click on a link. Ctrl, ⌘, Shift and Alt clicks (new tab, new window, download)
 * and other buttons are the browser's. (Its own file: the header needs it on the first page,
 * the rest of the link handling loads with the views.)
 */
export function isPlainClick(event: MouseEvent<HTMLElement>): boolean {
  return !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0);
}
