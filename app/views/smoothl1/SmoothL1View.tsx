import { useMemo, useRef } from 'react';
import { misprintJump } from '../../../engine';
import { ViewLayout } from '../../components/ViewLayout';
import { useViewParams } from '../../store/useViewParams';
import { LOSS_CURVES } from '../../url/schema';
import { BoxExample } from './BoxExample';
import { ConversionsPanel } from './ConversionsPanel';
import { LossParamsPanel } from './LossParamsPanel';
import { lossSettings, probeReadout } from './lossModel';
import { PlotPanel } from './PlotPanel';
import { ProbePanel } from './ProbePanel';
import { probeStep, viewDomain } from './plotModel';
import './smoothl1.css';
import { t } from '../../i18n/i18n';

/** The Smooth L1 lab: σ, β and Huber's δ, and how Faster R-CNN weighs its box loss. */
export default function SmoothL1View() {
  const [params, set] = useViewParams('smoothl1');
  const { beta, sigma, delta, x, show, zoom } = params;
  const settings = useMemo(() => lossSettings({ beta, sigma, delta }), [beta, sigma, delta]);
  const readout = useMemo(() => probeReadout(x, settings), [x, settings]);
  const jump = Number.isFinite(settings.sigma) ? misprintJump(settings.sigma) : null;
  const domain = useMemo(() => viewDomain(settings, x, zoom), [settings, x, zoom]);
  const step = probeStep(domain);
  const charts = useRef<HTMLDivElement>(null);
  const onShowMisprint = (on: boolean) =>
    set({ show: LOSS_CURVES.filter((c) => (c === 'misprint' ? on : show.includes(c))) });

  return (
    <ViewLayout
      className="smoothl1-lab"
      title={t('smoothl1.title')}
      lede={t('smoothl1.lede')}
      controls={
        <>
          <LossParamsPanel settings={settings} rawBeta={beta} onChange={set} />
          <ProbePanel settings={settings} readout={readout} step={step} onChange={set} />
        </>
      }
      figure={
        <PlotPanel
          settings={settings}
          readout={readout}
          show={show}
          zoom={zoom}
          domain={domain}
          step={step}
          onChange={set}
          chartsRef={charts}
        />
      }
      exportable={{
        step: 0,
        steps: 1,
        gif: false,
        vector: async () => {
          const root = charts.current;
          if (!root) throw new Error(t('smoothl1.notDrawn'));
          const { plotPicture } = await import('./plotPicture');
          return plotPicture(root, settings, show);
        },
      }}
      panels={
        <ConversionsPanel
          settings={settings}
          readout={readout}
          jump={jump}
          showMisprint={show.includes('misprint')}
          onShowMisprint={onShowMisprint}
        />
      }
      footer={<BoxExample settings={settings} readout={readout} params={params} onChange={set} />}
    />
  );
}
