import { describe, expect, it } from 'vitest';
import { lossSettings, probeReadout, switchForm } from './lossModel';

describe('lossSettings', () => {
  it.each([
    // [params, form, β, σ, βIgnored]
    [{ beta: 1, sigma: null, delta: 1 }, 'beta', 1, 1, false],
    [{ beta: 0.25, sigma: null, delta: 1 }, 'beta', 0.25, 2, false],
    [{ beta: 1, sigma: 3, delta: 1 }, 'sigma', 1 / 9, 3, false],
    [{ beta: 0.5, sigma: 2, delta: 1 }, 'sigma', 0.25, 2, true], // σ wins
    [{ beta: 0, sigma: null, delta: 1 }, 'beta', 0, Number.POSITIVE_INFINITY, false],
  ] as const)('%o', (params, form, beta, sigma, betaIgnored) => {
    const settings = lossSettings(params);
    expect(settings.form).toBe(form);
    expect(settings.beta).toBeCloseTo(beta, 15);
    expect(settings.sigma).toBeCloseTo(sigma, 12);
    expect(settings.betaIgnored).toBe(betaIgnored);
  });
});

describe('switchForm', () => {
  it('β → σ keeps the loss and clears β', () => {
    const { patch, note } = switchForm(
      lossSettings({ beta: 0.25, sigma: null, delta: 1 }),
      'sigma',
    );
    expect(patch).toEqual({ beta: 1, sigma: 2 });
    expect(note).toBeNull();
  });

  it('σ → β writes β = 1/σ²', () => {
    const { patch } = switchForm(lossSettings({ beta: 1, sigma: 3, delta: 1 }), 'beta');
    expect(patch.sigma).toBeNull();
    expect(patch.beta).toBe(1 / 9);
  });

  it('β = 0 has no finite σ: σ = 1 with a note', () => {
    const { patch, note } = switchForm(lossSettings({ beta: 0, sigma: null, delta: 1 }), 'sigma');
    expect(patch).toEqual({ beta: 1, sigma: 1 });
    expect(note).toMatch(/no finite σ/);
  });

  it('σ is kept to the 12 digits a link holds', () => {
    const { patch } = switchForm(lossSettings({ beta: 0.5, sigma: null, delta: 1 }), 'sigma');
    expect(patch.sigma).toBe(1.41421356237);
  });
});

describe('probeReadout', () => {
  it.each([
    // [x, β, δ, loss, grad, huber]: hand-worked from ½x²/β | |x| − ½β and ½x² | δ(|x| − ½δ)
    [0.5, 1, 1, 0.125, 0.5, 0.125],
    [0.05, 1 / 9, 1, 0.01125, 0.45, 0.00125],
    [2, 1, 0.5, 1.5, 1, 0.875],
    [-3, 0, 2, 3, -1, 4],
  ])('x = %d, β = %d, δ = %d', (x, beta, delta, loss, grad, huber) => {
    const readout = probeReadout(x, lossSettings({ beta, sigma: null, delta }));
    expect(readout.loss).toBeCloseTo(loss, 12);
    expect(readout.grad).toBeCloseTo(grad, 12);
    expect(readout.huber).toBeCloseTo(huber, 12);
    expect(delta * readout.smoothL1AtDelta).toBeCloseTo(huber, 12);
  });

  it('σ = 3: the misprint at x = 0.1 is ½(9 · 0.1)² = 0.405', () => {
    const readout = probeReadout(0.1, lossSettings({ beta: 1, sigma: 3, delta: 1 }));
    expect(readout.misprint).toBeCloseTo(0.405, 12);
    expect(readout.loss).toBeCloseTo(0.045, 12);
  });

  it('β = 0: no misprint, and PyTorch’s subgradient at 0 is −1', () => {
    const readout = probeReadout(0, lossSettings({ beta: 0, sigma: null, delta: 1 }));
    expect(readout.misprint).toBeNull();
    expect(readout.grad).toBe(-1);
    expect(readout.l1SubgradientAtZero).toBe(-1);
  });
});
