import { useId, useMemo } from 'react';
import { BOX_SCHEMES, boxLoss } from '../../../engine';
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
import { t } from '../../i18n/i18n';
import { tNodes } from '../../i18n/tNodes';

type Props = {
  settings: LossSettings;
  /** Values at the probe, for the code panel's probe snippet. */
  readout: ProbeReadout;
  /** The lab's parameters: the scheme, the positives and the edited deltas, the presets' keys. */
  params: ViewParams<'smoothl1'>;
  /** Changes some of them. */
  onChange: SmoothL1Change;
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
  const { normalizer } = result.weights;

  return (
    <>
      <section className="panel stack box-example" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('smoothl1.box.title')}</h2>
        <PresetList
          title={t('smoothl1.box.presets')}
          showTitle={false}
          variant="cards"
          presets={presets}
          onChoose={onChange}
        />
        <fieldset className="scheme-picker">
          <legend>{t('smoothl1.box.weights')}</legend>
          {BOX_SCHEMES.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`${id}-scheme`}
                value={value}
                checked={scheme === value}
                onChange={() => onChange({ box: value })}
              />
              <span>{tNodes(`smoothl1.box.scheme.${value}`, {})}</span>
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
          {tNodes('smoothl1.box.sum', {
            sum: formatReadout(result.sum),
            beta: formatLabel(settings.beta),
            n: formatLabel(normalizer),
            meaning: t(`smoothl1.box.norm.${scheme}`),
            loss: (
              <span className="readout-value" data-testid="box-loss-total">
                {formatReadout(result.loss)}
              </span>
            ),
          })}
          {Number.isNaN(result.loss) && tNodes('smoothl1.box.nan', {})}
        </p>
      </section>
      <CodePanel snippets={snippets} />
    </>
  );
}
