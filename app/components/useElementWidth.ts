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
    setWidth(Math.max(min, Math.floor(contentWidth(element))));
    const observer = new ResizeObserver(([entry]) =>
      setWidth(Math.max(min, Math.floor(entry.contentRect.width))),
    );
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
