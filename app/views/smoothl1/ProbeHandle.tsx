import type { KeyboardEvent } from 'react';
import type { ScaleLinear } from 'd3-scale';
import { SMOOTH_L1_LIMITS } from '../../../engine';
import { snapToStep } from './plotModel';
import { t } from '../../i18n/i18n';

type Props = {
  /** The probe's x. */
  x: number;
  /** The chart's x scale (its domain is the range shown). */
  xScale: ScaleLinear<number, number>;
  /** Pixel row of the x axis, where the handle sits. */
  axisY: number;
  /** Arrow-key step (Shift or Page keys: ten steps). */
  step: number;
  /** Whether the range shown is the zoomed one (the probe then stays inside it). */
  zoomed: boolean;
  /** What a screen reader says for the value, e.g. "x = 0.5, Smooth L1 = 0.125". */
  valueText: string;
  onChange: (x: number) => void;
};

/**
 * The probe's handle on the loss chart's x axis: a slider for the keyboard (arrows move by a
 * step, Shift or PageUp/PageDown by ten, Home/End to the ends of the range shown). Dragging is
 * handled by the chart, so a press anywhere on the chart also moves it.
 */
export function ProbeHandle({ x, xScale, axisY, step, zoomed, valueText, onChange }: Props) {
  const [lo, hi] = xScale.domain();
  const [left, right] = xScale.range();
  const min = zoomed ? lo : SMOOTH_L1_LIMITS.x.min;
  const max = zoomed ? hi : SMOOTH_L1_LIMITS.x.max;
  const px = Math.min(right, Math.max(left, xScale(x)));

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const big = event.shiftKey ? 10 : 1;
    const moves: Record<string, number> = {
      ArrowRight: x + step * big,
      ArrowUp: x + step * big,
      ArrowLeft: x - step * big,
      ArrowDown: x - step * big,
      PageUp: x + step * 10,
      PageDown: x - step * 10,
      Home: lo,
      End: hi,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    onChange(Math.min(max, Math.max(min, snapToStep(moves[event.key], step))));
  };

  return (
    <g
      className="probe-handle"
      role="slider"
      tabIndex={0}
      aria-label={t('smoothl1.probe.handle')}
      aria-valuemin={lo}
      aria-valuemax={hi}
      aria-valuenow={x}
      aria-valuetext={valueText}
      aria-orientation="horizontal"
      data-testid="probe-handle"
      onKeyDown={onKeyDown}
      transform={`translate(${px},${axisY})`}
    >
      <circle className="probe-hit" r={18} />
      <circle className="probe-ring" r={12} />
      <circle className="probe-knob" r={8} />
      <line className="probe-grip" y1={-4} y2={4} />
    </g>
  );
}
