import type { ScaleLinear } from 'd3-scale';
import type { MisprintJump } from '../../../engine';
import { formatLabel } from './format';
import type { LossSettings } from './lossModel';

type Props = {
  xScale: ScaleLinear<number, number>;
  yScale: ScaleLinear<number, number>;
  settings: LossSettings;
  /** The misprint's jump, when that curve is shown. */
  misprint: MisprintJump | null;
};

/**
 * The breakpoints |x| = β as dashed lines, each branch's formula above its region, and the
 * misprint's jump labelled with its size.
 */
export function BreakpointMarks({ xScale, yScale, settings, misprint }: Props) {
  const { beta, form } = settings;
  const [lo, hi] = xScale.domain();
  const [bottom, top] = yScale.range();
  const inside = (x: number) => x > lo && x < hi;
  const labelY = top - 8;
  const inner = form === 'sigma' ? '½(σx)²' : '½x²/β';
  const outer = form === 'sigma' ? '|x| − ½/σ²' : '|x| − ½β';
  const outerCentre = (beta + hi) / 2;

  return (
    <g className="breakpoints" aria-hidden="true">
      {beta > 0 &&
        [-beta, beta].filter(inside).map((b) => (
          <g key={b}>
            <line className="breakpoint-line" x1={xScale(b)} x2={xScale(b)} y1={top} y2={bottom} />
            <text className="breakpoint-label" x={xScale(b) + 4} y={bottom - 6}>
              {b > 0 ? `β = ${formatLabel(beta)}` : '−β'}
            </text>
          </g>
        ))}
      {beta === 0 ? (
        <text className="branch-label" x={xScale(0)} y={labelY} textAnchor="middle">
          β = 0: |x| everywhere (plain L1)
        </text>
      ) : (
        <>
          <text className="branch-label" x={xScale(0)} y={labelY} textAnchor="middle">
            {inner}
          </text>
          {beta < hi &&
            [-outerCentre, outerCentre].map((cx) => (
              <text key={cx} className="branch-label" x={xScale(cx)} y={labelY} textAnchor="middle">
                {outer}
              </text>
            ))}
        </>
      )}
      {misprint && misprint.size !== 0 && inside(misprint.at) && (
        <text
          className="misprint-label"
          x={xScale(misprint.at) + 8}
          y={yScale(Math.max(misprint.inner, misprint.outer))}
          dy="0.32em"
        >
          misprint jumps by {formatLabel(misprint.size)}
        </text>
      )}
    </g>
  );
}
