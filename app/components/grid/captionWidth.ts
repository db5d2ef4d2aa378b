import { useLayoutEffect, useState, type RefObject } from 'react';

/** A canvas to measure text on, made on first use. */
let context: CanvasRenderingContext2D | null = null;
/** Widths measured, by font and text; forgotten when it holds too many. */
const measured = new Map<string, number>();
const MEASURED_MAX = 256;

/**
 * The width of `text` in `font` (a CSS `font` shorthand), in whole CSS pixels, measured on a
 * canvas rather than in the page, so that asking lays nothing out. 0 where there is no canvas.
 */
export function textWidth(text: string, font: string): number {
  const key = `${font}\u0000${text}`;
  let width = measured.get(key);
  if (width === undefined) {
    context ??= document.createElement('canvas').getContext('2d');
    if (!context) return 0;
    context.font = font;
    width = Math.ceil(context.measureText(text).width);
    if (measured.size >= MEASURED_MAX) measured.clear();
    measured.set(key, width);
  }
  return width;
}

/**
 * The font of the first figure caption inside `ref`, read once it is rendered (one style
 * read when the figure mounts); '' before, while the captions' room is not yet known.
 */
export function useCaptionFont(ref: RefObject<HTMLElement | null>): string {
  const [font, setFont] = useState('');
  useLayoutEffect(() => {
    const caption = ref.current?.querySelector('figcaption');
    if (caption) setFont(getComputedStyle(caption).font);
  }, [ref]);
  return font;
}
