/**
 * How a colour looks to people with the common colour-vision deficiencies and in greyscale, and
 * WCAG contrast: the measures the palettes' tests check, so that "distinct for everyone" is a
 * number rather than an impression. Pure; used by tests and by nothing on the page.
 */
import { lab, rgb } from 'd3-color';

export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia' | 'greyscale';

export const VISIONS: readonly Vision[] = [
  'normal',
  'protanopia',
  'deuteranopia',
  'tritanopia',
  'greyscale',
];

type Matrix = readonly [number, number, number, number, number, number, number, number, number];

/**
 * Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color
 * Vision Deficiency", IEEE TVCG 15(6), table of matrices at severity 1.0 (dichromacy), applied
 * to linear RGB (the same coefficients colorspacious and colour-science ship).
 */
const MACHADO: Record<'protanopia' | 'deuteranopia' | 'tritanopia', Matrix> = {
  protanopia: [
    0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998,
  ],
  deuteranopia: [
    0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881,
  ],
  tritanopia: [
    1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039,
  ],
};

/** sRGB channel (0–255) to linear light (0–1), IEC 61966-2-1. */
function toLinear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function fromLinear(value: number): number {
  const v = Math.min(1, Math.max(0, value));
  return 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);
}

function linearRgb(colour: string): [number, number, number] {
  const c = rgb(colour);
  if (Number.isNaN(c.r)) throw new Error(`not a colour: ${colour}`);
  return [toLinear(c.r), toLinear(c.g), toLinear(c.b)];
}

/** WCAG 2.x relative luminance of a CSS colour (0 black … 1 white). */
export function luminance(colour: string): number {
  const [r, g, b] = linearRgb(colour);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * WCAG 2.x contrast ratio (1 … 21) of two CSS colours; text needs 4.5 (AA), large text and
 * graphics 3.
 *
 * @example contrast('#000', '#fff') // 21
 */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour as seen with a colour-vision deficiency (Machado 2009, severity 1) or in greyscale
 * (its luminance as grey), as a hex string.
 */
export function simulate(colour: string, vision: Vision): string {
  if (vision === 'normal') return rgb(colour).formatHex();
  const linear = linearRgb(colour);
  if (vision === 'greyscale') {
    const y = fromLinear(luminance(colour));
    return rgb(y, y, y).formatHex();
  }
  const m = MACHADO[vision];
  const out = [0, 1, 2].map(
    (row) => m[3 * row] * linear[0] + m[3 * row + 1] * linear[1] + m[3 * row + 2] * linear[2],
  );
  return rgb(fromLinear(out[0]), fromLinear(out[1]), fromLinear(out[2])).formatHex();
}

/** CIE76 colour difference ΔE*ab between two CSS colours (about 2.3 is just noticeable). */
export function deltaE(a: string, b: string): number {
  const x = lab(a);
  const y = lab(b);
  return Math.hypot(x.l - y.l, x.a - y.a, x.b - y.b);
}

/** ΔE between two colours as someone with the given vision sees them. */
export function deltaEAs(a: string, b: string, vision: Vision): number {
  return deltaE(simulate(a, vision), simulate(b, vision));
}
