import { color } from 'd3-color';
import { interpolateRgb } from 'd3-interpolate';
import { contrast } from '../../components/colour/vision';
import { PALETTE } from '../../components/grid/palette';

/** Number of shades a path count is binned into. */
export const SHADE_COUNT = 8;

// d3-interpolate rather than a d3 scale: the view's first download skips d3-scale's ticks,
// formats and array helpers, which a ramp of eight colours does not use.
const ramp = interpolateRgb(PALETTE.linked, PALETTE.linkedStroke);

/** Linked-cell shades from one path (light) to the most paths in the map (dark), as hex. */
export const LINK_SHADES: readonly string[] = Array.from(
  { length: SHADE_COUNT },
  (_, n) => color(ramp(n / (SHADE_COUNT - 1)))?.formatHex() ?? PALETTE.linked,
);

/**
 * The shade of a cell with `count` paths in a map whose largest count is `max`: the fraction
 * of the largest count, in {@link SHADE_COUNT} even steps, so that one path is the lightest.
 *
 * @example shadeIndex(1, 9) // 0
 */
export function shadeIndex(count: number, max: number): number {
  if (max <= 1) return SHADE_COUNT - 1;
  return Math.round(((count - 1) / (max - 1)) * (SHADE_COUNT - 1));
}

/** The focused cell's outline on a dark fill. */
const FOCUS_ON_DARK = '#ffffff';

/** Outlines worked out so far, by fill: a map paints its focused cell at every hover. */
const outlines = new Map<string, string>();

/**
 * The outline of the focused cell drawn on `fill`: the focus colour, or white where that
 * contrasts better (the darkest link shades), so the cell stands out on every shade.
 *
 * @example focusOutline(LINK_SHADES[SHADE_COUNT - 1]) // '#ffffff'
 */
export function focusOutline(fill: string): string {
  let outline = outlines.get(fill);
  if (outline === undefined) {
    outline =
      contrast(PALETTE.focus, fill) >= contrast(FOCUS_ON_DARK, fill)
        ? PALETTE.focus
        : FOCUS_ON_DARK;
    outlines.set(fill, outline);
  }
  return outline;
}
