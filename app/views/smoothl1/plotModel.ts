/**
 * The curves the lab draws, sampled from the engine's functions: where each one is not smooth
 * (kinks, sampled exactly) or not continuous (jumps, where the line breaks), the x range shown,
 * and the probe's keyboard step.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import {
  halfSquare,
  halfSquareGrad,
  huber,
  huberGrad,
  l1,
  l1Grad,
  misprintSmoothL1,
  misprintSmoothL1Grad,
  smoothL1,
  smoothL1Grad,
} from '../../../engine';
import type { LossCurve } from '../../url/schema';
import type { LossSettings } from './lossModel';

type Fn = (x: number) => number;

/** One curve: its loss and gradient, and where each is not smooth or jumps. */
export interface CurveDef {
  id: LossCurve;
  value: Fn;
  grad: Fn;
  /** Points where the loss is continuous but not differentiable (sampled exactly). */
  kinks: number[];
  /** Points where the loss jumps (the line breaks there). */
  valueJumps: number[];
  /** Points where the gradient jumps. */
  gradJumps: number[];
}

/** The curves for the current parameters; the misprint needs a finite σ, so not at β = 0. */
export function curveDefs({ beta, sigma, delta }: LossSettings): CurveDef[] {
  const breakAt = (b: number) => (b === 0 ? [0] : [-b, b]);
  const curves: CurveDef[] = [
    {
      id: 'sl1',
      value: (x) => smoothL1(x, beta),
      grad: (x) => smoothL1Grad(x, beta),
      kinks: breakAt(beta),
      valueJumps: [],
      gradJumps: beta === 0 ? [0] : [],
    },
    { id: 'l1', value: l1, grad: l1Grad, kinks: [0], valueJumps: [], gradJumps: [0] },
    { id: 'l2', value: halfSquare, grad: halfSquareGrad, kinks: [], valueJumps: [], gradJumps: [] },
    {
      id: 'huber',
      value: (x) => huber(x, delta),
      grad: (x) => huberGrad(x, delta),
      kinks: breakAt(delta),
      valueJumps: [],
      gradJumps: [],
    },
  ];
  if (Number.isFinite(sigma)) {
    // The misprint's branches meet at |x| = 1/σ² = β and disagree there unless σ = 1.
    const jumps = sigma === 1 ? [] : [-beta, beta];
    curves.push({
      id: 'misprint',
      value: (x) => misprintSmoothL1(x, sigma),
      grad: (x) => misprintSmoothL1Grad(x, sigma),
      kinks: sigma === 1 ? [-beta, beta] : [],
      valueJumps: jumps,
      gradJumps: jumps,
    });
  }
  return curves;
}

/** A sampled point; y is NaN at a break in the line. */
export type Point = readonly [x: number, y: number];

/**
 * Samples f over [x0, x1]: `count` even steps plus every kink exactly; at a jump the line
 * breaks (a NaN point) between the two one-sided limits.
 *
 * @example sampleCurve(Math.abs, [-1, 1], [], [0], 2) // [[-1, 1], [0, 0], [1, 1]]
 */
export function sampleCurve(
  f: Fn,
  [x0, x1]: readonly [number, number],
  jumps: readonly number[],
  kinks: readonly number[],
  count = 240,
): Point[] {
  const xs = new Set<number>();
  for (let i = 0; i <= count; i++) xs.add(x0 + ((x1 - x0) * i) / count);
  for (const k of kinks) if (k > x0 && k < x1) xs.add(k);
  const inside = jumps.filter((j) => j > x0 && j < x1);
  // Half a pixel-ish: far below what the eye can see, far above floating-point noise.
  const epsilon = (x1 - x0) * 1e-7;
  for (const j of inside) {
    xs.add(j - epsilon);
    xs.add(j + epsilon);
  }
  const points: Point[] = [];
  const sorted = [...xs].sort((a, b) => a - b);
  let nextJump = 0;
  const jumpsSorted = inside.slice().sort((a, b) => a - b);
  for (const x of sorted) {
    while (nextJump < jumpsSorted.length && x > jumpsSorted[nextJump]) {
      points.push([jumpsSorted[nextJump], Number.NaN]);
      nextJump++;
    }
    if (inside.some((j) => Math.abs(x - j) < epsilon / 2)) continue;
    points.push([x, f(x)]);
  }
  return points;
}

