import { i18n, type Messages } from '@lingui/core';
import { afterEach, describe, expect, it } from 'vitest';
import { betaProblem, BOX_SCHEMES, boxWeights, deltaProblem, sigmaProblem } from '../../../engine';
import { t } from '../../i18n/i18n';
import zh from '../../i18n/locales/zh/smoothl1.json';
import { betaRefusal, deltaRefusal, sigmaRefusal } from './refusals';

describe('refusals', () => {
  afterEach(() => i18n.activate('en'));

  it.each([-1, -0.5, -1e-9, Number.NaN, Number.NEGATIVE_INFINITY])(
    'in English say what the engine says, for β = δ = σ = %s',
    (value) => {
      expect(betaRefusal(value)).toBe(betaProblem(value));
      expect(deltaRefusal(value)).toBe(deltaProblem(value));
      expect(sigmaRefusal(value)).toBe(sigmaProblem(value));
    },
  );

  it('accept what the engine accepts', () => {
    expect([betaRefusal(0), deltaRefusal(0.5), sigmaRefusal(3)]).toEqual([null, null, null]);
    expect(deltaRefusal(0)).toBe(deltaProblem(0));
  });

  it('in Chinese quote PyTorch’s own sentence as code, with the value and the fix', () => {
    // The catalogue arrives compiled, as the page loads it.
    i18n.load('zh', zh as unknown as Messages);
    i18n.activate('zh');
    expect(betaRefusal(-2)).toContain(
      '`smooth_l1_loss does not support negative values for beta.`',
    );
    expect(betaRefusal(-2)).toContain('-2');
    expect(betaRefusal(-2)).toContain('β ≥ 0');
    expect(deltaRefusal(0)).toContain(
      '`huber_loss does not support non-positive values for delta.`',
    );
    expect(sigmaRefusal(-1)).toMatch(/σ 必须为正.*-1.*σ > 0/);
  });
});

describe('the normaliser’s meaning', () => {
  it.each(BOX_SCHEMES)('%s: in English, the engine’s words', (scheme) => {
    const { normalizerMeaning } = boxWeights(scheme, [true, false, true]);
    expect(t(`smoothl1.box.norm.${scheme}`)).toBe(normalizerMeaning);
  });
});
