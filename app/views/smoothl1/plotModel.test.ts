import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { formatLabel } from './format';
import { lossSettings } from './lossModel';
import {
  closeUpDomain,
  curveDefs,
  curvesOnSmoothL1,
  fittingTickCount,
  jumpMarks,
  placeBreakpointLabels,
  placeRowLabels,
  probeStep,
  sampleCurve,
  snapToStep,
  valueDomain,
  viewDomain,
} from './plotModel';

const settings = (beta: number, sigma: number | null = null, delta = 1) =>
  lossSettings({ beta, sigma, delta });

describe('sampleCurve', () => {
  it('samples kinks exactly', () => {
    expect(sampleCurve(Math.abs, [-1, 1], [], [0, 0.3], 2)).toEqual([
      [-1, 1],
      [0, 0],
      [0.3, 0.3],
      [1, 1],
    ]);
  });

  it('breaks the line at a jump, between the one-sided limits', () => {
    const step = (x: number) => (x < 0.5 ? 0 : 1);
    const points = sampleCurve(step, [0, 1], [0.5], [], 2);
    const gap = points.findIndex(([, y]) => Number.isNaN(y));
    expect(points[gap][0]).toBe(0.5);
    expect(points[gap - 1][1]).toBe(0);
    expect(points[gap + 1][1]).toBe(1);
    expect(points.filter(([x]) => x === 0.5)).toHaveLength(1); // only the break itself
  });
});

describe('curveDefs', () => {
  it('β = 0: no misprint (σ is infinite), and the Smooth L1 gradient jumps at 0', () => {
    const curves = curveDefs(settings(0));
    expect(curves.map((c) => c.id)).toEqual(['sl1', 'l1', 'l2', 'huber']);
    expect(curves[0].gradJumps).toEqual([0]);
  });

  it('σ = 3: the misprint jumps at ±1/9 and the jump is what the branches say', () => {
    const misprint = curveDefs(settings(1, 3)).find((c) => c.id === 'misprint');
    expect(misprint?.valueJumps).toEqual([-1 / 9, 1 / 9]);
    const [, right] = jumpMarks(misprint!.value, misprint!.valueJumps, [-1, 1]);
    expect(right.left).toBeCloseTo(0.5, 5); // ½(σ² · 1/σ²)²
    expect(right.right).toBeCloseTo(1 / 18, 5); // ½/σ²
    expect(right.at).toBeCloseTo(1 / 18, 12);
  });

  it('σ = 1: the misprint is continuous', () => {
    const misprint = curveDefs(settings(1, 1)).find((c) => c.id === 'misprint');
    expect(misprint?.valueJumps).toEqual([]);
  });

  it('PyTorch’s subgradient at 0 for β = 0 is the filled point of the jump', () => {
    const sl1 = curveDefs(settings(0))[0];
    const [mark] = jumpMarks(sl1.grad, sl1.gradJumps, [-3, 3]);
    expect(mark).toMatchObject({ x: 0, at: -1, left: -1, right: 1 });
  });
});

describe('viewDomain', () => {
  it.each([
    // [β, δ, x, zoom, domain]
    [1, 1, 0.5, false, [-3, 3]],
    [4, 1, 0.5, false, [-6, 6]],
    [1, 1, -7.2, false, [-8, 8]],
    [1 / 9, 1, 0.5, true, [-2 / 9, 2 / 9]],
    [0, 1, 0.5, true, [-0.5, 0.5]],
  ])('β = %d, δ = %d, x = %d, zoom %s', (beta, delta, x, zoom, domain) => {
    expect(viewDomain({ beta, delta }, x, zoom)).toEqual(domain);
  });
});

describe('valueDomain', () => {
  it.each([
    // [values, includeZero, domain]
    [[0.1, 4.5], true, [0, 5]],
    [[-1, 1, Number.NaN], false, [-1.2, 1.2]],
    [[2, 2], true, [0, 2.2]],
    [[0, 0], true, [0, 1.1]],
    [[3, 3], false, [1.8, 4.2]],
  ])('%o', (values, includeZero, domain) => {
    const [lo, hi] = valueDomain(values, includeZero);
    expect(lo).toBeCloseTo(domain[0], 12);
    expect(hi).toBeCloseTo(domain[1], 12);
  });
});

describe('probe step', () => {
  it.each([
    [[-3, 3], 0.05],
    [[-2 / 9, 2 / 9], 0.005],
    [[-8, 8], 0.2],
  ] as const)('%o → %d', (domain, step) => {
    expect(probeStep(domain)).toBe(step);
  });

  it.each([
    [0.5312, 0.05, 0.55],
    [-0.024, 0.05, 0],
    [0.1234, 0.005, 0.125],
  ])('snap %d to %d → %d', (x, step, snapped) => {
    expect(snapToStep(x, step)).toBe(snapped);
  });
});

