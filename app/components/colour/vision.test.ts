import { describe, expect, it } from 'vitest';
import { contrast, deltaE, deltaEAs, luminance, simulate, VISIONS } from './vision';

describe('WCAG contrast', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    // WCAG's own examples: #767676 is the lightest grey that passes 4.5:1 on white.
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
  ])('%s on %s is %f:1', (a, b, ratio) => {
    expect(contrast(a, b)).toBeCloseTo(ratio, 2);
    expect(contrast(b, a)).toBeCloseTo(ratio, 2);
  });

  it('luminance runs from 0 (black) to 1 (white), green brightest of the primaries', () => {
    expect(luminance('#000')).toBe(0);
    expect(luminance('#fff')).toBeCloseTo(1, 10);
    expect(luminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(luminance('#ff0000')).toBeCloseTo(0.2126, 4);
  });
});

describe('colour-vision simulation', () => {
  it.each(VISIONS)('%s keeps black black and white white', (vision) => {
    expect(simulate('#000000', vision)).toBe('#000000');
    expect(simulate('#ffffff', vision)).toBe('#ffffff');
  });

  it('greyscale keeps the luminance and drops the hue', () => {
    const grey = simulate('#0072b2', 'greyscale');
    expect(grey.slice(1, 3)).toBe(grey.slice(3, 5));
    expect(grey.slice(3, 5)).toBe(grey.slice(5, 7));
    expect(luminance(grey)).toBeCloseTo(luminance('#0072b2'), 2);
  });

  it('red and green, far apart normally, nearly merge for protan and deutan viewers', () => {
    const [red, green] = ['#e41a1c', '#4daf4a'];
    const normal = deltaE(red, green);
    expect(normal).toBeGreaterThan(60);
    expect(deltaEAs(red, green, 'deuteranopia')).toBeLessThan(normal / 2);
    expect(deltaEAs(red, green, 'protanopia')).toBeLessThan(normal / 2);
  });

  it('Okabe–Ito blue and orange stay far apart for every vision', () => {
    for (const vision of VISIONS) {
      expect(deltaEAs('#0072b2', '#e69f00', vision)).toBeGreaterThan(20);
    }
  });

  it('tritanopia confuses blue with green, not red with green', () => {
    expect(deltaEAs('#1f77b4', '#2ca02c', 'tritanopia')).toBeLessThan(deltaE('#1f77b4', '#2ca02c'));
    expect(deltaEAs('#e41a1c', '#4daf4a', 'tritanopia')).toBeGreaterThan(40);
  });
});
