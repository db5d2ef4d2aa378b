import { useId, type ReactNode, type RefObject } from 'react';
import { misprintJump } from '../../../engine';
import { useElementWidth } from '../../components/useElementWidth';
import { t } from '../../i18n/i18n';
import type { LossCurve } from '../../url/schema';
import { BreakpointMarks } from './BreakpointMarks';
import { CurveLegend } from './CurveLegend';
import { formatLabel, formatReadout } from './format';
import { LossChart } from './LossChart';
import type { LossSettings, ProbeReadout, SmoothL1Change } from './lossModel';
import { closeUpDomain, curvesOnSmoothL1, probeStep, snapToStep } from './plotModel';
import { SubgradientLabel } from './SubgradientLabel';
import { ProbeHandle } from './ProbeHandle';
import { MARGIN, usePlots, type PlotsModel } from './usePlots';

type Props = {
  settings: LossSettings;
  readout: ProbeReadout;
  show: readonly LossCurve[];
  zoom: boolean;
  /** The x range shown. */
  domain: readonly [number, number];
  /** The probe's arrow-key step. */
  step: number;
  /** Changes some of the lab's parameters (the probe, the curves, the zoom). */
  onChange: SmoothL1Change;
  /** The element around the charts (measured for their width; copied for export). */
  chartsRef: RefObject<HTMLDivElement | null>;
};

/** Loss and gradient charts sharing one x axis and one probe, with the legend and zoom. */
export function PlotPanel({
  settings,
  readout,
  show,
  zoom,
  domain,
  step,
  onChange,
  chartsRef,
}: Props) {
  const id = useId();
  const width = useElementWidth(chartsRef, { min: 200 });
  const plots = usePlots(settings, readout.x, show, domain, width);
  // A small β leaves the quadratic zone a sliver of the whole range: draw a close-up too.
  const closeUp = zoom ? null : closeUpDomain(settings.beta, domain);
  const closeDomain = closeUp ?? domain;
  const close = usePlots(settings, readout.x, show, closeDomain, width);
  const misprint =
    show.includes('misprint') && Number.isFinite(settings.sigma)
      ? misprintJump(settings.sigma)
      : null;
  const moveProbe = (x: number) => onChange({ x: snapToStep(x, step) });
  const valueText = t('smoothl1.probe.valueText', {
    x: formatLabel(readout.x),
    loss: formatReadout(readout.loss),
    grad: formatReadout(readout.grad),
  });
  const [lo, hi] = domain;
  // The loss over a range, its breakpoints, and marks of its own (the probe's handle).
  const lossChart = (
    model: PlotsModel,
    title: string,
    onPointerX: (x: number) => void,
    testId?: string,
    extra?: ReactNode,
  ) => (
    <LossChart
      model={model.loss}
      title={title}
      yLabel={t('smoothl1.plot.loss')}
      probeX={readout.x}
      probeInView={model.probeInView}
      crosshair={{
        y: readout.loss,
        text: `x = ${formatLabel(readout.x)}, SmoothL1 = ${formatLabel(readout.loss)}`,
      }}
      onPointerX={onPointerX}
      testId={testId}
    >
      <BreakpointMarks
        xScale={model.loss.xScale}
        yScale={model.loss.yScale}
        settings={settings}
        misprint={misprint}
        probeX={model.probeInView ? readout.x : null}
      />
      {extra}
    </LossChart>
  );

  return (
    <section className="panel stack plot-panel" aria-labelledby={`${id}-title`}>
      <div className="panel-head">
        <h2 id={`${id}-title`}>{t('smoothl1.plot.title')}</h2>
        <div className="zoom-controls">
          <button
            type="button"
            aria-pressed={zoom}
            onClick={() => onChange({ zoom: !zoom })}
            data-testid="zoom-toggle"
          >
            {t(zoom ? 'smoothl1.plot.whole' : 'smoothl1.plot.zoom')}
          </button>
        </div>
      </div>
      <CurveLegend
        settings={settings}
        show={show}
        onSmoothL1={curvesOnSmoothL1(settings, domain).filter((id) => show.includes(id))}
        onChange={(next) => onChange({ show: next })}
      />
      <p className="field-hint" data-testid="x-range">
        {t('smoothl1.plot.range', {
          lo: formatLabel(lo),
          hi: formatLabel(hi),
          x: formatLabel(readout.x),
          outside: plots.probeInView ? 'no' : 'yes',
        })}
      </p>
      <div ref={chartsRef} className="chart-wrap">
        {lossChart(
          plots,
          t('smoothl1.plot.lossCurves'),
          moveProbe,
          undefined,
          <ProbeHandle
            x={readout.x}
            xScale={plots.loss.xScale}
            axisY={plots.loss.height - MARGIN.bottom}
            step={step}
            zoomed={zoom}
            valueText={valueText}
            onChange={(x) => onChange({ x })}
          />,
        )}
        <LossChart
          model={plots.grad}
          title={t('smoothl1.plot.gradCurves')}
          yLabel={t('smoothl1.plot.gradient')}
          probeX={readout.x}
          probeInView={plots.probeInView}
          crosshair={{ y: readout.grad, text: `∂SmoothL1/∂x = ${formatLabel(readout.grad)}` }}
          onPointerX={moveProbe}
        >
          {settings.beta === 0 && show.includes('sl1') && (
            <SubgradientLabel
              xScale={plots.grad.xScale}
              yScale={plots.grad.yScale}
              value={readout.l1SubgradientAtZero}
            />
          )}
        </LossChart>
        {closeUp ? (
          <>
            <p className="field-hint closeup-caption" data-testid="closeup-caption">
              {t('smoothl1.plot.closeUp', {
                lo: formatLabel(closeUp[0]),
                hi: formatLabel(closeUp[1]),
              })}
            </p>
            {lossChart(
              close,
              t('smoothl1.plot.closeUpCurves'),
              (x) => onChange({ x: snapToStep(x, probeStep(closeUp)) }),
              'closeup-chart',
            )}
          </>
        ) : null}
      </div>
    </section>
  );
}
