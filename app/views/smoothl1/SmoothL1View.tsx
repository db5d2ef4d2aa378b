import { useMemo } from 'react';
import { misprintJump } from '../../../engine';
import { useAppStore, type AppState } from '../../store/store';
import { LOSS_CURVES } from '../../url/schema';
import { BoxExample } from './BoxExample';
import { ConversionsPanel } from './ConversionsPanel';
import { LossParamsPanel } from './LossParamsPanel';
import { probeReadout } from './lossModel';
import { PlotPanel } from './PlotPanel';
import { ProbePanel } from './ProbePanel';
import { probeStep, viewDomain } from './plotModel';
import { setSmoothL1, useLossSettings } from './useLossSettings';
import './smoothl1.css';

const selectX = (s: AppState) => s.params.smoothl1.x;
const selectShow = (s: AppState) => s.params.smoothl1.show;
const selectZoom = (s: AppState) => s.params.smoothl1.zoom;
const selectRawBeta = (s: AppState) => s.params.smoothl1.beta;

/** The Smooth L1 lab: σ, β and Huber's δ, and how Faster R-CNN weighs its box loss. */
export default function SmoothL1View() {
  const settings = useLossSettings();
  const x = useAppStore(selectX);
  const show = useAppStore(selectShow);
  const zoom = useAppStore(selectZoom);
  const rawBeta = useAppStore(selectRawBeta);
  const readout = useMemo(() => probeReadout(x, settings), [x, settings]);
  const jump = Number.isFinite(settings.sigma) ? misprintJump(settings.sigma) : null;
  const domain = useMemo(() => viewDomain(settings, x, zoom), [settings, x, zoom]);
  const step = probeStep(domain);
  const onShowMisprint = (on: boolean) =>
    setSmoothL1({ show: LOSS_CURVES.filter((c) => (c === 'misprint' ? on : show.includes(c))) });

  return (
    <div className="smoothl1-lab">
      <h1 className="view-title">Smooth L1: σ, β and Huber</h1>
      <p className="view-lede">
        Detection code writes one loss three ways: caffe’s σ (Faster R-CNN), PyTorch’s β
        (torchvision, detectron2) and Huber’s δ. Move the probe, switch the form, and see how each
        detector weighs its box-regression loss.
      </p>
      <div className="view-layout figure-first smoothl1-layout">
        <div className="stack">
          <LossParamsPanel settings={settings} rawBeta={rawBeta} />
          <ProbePanel settings={settings} readout={readout} step={step} />
        </div>
        <div className="stack">
          <PlotPanel
            settings={settings}
            readout={readout}
            show={show}
            zoom={zoom}
            domain={domain}
            step={step}
          />
          <ConversionsPanel
            settings={settings}
            readout={readout}
            jump={jump}
            showMisprint={show.includes('misprint')}
            onShowMisprint={onShowMisprint}
          />
        </div>
      </div>
      <div className="stack">
        <BoxExample settings={settings} readout={readout} />
      </div>
    </div>
  );
}
