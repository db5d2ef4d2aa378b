import { useEffect, type ReactNode } from 'react';
import { usePainted } from './afterPaint';

/** Whether the page has painted once: from then on, pages render at once. */
const page = { painted: false };

interface Props {
  /** What the first paint shows instead (the view's heading and lede). */
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * Shows `fallback` until the page's first paint is on screen, then `children`: the first
 * view's code is asked for only once its heading and lede are painted, so that its download
 * does not compete with the first paint for the connection, and they stay until it is here.
 * Later renders (another view, a language switch) show `children` at once.
 */
export function AfterFirstPaint({ fallback, children }: Props) {
  const painted = usePainted(page.painted);
  useEffect(() => {
    if (painted) page.painted = true;
  }, [painted]);
  return painted ? children : fallback;
}
