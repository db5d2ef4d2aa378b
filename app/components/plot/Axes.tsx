import type { ScaleLinear } from 'd3-scale';

interface Props {
  /** The axis's scale; ticks come from `scale.ticks(count)`. */
  scale: ScaleLinear<number, number>;
  /** Pixel position of the axis line: y for a bottom axis, x for a left axis. */
  at: number;
  /** Where the grid lines end, across the plot (the other side's pixel position). */
  gridTo: number;
  /** Roughly how many ticks. */
  count?: number;
  /** Tick label text. */
  format: (value: number) => string;
  /** Axis title. */
  label: string;
}

/** A bottom axis with light grid lines; decorative for screen readers (values are in text). */
export function AxisBottom({ scale, at, gridTo, count = 7, format, label }: Props) {
  const [x0, x1] = scale.range();
  return (
    <g className="axis" aria-hidden="true">
      {scale.ticks(count).map((tick) => (
        <g key={tick} transform={`translate(${scale(tick)},0)`}>
          <line className="grid-line" y1={gridTo} y2={at} />
          <line className="tick" y1={at} y2={at + 5} />
          <text y={at + 17} textAnchor="middle">
            {format(tick)}
          </text>
        </g>
      ))}
      <line className="axis-line" x1={x0} x2={x1} y1={at} y2={at} />
      <text className="axis-label" x={x1} y={at + 32} textAnchor="end">
        {label}
      </text>
    </g>
  );
}

/** A left axis with light grid lines. */
export function AxisLeft({ scale, at, gridTo, count = 5, format, label }: Props) {
  const [y0, y1] = scale.range();
  return (
    <g className="axis" aria-hidden="true">
      {scale.ticks(count).map((tick) => (
        <g key={tick} transform={`translate(0,${scale(tick)})`}>
          <line className="grid-line" x1={at} x2={gridTo} />
          <line className="tick" x1={at - 5} x2={at} />
          <text x={at - 8} dy="0.32em" textAnchor="end">
            {format(tick)}
          </text>
        </g>
      ))}
      <line className="axis-line" x1={at} x2={at} y1={y0} y2={y1} />
      <text className="axis-label" x={Math.max(2, at - 44)} y={Math.min(y0, y1) - 28}>
        {label}
      </text>
    </g>
  );
}