describe('placeRowLabels', () => {
  const mid = { text: 'mid', centre: 50, width: 20 };
  it('keeps labels that already clear the middle one', () => {
    expect(placeRowLabels([mid, { text: 'r', centre: 80, width: 10 }], [0, 100])).toEqual([
      { text: 'mid', centre: 50 },
      { text: 'r', centre: 80 },
    ]);
  });

  it('pushes a crowding label outwards: 50 + 10 + 6 + 10 = 76', () => {
    expect(placeRowLabels([mid, { text: 'r', centre: 55, width: 20 }], [0, 100])[1]).toEqual({
      text: 'r',
      centre: 76,
    });
    expect(placeRowLabels([mid, { text: 'l', centre: 45, width: 20 }], [0, 100])[1]).toEqual({
      text: 'l',
      centre: 24,
    });
  });

  it('drops a label that no longer fits', () => {
    expect(placeRowLabels([mid, { text: 'r', centre: 55, width: 60 }], [0, 100])).toEqual([
      { text: 'mid', centre: 50 },
    ]);
  });
});

describe('placeBreakpointLabels', () => {
  const base = { betaText: 'β = 0.1111', charWidth: 7, range: [0, 400] as const };

  it('puts each label outside its own line, so close lines never make them meet', () => {
    // σ = 3 on ±3: the lines are 10 px apart
    expect(placeBreakpointLabels({ ...base, minus: 195, plus: 205, probe: null })).toEqual([
      { text: '−β', x: 191, anchor: 'end' },
      { text: 'β = 0.1111', x: 209, anchor: 'start' },
    ]);
  });

  it('moves a label the probe line would cross to the far side of the probe', () => {
    // "β = 0.1111" is 70 px wide from 209; the probe at 250 crosses it, so it starts at 254
    expect(placeBreakpointLabels({ ...base, minus: 195, plus: 205, probe: 250 })[1]).toEqual({
      text: 'β = 0.1111',
      x: 254,
      anchor: 'start',
    });
    // "−β" (14 px) ending at 191 is crossed by a probe at 185: it ends at 181 instead
    expect(placeBreakpointLabels({ ...base, minus: 195, plus: 205, probe: 185 })[0].x).toBe(181);
    // no room past the probe: the label stays by its line
    expect(placeBreakpointLabels({ ...base, minus: 195, plus: 300, probe: 340 })[1]).toMatchObject({
      x: 304,
    });
  });

  it('labels only the lines inside the plot', () => {
    expect(placeBreakpointLabels({ ...base, minus: -20, plus: 420, probe: null })).toEqual([]);
  });
});

describe('closeUpDomain', () => {
  it.each([
    // σ = 3: 2β = 0.22 is 4% of ±3, a sliver
    [1 / 9, [-3, 3], [-2 / 9, 2 / 9]],
    // β = 0.25: 0.5 is 8%
    [0.25, [-3, 3], [-0.5, 0.5]],
    // β = 0.3: 0.6 is a tenth, wide enough
    [0.3, [-3, 3], null],
    // β = 0 has no quadratic zone
    [0, [-3, 3], null],
  ] as const)('β = %d on %j → %j', (beta, domain, expected) => {
    expect(closeUpDomain(beta, domain)).toEqual(expected);
  });
});

describe('curvesOnSmoothL1', () => {
  it('Huber at δ = 1 is Smooth L1 at β = 1 (Huber_δ = δ · SmoothL1 with β = δ)', () => {
    // so is the misprint at σ = 1: ½(σ²x)² is ½x² when σ = 1
    expect(curvesOnSmoothL1(settings(1, null, 1), [-3, 3])).toEqual(['huber', 'misprint']);
  });

  it('and no other pair: δ = 2 with β = 2 differs by the factor δ', () => {
    expect(curvesOnSmoothL1(settings(2, null, 2), [-3, 3])).toEqual([]);
    expect(curvesOnSmoothL1(settings(1 / 9, 3, 1), [-3, 3])).toEqual([]);
  });
});

describe('fittingTickCount', () => {
  const width = (text: string) => 7.3 * text.length;
  const gaps = (scale: ScaleLinear<number, number>, count: number) => {
    const ticks = scale.ticks(count);
    return { ticks, room: scale(ticks[1]) - scale(ticks[0]) };
  };

  it('keeps 7 ticks where the labels have room', () => {
    expect(fittingTickCount(scaleLinear([-3, 3], [0, 700]), formatLabel, width)).toBe(7);
  });

  it('asks for fewer on a phone’s close-up, and then no two labels touch', () => {
    const scale = scaleLinear([-2 / 9, 2 / 9], [56, 300]);
    // Seven asked for: steps of 0.05, labels like "−0.15" wider than the 27 px between them.
    expect(gaps(scale, 7).room).toBeLessThan(width('−0.15'));
    const count = fittingTickCount(scale, formatLabel, width);
    expect(count).toBeLessThan(7);
    const { ticks, room } = gaps(scale, count);
    for (const tick of ticks) expect(width(formatLabel(tick)) + 10).toBeLessThanOrEqual(room);
  });

  it('never asks for fewer than 2', () => {
    expect(fittingTickCount(scaleLinear([-3, 3], [0, 20]), formatLabel, width)).toBe(2);
  });
});
