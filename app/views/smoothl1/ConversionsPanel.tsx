import { useId } from 'react';
import type { MisprintJump } from '../../../engine';
import { Formula } from '../../components/Formula';
import { formatLabel, formatReadout } from './format';
import type { LossSettings, ProbeReadout } from './lossModel';
import { t } from '../../i18n/i18n';
import { tNodes } from '../../i18n/tNodes';

type Props = {
  settings: LossSettings;
  readout: ProbeReadout;
  /** The misprint's jump at the current σ; null for β = 0. */
  jump: MisprintJump | null;
  /** Whether the misprint curve is drawn. */
  showMisprint: boolean;
  onShowMisprint: (show: boolean) => void;
};

/** The three parameterisations side by side, live, and the misprint that circulates. */
export function ConversionsPanel({ settings, readout, jump, showMisprint, onShowMisprint }: Props) {
  const id = useId();
  const { beta, sigma, delta } = settings;
  return (
    <section className="panel stack conversions" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('smoothl1.conv.title')}</h2>
      <p>
        {tNodes('smoothl1.conv.sigma', {
          beta: (
            <span className="readout-value" data-testid="beta-from-sigma">
              {formatReadout(beta)}
            </span>
          ),
          sigma: (
            <span className="readout-value" data-testid="sigma-from-beta">
              {Number.isFinite(sigma) ? formatReadout(sigma) : '∞'}
            </span>
          ),
        })}
      </p>
      <p data-testid="huber-identity">
        {t('smoothl1.conv.huber', {
          x: formatLabel(readout.x),
          delta: formatLabel(delta),
          sl1: formatReadout(readout.smoothL1AtDelta),
          huber: formatReadout(readout.huber),
        })}
      </p>
      <p data-testid="l1-note">
        {tNodes('smoothl1.conv.l1', {
          value: (
            <span className="readout-value" data-testid="l1-subgradient">
              {formatLabel(readout.l1SubgradientAtZero)}
            </span>
          ),
        })}
      </p>
      <h3>{t('smoothl1.conv.misprint')}</h3>
      <p>{t('smoothl1.conv.misprintIntro')}</p>
      <Formula
        tex={String.raw`\tfrac12(\sigma^2x)^2 \;\text{vs.}\; \tfrac12(\sigma x)^2 \quad (|x|<1/\sigma^2)`}
        display
      />
      {jump ? (
        <p data-testid="misprint-jump">
          {t('smoothl1.conv.jump', {
            at: formatLabel(jump.at),
            inner: formatLabel(jump.inner),
            outer: formatLabel(jump.outer),
            size: formatLabel(jump.size),
            agree: jump.size === 0 ? 'yes' : 'no',
          })}
        </p>
      ) : (
        <p data-testid="misprint-jump">{t('smoothl1.conv.noJump')}</p>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={showMisprint}
          disabled={!jump}
          onChange={(event) => onShowMisprint(event.target.checked)}
        />
        {t('smoothl1.conv.show')}
      </label>
    </section>
  );
}
