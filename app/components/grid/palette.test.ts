import { describe, expect, it } from 'vitest';
import { contrast, deltaEAs, VISIONS } from '../colour/vision';
import { PALETTE, shade } from './palette';

/**
 * ΔE*ab that a pair of fills told apart by colour alone must keep for every vision (normal,
 * protanopia, deuteranopia, tritanopia, greyscale): about four just-noticeable differences.
 */
const APART = 9;
/** ΔE*ab for pairs that also differ in pattern (padding is dashed): the fill only adds to it. */
const VISIBLE = 5;
/** WCAG AA for text. */
const TEXT = 4.5;

type Role = keyof typeof PALETTE;

/** Fills that sit in the same grid or mean different states of one cell, with no other cue. */
const HUE_ONLY: [Role, Role][] = [
  ['input', 'output'],
  ['output', 'pending'],
  ['inserted', 'pending'],
  ['inserted', 'input'],
  ['input', 'padding'],
  ['kernel', 'output'],
  ['linked', 'input'],
  ['linked', 'output'],
  ['linked', 'kernel'],
];

/** Fills a cell can have; the shadow of the window may cover any of them. */
const FILLS: Role[] = ['input', 'padding', 'inserted', 'overhang', 'kernel', 'output', 'pending'];

describe('the grid palette', () => {
  it.each(HUE_ONLY)('%s and %s stay apart for every vision and in greyscale', (a, b) => {
    for (const vision of VISIONS) {
      expect(deltaEAs(PALETTE[a], PALETTE[b], vision), vision).toBeGreaterThanOrEqual(APART);
    }
  });

  it.each(FILLS)('%s under the shadow stays its own colour, visibly darker', (role) => {
    for (const vision of VISIONS) {
      expect(deltaEAs(PALETTE[role], shade(PALETTE[role]), vision), vision).toBeGreaterThan(APART);
    }
  });

  it('the shadow keeps input, padding and inserted zeros apart inside the window', () => {
    const inside = (['input', 'padding', 'inserted'] as const).map((r) => shade(PALETTE[r]));
    for (const vision of VISIONS) {
      expect(deltaEAs(inside[0], inside[1], vision)).toBeGreaterThanOrEqual(APART);
      expect(deltaEAs(inside[0], inside[2], vision)).toBeGreaterThanOrEqual(APART);
      // Padding is dashed, inserted zeros are not.
      expect(deltaEAs(inside[1], inside[2], vision)).toBeGreaterThanOrEqual(VISIBLE);
    }
  });

  it('inserted zeros are a visible grey beside the dashed white padding', () => {
    for (const vision of VISIONS) {
      expect(deltaEAs(PALETTE.inserted, PALETTE.padding, vision)).toBeGreaterThanOrEqual(VISIBLE);
    }
  });

  it.each(FILLS)('values and labels on %s, shaded or not, reach 4.5:1', (role) => {
    for (const fill of [PALETTE[role], shade(PALETTE[role])]) {
      expect(contrast(PALETTE.text, fill)).toBeGreaterThanOrEqual(TEXT);
      expect(contrast(PALETTE.badge, fill)).toBeGreaterThanOrEqual(TEXT);
    }
  });

  it.each(['padding', 'pending', 'inserted', 'overhang'] as const)(
    'muted values on unshaded %s reach 4.5:1',
    (role) => {
      expect(contrast(PALETTE.mutedText, PALETTE[role])).toBeGreaterThanOrEqual(TEXT);
    },
  );

  it('outlines that carry meaning reach 3:1 against white (WCAG 1.4.11)', () => {
    for (const stroke of [
      PALETTE.inputStroke,
      PALETTE.paddingStroke,
      PALETTE.kernelStroke,
      PALETTE.windowStroke,
      PALETTE.outputStroke,
      PALETTE.linkedStroke,
      PALETTE.focus,
      PALETTE.dropped,
    ]) {
      expect(contrast(stroke, '#ffffff')).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('shade', () => {
  it('mixes 22 % of the shadow colour #102a43 into the fill (worked by hand)', () => {
    // 255 + (16 − 255)·0.22 = 202.4, 255 + (42 − 255)·0.22 = 208.1, 255 + (67 − 255)·0.22 = 213.6
    expect(shade('#ffffff')).toBe('#cad0d6');
    // 0 + 16·0.22 = 3.5, 42·0.22 = 9.2, 67·0.22 = 14.7
    expect(shade('#000000')).toBe('#04090f');
  });
});
