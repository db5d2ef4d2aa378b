import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The content width of an element in CSS pixels, kept current with a ResizeObserver, so that
 * grids and plots are drawn at their real size (pointer positions then need no conversion).
 * Measured before paint, so the first frame already has the right width.
 *
 * @param min the smallest width reported (a plot needs room for its axes)
 */
export function useElementWidth(
  ref: RefObject<HTMLElement | null>,
  { fallback = 640, min = 0 } = {},
): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Read now, before the first paint: the observer's first report comes after it, and the
    // figure would be drawn once at the fallback width and then move.
    let last = Math.max(min, Math.floor(contentWidth(element)));
    setWidth(last);
    // The observer reports height changes too (a figure one row shorter): a width that held is
    // not set again, which would cost a render of the component for nothing.
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.max(min, Math.floor(entry.contentRect.width));
      if (width !== last) setWidth((last = width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, min]);
  return width;
}

/** The width of an element's content box, as a ResizeObserver reports it. */
function contentWidth(element: HTMLElement): number {
  const style = getComputedStyle(element);
  const sides = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  return sides.reduce(
    (width, side) => width - (parseFloat(style[side]) || 0),
    element.getBoundingClientRect().width,
  );
}