/** A jump drawn with its exact value (filled) and its one-sided limits (open). */
export interface JumpMark {
  x: number;
  /** The value the function takes exactly at x (PyTorch's choice for the gradient at 0). */
  at: number;
  left: number;
  right: number;
}

/** The marks for a curve's jumps inside [x0, x1]. */
export function jumpMarks(
  f: Fn,
  jumps: readonly number[],
  [x0, x1]: readonly [number, number],
): JumpMark[] {
  const epsilon = (x1 - x0) * 1e-7;
  return jumps
    .filter((j) => j > x0 && j < x1)
    .map((x) => ({ x, at: f(x), left: f(x - epsilon), right: f(x + epsilon) }));
}

/**
 * The x range shown. Whole: at least ±3, wide enough for both breakpoints and the probe.
 * Zoomed: ±2β around the breakpoints (±0.5 for β = 0, whose only breakpoint is 0).
 *
 * @example viewDomain({ beta: 1 / 9, delta: 1 }, 0.5, true) // [−2/9, 2/9]
 */
export function viewDomain(
  { beta, delta }: Pick<LossSettings, 'beta' | 'delta'>,
  x: number,
  zoom: boolean,
): [number, number] {
  if (zoom) {
    const half = beta > 0 ? 2 * beta : 0.5;
    return [-half, half];
  }
  const half = Math.ceil(Math.max(3, 1.5 * beta, 1.5 * delta, Math.abs(x)));
  return [-half, half];
}

/**
 * A y range holding every finite value given, padded by 6% and rounded outwards to ticks.
 * The loss plot includes 0 (losses are ≥ 0); a flat set of values still gets some height.
 */
