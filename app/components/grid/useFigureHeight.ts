import { useSyncExternalStore } from 'react';

/** What a figure shows around its grids in one screen: heading, captions, summary, legend, Play. */
const AROUND = 430;
const LEAST = 260;

function subscribe(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/**
 * The height the grids of a figure may take so that the figure, its sum and its Play bar fit
 * in one screen (at least 260 px, however short the window).

 */
export function useFigureHeight(): number {
  const height = useSyncExternalStore(
    subscribe,
    () => window.innerHeight,
    () => 900,
  );
  return Math.max(LEAST, height - AROUND);
}
