import { useId, useMemo } from 'react';
import { BOX_SCHEMES, boxLoss, type BoxScheme } from '../../../engine';
import { CodePanel } from '../../components/CodePanel';
import { Formula } from '../../components/Formula';
import { PresetList } from '../../components/PresetList';
import type { ViewParams } from '../../url/schema';
import { AnchorTable } from './AnchorTable';
import { buildBatch } from './boxModel';
import { caffeSnippet, probeSnippet, workedExampleSnippet } from './codeSnippets';
import { ElementTable } from './ElementTable';
import { formatLabel, formatReadout } from './format';
import type { LossSettings, ProbeReadout, SmoothL1Change } from './lossModel';
import { smoothL1Presets } from './presets';

type Props = {
  settings: LossSettings;
  /** Values at the probe, for the code panel's probe snippet. */
  readout: ProbeReadout;
  /** The lab's parameters: the scheme, the positives and the edited deltas, the presets' keys. */
  params: ViewParams<'smoothl1'>;
  /** Changes some of them. */
  onChange: SmoothL1Change;
};

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
export function BoxExample({ settings, readout, params, onChange }: Props) {
  const id = useId();
  const { box: scheme, pos: positives, pred: predEdits, tgt: targetEdits } = params;
  const presets = useMemo(() => smoothL1Presets(params), [params]);
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
        <PresetList
          title="Presets"
          showTitle={false}
          variant="cards"
          presets={presets}
          onChoose={onChange}
        />
        <fieldset className="scheme-picker">
          <legend>Weights and normaliser</legend>
          {BOX_SCHEMES.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`${id}-scheme`}
                value={value}
                checked={scheme === value}
                onChange={() => onChange({ box: value })}
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
          onChange={onChange}
        />
        <ElementTable result={result} />
        <p className="box-total" data-testid="box-sum">
          Σ w_out · f(d) = {formatReadout(result.sum)} (β = {formatLabel(settings.beta)}); N ={' '}
          {formatLabel(normalizer)} ({normalizerMeaning}); L = Σ / N ={' '}
          <span className="readout-value" data-testid="box-loss-total">
            {formatReadout(result.loss)}
          </span>
          {Number.isNaN(result.loss) &&
            ' (no positive anchors: the mean of nothing is nan, as in PyTorch)'}
        </p>
      </section>
      <CodePanel title="Code" snippets={snippets} />
    </>
  );
}
