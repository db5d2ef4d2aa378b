import { useId } from 'react';
import { SMOOTH_L1_LIMITS } from '../../../engine';
import { LiveSummary } from '../../components/LiveSummary';
import { t } from '../../i18n/i18n';
import { formatLabel, formatNamed, formatReadout } from './format';
import type { LossSettings, ProbeReadout, SmoothL1Change } from './lossModel';
import { RealField } from './RealField';

type Props = {
  settings: LossSettings;
  /** Values at the probe, from the engine. */
  readout: ProbeReadout;
  /** Arrow-key step of the x box (the chart handle's step). */
  step: number;
  /** Changes some of the lab's parameters (here the probe's x). */
  onChange: SmoothL1Change;
};

/** The probe's x, typed, and every value there; each number sits alone in its element. */
export function ProbePanel({ settings, readout, step, onChange }: Props) {
  const id = useId();
  const rows: { term: string; value: number | null; testId?: string }[] = [
    {
      term: `SmoothL1_β(x), ${formatNamed('β', formatLabel(settings.beta))}`,
      value: readout.loss,
      testId: 'loss-value',
    },
    { term: '∂SmoothL1_β/∂x', value: readout.grad, testId: 'grad-value' },
    {
      term: `Huber_δ(x), ${formatNamed('δ', formatLabel(settings.delta))}`,
      value: readout.huber,
      testId: 'huber-value',
    },
    { term: '∂Huber_δ/∂x', value: readout.huberGrad, testId: 'huber-grad-value' },
    { term: 'L1: |x|', value: readout.l1 },
    { term: 'L2: ½x²', value: readout.halfSquare },
    { term: t('smoothl1.probe.misprint'), value: readout.misprint, testId: 'misprint-value' },
  ];
  return (
    <section className="panel stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('smoothl1.probe.title')}</h2>
      <RealField
        label={t('smoothl1.probe.x')}
        value={readout.x}
        {...SMOOTH_L1_LIMITS.x}
        step={step}
        onCommit={(x) => onChange({ x })}
        hint={t('smoothl1.probe.hint')}
        testId="x-input"
        errorTestId="x-error"
      />
      <dl className="readout">
        {rows.map(({ term, value, testId }) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>
              {value === null ? (
                <span className="muted">{t('smoothl1.probe.none')}</span>
              ) : (
                <span className="readout-value" data-testid={testId}>
                  {formatReadout(value)}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <LiveSummary
        testId="probe-summary"
        text={t('smoothl1.probe.summary', {
          x: formatLabel(readout.x),
          loss: formatReadout(readout.loss),
          grad: formatReadout(readout.grad),
          huber: formatReadout(readout.huber),
        })}
      />
    </section>
  );
}
