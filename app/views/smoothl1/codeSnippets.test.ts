import { describe, expect, it } from 'vitest';
import { boxLoss } from '../../../engine';
import { buildBatch } from './boxModel';
import { caffeSnippet, probeSnippet, pyBeta, workedExampleSnippet } from './codeSnippets';
import { lossSettings, probeReadout } from './lossModel';

const sigma3 = lossSettings({ beta: 1, sigma: 3, delta: 1 });
const ninth = lossSettings({ beta: 1 / 9, sigma: null, delta: 1 });
const l1 = lossSettings({ beta: 0, sigma: null, delta: 2 });

describe('pyBeta', () => {
  it.each([
    [sigma3, '1 / 3**2'],
    [ninth, '1/9'],
    [l1, '0'],
    [lossSettings({ beta: 0.3, sigma: null, delta: 1 }), '0.3'],
  ])('%#', (settings, text) => {
    expect(pyBeta(settings)).toBe(text);
  });
});

describe('worked example snippet', () => {
  const batch = buildBatch({}, {}, [1, 2]);
  it.each([
    ['sampled', "beta=1/9, reduction='sum') / 8"],
    ['mean', "beta=1/9, reduction='mean')"],
    ['rpn', 'outside = torch.full((8, 4), 1 / 8)'],
    ['head', '.sum() / 8  # caffe divides by the number of RoIs'],
  ] as const)('%s', (scheme, line) => {
    const { code } = workedExampleSnippet(ninth, scheme, batch, boxLoss(batch, 1 / 9, scheme));
    expect(code).toContain(line);
    expect(code).toContain('    [0.1, -0.05, 0.2, 0.02],');
    expect(code).toContain('positive = torch.tensor([0, 1])');
  });

  it('prints the loss the table shows', () => {
    const result = boxLoss(batch, 1 / 9, 'sampled');
    const { code } = workedExampleSnippet(ninth, 'sampled', batch, result);
    // (0.045 + 0.00405 + 0.9 − 3/18) / 8 = 0.0977979…
    expect(code).toContain('print(loss.item())  # 0.0977979');
  });
});

describe('probe snippet', () => {
  it('shows F.smooth_l1_loss and nn.HuberLoss with their values at the probe', () => {
    const { code } = probeSnippet(sigma3, probeReadout(0.05, sigma3));
    expect(code).toContain(
      "F.smooth_l1_loss(x, zero, beta=1 / 3**2, reduction='none').item())  # 0.0112500",
    );
    expect(code).toContain('nn.HuberLoss(delta=1)');
  });
});

describe('caffe snippet', () => {
  it('writes σ in the layer param', () => {
    const { code } = caffeSnippet(sigma3, 'rpn');
    expect(code).toContain('smooth_l1_loss_param { sigma: 3.0 }');
    expect(code).toContain('name: "rpn_loss_bbox"');
  });

  it('from the β form, σ = 1/√β', () => {
    expect(caffeSnippet(ninth, 'head').code).toContain('sigma: 3.0 }');
    expect(caffeSnippet(ninth, 'head').code).toContain('name: "loss_bbox"');
  });

  it('β = 0 cannot be written as a σ', () => {
    expect(caffeSnippet(l1, 'sampled').code).toContain('has no σ');
  });
});
