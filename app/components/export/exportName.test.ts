import { describe, expect, it } from 'vitest';
import { exportName } from './exportName';

describe('exportName', () => {
  it.each([
    ['conv', '?view=conv&i=5&k=3&s=2&p=1', 'conv_i5_k3_s2_p1'],
    ['conv', '?view=conv&i=5&k=3&s=2&p=1&t=7', 'conv_i5_k3_s2_p1'],
    ['conv', '?view=conv&i=6,4&k=3&s=2&p=0:1,1&d=2', 'conv_i6x4_k3_s2_p0-1x1_d2'],
    ['pool', '?view=pool&i=5&k=3&s=1&p=0&mode=max&embed=1', 'pool_i5_k3_s1_p0_modemax'],
    ['smoothl1', '?view=smoothl1&beta=1/9', 'smoothl1_beta1-9'],
    ['conv', '?view=conv&i=5&k=3&s=2&p=1&lang=zh', 'conv_i5_k3_s2_p1'],
    ['mask', '?view=mask&cond=(a > 0) %26 (a < 1)', 'mask'],
  ] as const)('%s %s → %s', (view, search, name) => {
    expect(exportName(view, search)).toBe(name);
  });
});
