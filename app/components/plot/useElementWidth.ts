import { useEffect, useState, type RefObject } from 'react';

/**
 * The content width of an element, kept current with a ResizeObserver so that SVG plots can
 * be drawn at their real pixel size (pointer positions then need no viewBox conversion).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 640): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      setWidth(Math.max(200, Math.floor(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
