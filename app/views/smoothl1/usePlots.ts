import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo } from 'react';
import type { LossCurve } from '../../url/schema';
import { columns } from './columns';
import type { LossSettings } from './lossModel';
import {
  curveDefs,
  curvesOnSmoothL1,
  jumpMarks,
  sampleCurve,
  valueDomain,
  type JumpMark,
  type Point,
} from './plotModel';

/** Space around the plotting area for axes and labels, in pixels. */
export const MARGIN = { top: 44, right: 18, bottom: 46, left: 56 } as const;

/** Width of one character of the charts' 12 px monospace labels, for placing them. */
export const MONO_CHAR_WIDTH = 7.3;

/**
 * The width of a chart label, for placing it: monospace characters, full-width (Chinese) ones
 * twice as wide.
 *
 * @example labelWidth('β = 1') // 36.5
 */
export function labelWidth(text: string): number {
  return columns(text) * MONO_CHAR_WIDTH;
}

export type ChartKind = 'loss' | 'grad';

export interface ChartModel {
  kind: ChartKind;
  width: number;
  height: number;
  xScale: ScaleLinear<number, number>;
  yScale: ScaleLinear<number, number>;
  curves: { id: LossCurve; d: string }[];
  jumps: { id: LossCurve; marks: JumpMark[] }[];
  /** Each shown curve's value at the probe. */
  atProbe: { id: LossCurve; y: number }[];
}

export interface PlotsModel {
  /** The probe lies inside the range shown. */
  probeInView: boolean;
  loss: ChartModel;
  grad: ChartModel;
}

const HEIGHTS: Record<ChartKind, number> = { loss: 300, grad: 210 };

/** Scales and SVG paths of the loss and gradient charts over `domain`; d3 computes, React draws. */
export function usePlots(
  settings: LossSettings,
  x: number,
  show: readonly LossCurve[],
  domain: readonly [number, number],
  width: number,
): PlotsModel {
  return useMemo(() => {
    const xScale = scaleLinear()
      .domain(domain)
      .range([MARGIN.left, width - MARGIN.right]);
    // Smooth L1 on top of the curves it is compared with, except those that coincide with it
    // (drawn dashed over it, so both are seen).
    const onTop = curvesOnSmoothL1(settings, domain);
    const layer = (id: LossCurve) => (onTop.includes(id) ? 2 : id === 'sl1' ? 1 : 0);
    const shown = curveDefs(settings)
      .filter((c) => show.includes(c.id))
      .sort((a, b) => layer(a.id) - layer(b.id));
    const probeInView = x >= domain[0] && x <= domain[1];

    const chart = (kind: ChartKind): ChartModel => {
      const height = HEIGHTS[kind];
      const fn = (c: (typeof shown)[number]) => (kind === 'loss' ? c.value : c.grad);
      const series = shown.map((c) => ({
        id: c.id,
        points: sampleCurve(
          fn(c),
          domain,
          kind === 'loss' ? c.valueJumps : c.gradJumps,
          kind === 'loss' ? c.kinks : [],
        ),
        marks: jumpMarks(fn(c), kind === 'loss' ? c.valueJumps : c.gradJumps, domain),
      }));
      const values = series.flatMap((s) => [
        ...s.points.map(([, y]) => y),
        ...s.marks.flatMap((m) => [m.at, m.left, m.right]),
      ]);
      const yScale = scaleLinear()
        .domain(valueDomain(values, kind === 'loss'))
        .range([height - MARGIN.bottom, MARGIN.top]);
      const path = line<Point>()
        .defined(([, y]) => Number.isFinite(y))
        .x(([px]) => xScale(px))
        .y(([, py]) => yScale(py));
      return {
        kind,
        width,
        height,
        xScale,
        yScale,
        curves: series.map((s) => ({ id: s.id, d: path(s.points) ?? '' })),
        jumps: series.filter((s) => s.marks.length).map((s) => ({ id: s.id, marks: s.marks })),
        atProbe: shown.map((c) => ({ id: c.id, y: fn(c)(x) })),
      };
    };

    return {
      probeInView,
      loss: chart('loss'),
      grad: chart('grad'),
    };
  }, [settings, x, show, domain, width]);
}
