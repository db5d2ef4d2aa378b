import { useId } from 'react';
import type { MisprintJump } from '../../../engine';
import { Formula } from '../../components/Formula';
import { formatLabel, formatReadout } from './format';
import type { LossSettings, ProbeReadout } from './lossModel';

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
      <h2 id={`${id}-title`}>Conversions</h2>
      <p>
        Caffe’s σ is PyTorch’s β = 1/σ²: β ={' '}
        <span className="readout-value" data-testid="beta-from-sigma">
          {formatReadout(beta)}
        </span>
        , σ = 1/√β ={' '}
        <span className="readout-value" data-testid="sigma-from-beta">
          {Number.isFinite(sigma) ? formatReadout(sigma) : '∞'}
        </span>
        .
      </p>
      <p data-testid="huber-identity">
        Huber_δ = δ · SmoothL1_(β=δ), exactly, for values and gradients. At x ={' '}
        {formatLabel(readout.x)}: δ · SmoothL1_(β={formatLabel(delta)})(x) = {formatLabel(delta)} ×{' '}
        {formatReadout(readout.smoothL1AtDelta)}, and Huber_δ(x) = {formatReadout(readout.huber)}.
        The two losses coincide only at δ = β = 1.
      </p>
      <p data-testid="l1-note">
        β = 0 is plain L1: SmoothL1₀(x) = |x|. At x = 0 its gradient is a subgradient; PyTorch’s{' '}
        <code>smooth_l1_loss</code> backward returns{' '}
        <span className="readout-value" data-testid="l1-subgradient">
          {formatLabel(readout.l1SubgradientAtZero)}
        </span>{' '}
        there (torch 1.13, CPU), while <code>L1Loss</code> and fvcore’s <code>smooth_l1_loss</code>{' '}
        (which switches to |x| for β &lt; 1e-5) give 0.
      </p>
      <h3>The misprint</h3>
      <p>A widely copied write-up prints the quadratic branch as ½(σ²x)² instead of ½(σx)²:</p>
      <Formula
        tex={String.raw`\tfrac12(\sigma^2x)^2 \;\text{vs.}\; \tfrac12(\sigma x)^2 \quad (|x|<1/\sigma^2)`}
        display
      />
      {jump ? (
        <p data-testid="misprint-jump">
          At |x| = 1/σ² = {formatLabel(jump.at)} the misprinted branch reaches{' '}
          {formatLabel(jump.inner)} but the linear branch starts at ½/σ² = {formatLabel(jump.outer)}
          : a jump of {formatLabel(jump.size)}.{' '}
          {jump.size === 0 ? 'At σ = 1 the two forms agree.' : 'Only σ = 1 hides it.'}
        </p>
      ) : (
        <p data-testid="misprint-jump">
          β = 0 has no finite σ, so there is no misprinted curve to draw.
        </p>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={showMisprint}
          disabled={!jump}
          onChange={(event) => onShowMisprint(event.target.checked)}
        />
        Show the misprint curve
      </label>
    </section>
  );
}
