import type { ScaleLinear } from 'd3-scale';
import type { MisprintJump } from '../../../engine';
import { t } from '../../i18n/i18n';
import { formatLabel } from './format';
import type { LossSettings } from './lossModel';
import { placeBreakpointLabels, placeRowLabels } from './plotModel';
import { labelWidth, MONO_CHAR_WIDTH } from './usePlots';

type Props = {
  xScale: ScaleLinear<number, number>;
  yScale: ScaleLinear<number, number>;
  settings: LossSettings;
  /** The misprint's jump, when that curve is shown. */
  misprint: MisprintJump | null;
  /** The probe's x, when its line is drawn (labels keep clear of it). */
  probeX: number | null;
};

/**
 * The breakpoints |x| = β as dashed lines, each branch's formula above its region, and the
 * misprint's jump labelled with its size.
 */
export function BreakpointMarks({ xScale, yScale, settings, misprint, probeX }: Props) {
  const { beta, form } = settings;
  const [lo, hi] = xScale.domain();
  const [bottom, top] = yScale.range();
  const inside = (x: number) => x > lo && x < hi;
  const labelY = top - 8;
  const [left, right] = xScale.range();
  const label = (text: string, x: number) => ({
    text,
    centre: xScale(x),
    width: labelWidth(text),
  });
  const inner = form === 'sigma' ? '½(σx)²' : '½x²/β';
  const outer = form === 'sigma' ? '|x| − ½/σ²' : '|x| − ½β';
  const outerCentre = (beta + hi) / 2;
  const branchLabels =
    beta === 0
      ? [label(t('smoothl1.plot.plainL1'), 0)]
      : [
          label(inner, 0),
          ...(beta < hi ? [label(outer, outerCentre), label(outer, -outerCentre)] : []),
        ];
  // Beside the jump on whichever side has room; on a narrow chart, as close as fits.
  const misprintText = misprint
    ? t('smoothl1.plot.misprintJump', { size: formatLabel(misprint.size) })
    : '';
  const misprintWidth = labelWidth(misprintText);
  const jumpX = misprint ? xScale(misprint.at) : 0;
  const misprintStart =
    jumpX + 8 + misprintWidth <= right
      ? jumpX + 8
      : jumpX - 8 - misprintWidth >= left
        ? jumpX - 8 - misprintWidth
        : Math.max(left + 4, right - misprintWidth);

  // In the top band, where the curves (lowest around the breakpoints) leave room.
  const breakpointLabels =
    beta > 0
      ? placeBreakpointLabels({
          minus: xScale(-beta),
          plus: xScale(beta),
          probe: probeX === null ? null : xScale(probeX),
          betaText: `β = ${formatLabel(beta)}`,
          charWidth: MONO_CHAR_WIDTH,
          range: [left, right],
        })
      : [];

  return (
    <g className="breakpoints" aria-hidden="true">
      {beta > 0 &&
        [-beta, beta]
          .filter(inside)
          .map((b) => (
            <line
              key={b}
              className="breakpoint-line"
              x1={xScale(b)}
              x2={xScale(b)}
              y1={top}
              y2={bottom}
            />
          ))}
      {breakpointLabels.map(({ text, x, anchor }) => (
        <text key={text} className="breakpoint-label" x={x} y={top + 32} textAnchor={anchor}>
          {text}
        </text>
      ))}
      {placeRowLabels(branchLabels, [left, right]).map(({ text, centre }) => (
        <text
          key={`${text}-${centre}`}
          className="branch-label"
          x={centre}
          y={labelY}
          textAnchor="middle"
        >
          {text}
        </text>
      ))}
      {misprint && misprint.size !== 0 && inside(misprint.at) && (
        <text
          className="misprint-label"
          x={misprintStart}
          y={yScale(Math.max(misprint.inner, misprint.outer)) - 10}
        >
          {misprintText}
        </text>
      )}
    </g>
  );
}
