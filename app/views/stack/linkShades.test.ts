import { describe, expect, it } from 'vitest';
import { contrast } from '../../components/colour/vision';
import { PALETTE } from '../../components/grid/palette';
import { focusOutline, LINK_SHADES, SHADE_COUNT, shadeIndex } from './linkShades';

/** WCAG 2.x non-text contrast: a focus outline against what it is drawn on. */
const NON_TEXT = 3;

describe('link shades', () => {
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
