import { useId, useMemo } from 'react';
import { BOX_SCHEMES, boxLoss, type BoxScheme } from '../../../engine';
import { CodePanel } from '../../components/CodePanel';
import { Formula } from '../../components/Formula';
import { useAppStore, type AppState } from '../../store/store';
import { AnchorTable } from './AnchorTable';
import { buildBatch } from './boxModel';
import { caffeSnippet, probeSnippet, workedExampleSnippet } from './codeSnippets';
import { ElementTable } from './ElementTable';
import { formatLabel, formatReadout } from './format';
import type { LossSettings, ProbeReadout } from './lossModel';
import { PresetLinks } from './PresetLinks';
import { setSmoothL1 } from './useLossSettings';

type Props = {
  settings: LossSettings;
  /** Values at the probe, for the code panel's probe snippet. */
  readout: ProbeReadout;
};

const selectBox = (s: AppState) => s.params.smoothl1.box;
const selectPositives = (s: AppState) => s.params.smoothl1.pos;
const selectPredEdits = (s: AppState) => s.params.smoothl1.pred;
const selectTargetEdits = (s: AppState) => s.params.smoothl1.tgt;
const selectRawBeta = (s: AppState) => s.params.smoothl1.beta;
const selectSigma = (s: AppState) => s.params.smoothl1.sigma;

const SCHEME_LABELS: Record<BoxScheme, string> = {
  rpn: 'py-faster-rcnn RPN: w_out = 1/#sampled, N = 1',
  head: 'Fast R-CNN head: w_out = (w_in > 0), N = #RoIs',
  sampled: 'torchvision / detectron2: sum over positives ÷ #sampled',
  mean: 'reduction=’mean’ over the positives’ elements',
};

const LOSS_TEX = [
  String.raw`d_{ic}=w^{\text{in}}_{ic}\,(\text{pred}_{ic}-\text{target}_{ic})`,
  String.raw`L=\tfrac1N\textstyle\sum_{i,c} w^{\text{out}}_{ic}\, f_\beta(d_{ic})`,
  String.raw`\partial L/\partial\,\text{pred}_{ic}=\tfrac1N\, f'_\beta(d_{ic})\, w^{\text{in}}_{ic}\, w^{\text{out}}_{ic}`,
];

/** The box-regression worked example: presets, weights, the editable batch and the result. */
export function BoxExample({ settings, readout }: Props) {
  const id = useId();
  const scheme = useAppStore(selectBox);
  const positives = useAppStore(selectPositives);
  const predEdits = useAppStore(selectPredEdits);
  const targetEdits = useAppStore(selectTargetEdits);
  const rawBeta = useAppStore(selectRawBeta);
  const sigma = useAppStore(selectSigma);
  const batch = useMemo(
    () => buildBatch(predEdits, targetEdits, positives),
    [predEdits, targetEdits, positives],
  );
  const result = useMemo(
    () => boxLoss(batch, settings.beta, scheme),
    [batch, settings.beta, scheme],
  );
  const snippets = useMemo(
    () => [
      workedExampleSnippet(settings, scheme, batch, result),
      probeSnippet(settings, readout),
      caffeSnippet(settings, scheme),
    ],
    [settings, scheme, batch, result, readout],
  );
  const { normalizer, normalizerMeaning } = result.weights;

  return (
    <>
      <section className="panel stack box-example" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Worked example: how Faster R-CNN weighs its box loss</h2>
        <PresetLinks params={{ beta: rawBeta, sigma, box: scheme }} />
        <fieldset className="scheme-picker">
          <legend>Weights and normaliser</legend>
          {BOX_SCHEMES.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`${id}-scheme`}
                value={value}
                checked={scheme === value}
                onChange={() => setSmoothL1({ box: value })}
              />
              {SCHEME_LABELS[value]}
            </label>
          ))}
        </fieldset>
        <div className="formula-list">
          {LOSS_TEX.map((tex) => (
            <Formula key={tex} tex={tex} display />
          ))}
        </div>
        <AnchorTable
          batch={batch}
          positives={positives}
          predEdits={predEdits}
          targetEdits={targetEdits}
        />
        <ElementTable result={result} />
        <p className="box-total" data-testid="box-sum">
          Σ w_out · f(d) = {formatReadout(result.sum)} (β = {formatLabel(settings.beta)}); N ={' '}
          {formatLabel(normalizer)} ({normalizerMeaning}); L = Σ / N ={' '}
          <output data-testid="box-loss-total">{formatReadout(result.loss)}</output>
          {Number.isNaN(result.loss) &&
            ' (no positive anchors: the mean of nothing is nan, as in PyTorch)'}
        </p>
      </section>
      <CodePanel title="Code" snippets={snippets} />
    </>
  );
}
