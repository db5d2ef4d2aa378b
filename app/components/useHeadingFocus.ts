import { useEffect, type RefObject } from 'react';

/** The page heading last shown; null before the first page. */
let lastTitle: string | null = null;

/**
 * Focuses a page's heading when it replaces another page and focus was lost with the old one
 * (Back or Forward to another view, the view's own element gone): a keyboard or screen reader
 * user continues from the top of the new page instead of the document's start. The first page
 * keeps the browser's start, where "Skip to content" is the first stop.
 */
export function useHeadingFocus(heading: RefObject<HTMLElement | null>, title: string): void {
  useEffect(() => {
    const changed = lastTitle !== null && lastTitle !== title;
    lastTitle = title;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (changed && lost) heading.current?.focus();
  }, [heading, title]);
}
