import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { contrast } from '../../components/colour/vision';
import { PALETTE } from '../../components/grid/palette';
import { focusOutline, LINK_SHADES, SHADE_COUNT, shadeIndex } from './linkShades';

/** WCAG 2.x non-text contrast: a focus outline against what it is drawn on. */
const NON_TEXT = 3;

describe('link shades', () => {
  it('run evenly from the linked fill to its outline, as a linear d3 colour scale does', () => {
    const scale = scaleLinear<string>()
      .domain([0, SHADE_COUNT - 1])
      .range([PALETTE.linked, PALETTE.linkedStroke]);
    const hex = (css: string) =>
      `#${css
        .match(/\d+/g)!
        .map((v) => Number(v).toString(16).padStart(2, '0'))
        .join('')}`;
    expect(LINK_SHADES).toEqual(Array.from({ length: SHADE_COUNT }, (_, n) => hex(scale(n))));
    expect(LINK_SHADES[0]).toBe(PALETTE.linked.toLowerCase());
    expect(LINK_SHADES[SHADE_COUNT - 1]).toBe(PALETTE.linkedStroke.toLowerCase());
  });

  it('run from one path (lightest) to the most paths (darkest)', () => {
    expect(shadeIndex(1, 9)).toBe(0);
    expect(shadeIndex(9, 9)).toBe(SHADE_COUNT - 1);
    expect(shadeIndex(5, 9)).toBe(4);
    // A map whose largest count is one path: every linked cell is the darkest shade.
    expect(shadeIndex(1, 1)).toBe(SHADE_COUNT - 1);
  });

  it.each([...LINK_SHADES, PALETTE.input, PALETTE.output, PALETTE.inserted])(
    'the focused cell’s outline stands out on %s',
    (fill) => {
      expect(contrast(focusOutline(fill), fill)).toBeGreaterThanOrEqual(NON_TEXT);
    },
  );

  it('keeps the focus colour on light fills and turns white on the darkest shade', () => {
    expect(focusOutline(LINK_SHADES[0])).toBe(PALETTE.focus);
    expect(focusOutline(LINK_SHADES[SHADE_COUNT - 1])).toBe('#ffffff');
  });
});
