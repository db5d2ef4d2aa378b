import { PALETTE, SHADOW, shade } from '../grid/palette';
import type { Scene } from './scene';
import { SCENE } from './scene';

/** How an animated GIF plays: time per frame, the pause on the last one, how often it loops. */
export interface GifTiming {
  /** Milliseconds per frame (the paper's GIFs: 1000). */
  delay: number;
  /** Milliseconds the last frame stays before the animation starts again. */
  pause: number;
  /** 0 loops forever; n plays n times. */
  plays: number;
}

export const DEFAULT_TIMING: GifTiming = { delay: 1000, pause: 2000, plays: 0 };

/** One frame of the GIF: the animation step it shows and for how long. */
export interface GifFrame {
  step: number;
  delay: number;
}

/**
 * The paper's animations as frames: one per output position, first to last, each `delay`
 * long; the last one also holds the pause, so the frames are as many as the steps.
 *
 * @example gifFrames(3, { delay: 500, pause: 1500, plays: 0 })
 * // [{ step: 0, delay: 500 }, { step: 1, delay: 500 }, { step: 2, delay: 2000 }]
 */
export function gifFrames(steps: number, timing: GifTiming): GifFrame[] {
  return Array.from({ length: steps }, (_, step) => ({
    step,
    delay: timing.delay + (step === steps - 1 ? timing.pause : 0),
  }));
}

/**
 * gifenc's `repeat` for a number of plays: 0 forever, −1 once, n − 1 extra repeats.
 *
 * @example gifRepeat(1) // -1
 */
export function gifRepeat(plays: number): number {
  if (plays <= 0) return 0;
  return plays === 1 ? -1 : plays - 1;
}

const hex = (color: string) => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));

/**
 * The GIF's palette: every colour the scene uses (fills, their shaded forms, outlines, text,
 * the background), so cells keep their exact colours and a frame needs a few bits per pixel.
 */
export function scenePalette(scenes: readonly Scene[]): number[][] {
  const colours = new Set<string>([SCENE.background, SHADOW.color, ...Object.values(PALETTE)]);
  for (const scene of scenes) {
    for (const grid of scene.grids) {
      for (const c of grid.cells) {
        colours.add(c.fill);
        colours.add(shade(c.fill));
        if (c.stroke) colours.add(c.stroke);
        if (c.textColor) colours.add(c.textColor);
        if (c.hatch) colours.add(c.hatch);
      }
      for (const mark of grid.marks ?? []) colours.add(mark.stroke);
    }
    for (const shape of scene.shapes ?? []) {
      colours.add(shape.kind === 'path' ? shape.stroke : shape.fill);
      if (shape.kind === 'rect' && shape.stroke) colours.add(shape.stroke);
    }
    for (const t of scene.texts ?? []) if (t.color) colours.add(t.color);
  }
  // A GIF palette holds 256 colours at most.
  return [...colours]
    .filter((c) => /^#[0-9a-f]{6}$/i.test(c))
    .slice(0, 256)
    .map(hex);
}
