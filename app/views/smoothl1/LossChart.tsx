import { useId, useRef, type PointerEvent, type ReactNode } from 'react';
import { AxisBottom, AxisLeft } from '../../components/plot/Axes';
import { t } from '../../i18n/i18n';
import { CURVE_STYLES } from './curveStyles';
import { fittingTickCount } from './plotModel';
import { formatLabel } from './format';
import { labelWidth, MARGIN, type ChartModel } from './usePlots';

type Props = {
  /** Scales and paths to draw. */
  model: ChartModel;
  /** Accessible name of the chart. */
  title: string;
  /** Title of the value axis. */
  yLabel: string;
  /** The probe position. */
  probeX: number;
  /** Whether the probe lies inside the range shown. */
  probeInView: boolean;
  /** Crosshair: a horizontal line at this value, with a readout text beside the probe. */
  crosshair?: { y: number; text: string };
  /** Called with the x under the pointer while it is pressed on the chart. */
  onPointerX: (x: number) => void;
  /** Marks drawn over the curves (breakpoints, the probe handle). */
  children?: ReactNode;
  /** `data-testid` (default `${kind}-chart`). */
  testId?: string;
};

/**
 * One chart of the lab (loss or gradient): axes, the curves shown, their jumps (filled dot:
 * the value taken there; open: the one-sided limit) and the probe. Pressing and dragging
 * anywhere on it moves the probe (pointer capture keeps the drag when the pointer leaves).
 */
export function LossChart({
  model,
  title,
  yLabel,
  probeX,
  probeInView,
  crosshair,
  onPointerX,
  children,
  testId,
}: Props) {
  const { width, height, xScale, yScale } = model;
  const clipId = `clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const svgRef = useRef<SVGSVGElement>(null);
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom;
  const [left, right] = xScale.range();
  const [y0, y1] = yScale.domain();
  const inY = (v: number) => Number.isFinite(v) && v >= y0 && v <= y1;

  const xAt = (event: PointerEvent<SVGSVGElement>) => {
    const box = svgRef.current?.getBoundingClientRect();
    if (!box) return;
    const px = Math.min(right, Math.max(left, event.clientX - box.left));
    onPointerX(xScale.invert(px));
  };
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    xAt(event);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) xAt(event);
  };

  const px = xScale(probeX);
  // The readout sits on the roomier side of the probe line, kept inside the plot.
  const readoutWidth = labelWidth(crosshair?.text ?? '');
  const readoutLeft = px > (left + right) / 2;
  const readoutX = readoutLeft
    ? Math.max(px - 8, left + readoutWidth + 4)
    : Math.min(px + 8, right - readoutWidth - 4);
  return (
    <svg
      ref={svgRef}
      className="loss-chart"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={title}
      data-testid={testId ?? `${model.kind}-chart`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
    >
      <defs>
        <clipPath id={clipId}>
          <rect x={left} y={top} width={right - left} height={bottom - top} />
        </clipPath>
      </defs>
      <AxisLeft scale={yScale} at={left} gridTo={right} format={formatLabel} label={yLabel} />
      <AxisBottom
        scale={xScale}
        count={fittingTickCount(xScale, formatLabel, labelWidth)}
        at={bottom}
        gridTo={top}
        format={formatLabel}
        label={t('smoothl1.plot.xAxis')}
      />
      {inY(0) && <line className="zero-line" x1={left} x2={right} y1={yScale(0)} y2={yScale(0)} />}
      <g clipPath={`url(#${clipId})`}>
        {model.curves.map(({ id, d }) => {
          const style = CURVE_STYLES[id];
          return (
            <path
              key={id}
              d={d}
              fill="none"
              stroke={style.color}
              strokeWidth={style.width}
              strokeDasharray={style.dash}
              data-testid={`${testId ?? model.kind}-curve-${id}`}
            />
          );
        })}
      </g>
      {model.jumps.flatMap(({ id, marks }) =>
        marks.map((mark) => (
          <g key={`${id}-${mark.x}`} className="jump-mark" stroke={CURVE_STYLES[id].color}>
            <line
              x1={xScale(mark.x)}
              x2={xScale(mark.x)}
              y1={yScale(mark.left)}
              y2={yScale(mark.right)}
              strokeDasharray="1 3"
            />
            {[mark.left, mark.right]
              .filter((limit) => limit !== mark.at)
              .map((limit) => (
                <circle
                  key={limit}
                  cx={xScale(mark.x)}
                  cy={yScale(limit)}
                  r={4}
                  fill="#fff"
                  strokeWidth={2}
                />
              ))}
            <circle cx={xScale(mark.x)} cy={yScale(mark.at)} r={4} fill={CURVE_STYLES[id].color} />
          </g>
        )),
      )}
      {children}
      {probeInView && (
        <g className="probe" aria-hidden="true">
          <line className="probe-line" x1={px} x2={px} y1={top} y2={bottom} />
          {crosshair && inY(crosshair.y) && (
            <line
              className="probe-line"
              x1={left}
              x2={right}
              y1={yScale(crosshair.y)}
              y2={yScale(crosshair.y)}
            />
          )}
          {model.atProbe
            .filter(({ y }) => inY(y))
            .map(({ id, y }) => (
              <circle
                key={id}
                cx={px}
                cy={yScale(y)}
                r={4.5}
                fill={CURVE_STYLES[id].color}
                stroke="#fff"
                strokeWidth={1.5}
              />
            ))}
          {crosshair && (
            <text
              className="probe-readout"
              x={readoutX}
              y={top + 14}
              textAnchor={readoutLeft ? 'end' : 'start'}
            >
              {crosshair.text}
            </text>
          )}
        </g>
      )}
    </svg>
  );
}