export function valueDomain(values: readonly number[], includeZero: boolean): [number, number] {
  const finite = values.filter(Number.isFinite);
  let lo = Math.min(...finite, includeZero ? 0 : Infinity);
  let hi = Math.max(...finite, includeZero ? 0 : -Infinity);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (hi - lo < 1e-12) {
    if (!includeZero) lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.06;
  const domain = scaleLinear()
    .domain([includeZero && lo >= 0 ? 0 : lo - pad, hi + pad])
    .nice()
    .domain();
  return [domain[0], domain[1]];
}

/**
 * The probe's arrow-key step: the spacing of about 100 round ticks across the range shown.
 *
 * @example probeStep([-3, 3]) // 0.05
 */
export function probeStep([x0, x1]: readonly [number, number]): number {
  const ticks = scaleLinear().domain([x0, x1]).ticks(100);
  return ticks.length > 1 ? Number((ticks[1] - ticks[0]).toPrecision(12)) : (x1 - x0) / 100;
}

/** Rounds x to a multiple of the step (drags land on short, readable numbers). */
export function snapToStep(x: number, step: number): number {
  return Number((Math.round(x / step) * step).toPrecision(12)) + 0;
}

/** A text label to place on a row: its preferred centre and its width, in pixels. */
export interface RowLabel {
  text: string;
  centre: number;
  width: number;
}

/** A placed label: where its centre ended up; labels that did not fit are left out. */
export interface PlacedLabel {
  text: string;
  centre: number;
}

/**
 * Places the branch labels on one row: the first (the middle branch) where it wants to be, the
 * others pushed outwards until they clear it and dropped if they then leave [lo, hi].
 *
 * @example placeRowLabels([{ text: 'mid', centre: 50, width: 20 }, { text: 'right', centre: 55, width: 20 }], [0, 100])
 * // [{ text: 'mid', centre: 50 }, { text: 'right', centre: 76 }]
 */
export function placeRowLabels(
  [first, ...others]: readonly RowLabel[],
  [lo, hi]: readonly [number, number],
  gap = 6,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [{ text: first.text, centre: first.centre }];
  const firstLeft = first.centre - first.width / 2;
  const firstRight = first.centre + first.width / 2;
  for (const label of others) {
    const half = label.width / 2;
    const centre =
      label.centre >= first.centre
        ? Math.max(label.centre, firstRight + gap + half)
        : Math.min(label.centre, firstLeft - gap - half);
    if (centre - half >= lo && centre + half <= hi) placed.push({ text: label.text, centre });
  }
  return placed;
}

/** A breakpoint's label: its text, where it is anchored (pixels) and which way it runs. */
export interface BreakpointLabel {
  text: string;
  x: number;
  anchor: 'start' | 'end';
}

/**
 * Labels for the breakpoint lines at pixels `minus` (−β) and `plus` (+β): each outside its own
 * line ("−β" to the left of −β, "β = …" to the right of +β), so the two never meet however
 * close the lines are; a label the probe line would cross moves past the probe when it fits
 * there. Lines outside [lo, hi] get no label.
 *
 * @example placeBreakpointLabels({ minus: 100, plus: 110, probe: 300, betaText: 'β = 0.1111', charWidth: 7, range: [0, 400] })
 * // [{ text: '−β', x: 96, anchor: 'end' }, { text: 'β = 0.1111', x: 114, anchor: 'start' }]
 */
export function placeBreakpointLabels({
  minus,
  plus,
  probe,
  betaText,
  charWidth,
  range: [lo, hi],
  gap = 4,
}: {
  minus: number;
  plus: number;
  /** The probe line, or null when it is not drawn. */
  probe: number | null;
  betaText: string;
  charWidth: number;
  range: readonly [number, number];
  gap?: number;
}): BreakpointLabel[] {
  const labels: BreakpointLabel[] = [];
  const crosses = (from: number, to: number) =>
    probe !== null && probe >= from - 2 && probe <= to + 2;
  if (minus >= lo && minus <= hi) {
    const width = 2 * charWidth;
    let x = minus - gap;
    if (crosses(x - width, x) && probe !== null && probe - gap - width >= lo) x = probe - gap;
    labels.push({ text: '−β', x, anchor: 'end' });
  }
  if (plus >= lo && plus <= hi) {
    const width = betaText.length * charWidth;
    let x = plus + gap;
    if (crosses(x, x + width) && probe !== null && probe + gap + width <= hi) x = probe + gap;
    labels.push({ text: betaText, x, anchor: 'start' });
  }
  return labels;
}

/**
 * The range of a close-up of the breakpoints, drawn beside the whole range when the quadratic
 * zone |x| < β would be a sliver of it (under a tenth), or null when it is wide enough or
 * there is none (β = 0).
 *
 * @example closeUpDomain(1 / 9, [-3, 3]) // [−2/9, 2/9]: 2β is 4% of the range
 */
export function closeUpDomain(
  beta: number,
  [lo, hi]: readonly [number, number],
): [number, number] | null {
  if (beta <= 0 || 2 * beta >= (hi - lo) / 10) return null;
  return [-2 * beta, 2 * beta];
}

/**
 * The curves that coincide with Smooth L1 over the range shown (Huber at δ = 1 with β = 1:
 * Huber_δ = δ · SmoothL1_β=δ), found by comparing values at 97 points and every breakpoint.
 * They are drawn on top of Smooth L1, dashed, so both stay visible.
 */
export function curvesOnSmoothL1(
  settings: LossSettings,
  [lo, hi]: readonly [number, number],
): LossCurve[] {
  const defs = curveDefs(settings);
  const sl1 = defs.find((c) => c.id === 'sl1');
  if (!sl1) return [];
  const xs = [
    ...Array.from({ length: 97 }, (_, k) => lo + ((hi - lo) * k) / 96),
    ...defs.flatMap((c) => c.kinks),
  ];
  const same = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a));
  return defs
    .filter((c) => c.id !== 'sl1' && xs.every((x) => same(c.value(x), sl1.value(x))))
    .map((c) => c.id);
}

/**
 * How many ticks to ask of an axis so that no two of its labels touch (at most `most`, at
 * least 2): a narrow close-up gets fewer, longer steps instead of overlapping numbers.
 *
 * @example fittingTickCount(scaleLinear([-0.2222, 0.2222], [0, 260]), String, (s) => 7.3 * s.length) // 4
 */
export function fittingTickCount(
  scale: ScaleLinear<number, number>,
  label: (value: number) => string,
  width: (text: string) => number,
  most = 7,
  gap = 10,
): number {
  for (let count = most; count > 2; count--) {
    const ticks = scale.ticks(count);
    const room = ticks.length > 1 ? Math.abs(scale(ticks[1]) - scale(ticks[0])) : Infinity;
    if (ticks.every((tick) => width(label(tick)) + gap <= room)) return count;
  }
  return 2;
}
