import { describe, expect, it } from 'vitest';
import { NETWORK_PRESETS, formatLayers } from '../../../engine';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { buildSolverModel, solutionText } from './solverModel';
import { buildStackModel, describeIndices } from './stackModel';

const solver = (query: string) => {
  const params = decode(`?view=stack&${query}`).params as ViewParams<'stack'>;
  return buildSolverModel(buildStackModel(params), params.solve, params.reach);
};

describe('the size planner: the whole stack', () => {
  it('U-Net: only multiples of 16 come out whole, and they come back at their own size', () => {
    const unet = NETWORK_PRESETS.find((n) => n.id === 'unet')!;
    const s = solver(`i=161&L=${unet.layers}`);
    expect(s.target).toBe(0);
    const whole = s.inputs!.filter((e) => e.whole).map((e) => e.input);
    expect(describeIndices(whole)).toBe('16–512, every 16th');
    const same = s.inputs!.filter((e) => e.output === e.input).map((e) => e.input);
    expect(same).toEqual(whole);
  });

  it('the inputs that reach a size: ⌊i/2⌋ = 8 for i = 16, 17', () => {
    const s = solver('i=32&L=c3p1,m2&reach=8');
    expect(s.inputs!.filter((e) => e.output === 8).map((e) => e.input)).toEqual([16, 17]);
  });

  it('falls back to the whole stack for a layer that does not exist', () => {
    expect(solver('i=32&L=c3p1&solve=5').target).toBe(0);
  });
});

describe('the size planner: one layer', () => {
  it('32 → 16: a 3 × 3 convolution of stride 2 and half padding first', () => {
    const s = solver('i=32&L=c3p1x64,m2&solve=1&reach=16');
    expect(s.layerInput).toEqual([32, 32]);
    expect(s.choices[0].text).toBe('k3 s2 p1');
    // the channels stay; the settings are the solution's
    expect(formatLayers([s.choices[0].token])).toBe('c3s2p1x64');
    expect(s.total).toBeGreaterThan(s.choices.length);
  });

  it('no size given: no settings', () => {
    const s = solver('i=32&L=c3p1&solve=1');
    expect(s.reach).toBeNull();
    expect(s.choices).toEqual([]);
  });

  it('a refused layer can be planned: its input is known', () => {
    // 5 → 3, then a 4-tap kernel is refused; 3 → 1 is reached by k3 s1 p0 first
    const s = solver('i=5&L=c3,c4&solve=2&reach=1');
    expect(s.target).toBe(2);
    expect(s.layerInput).toEqual([3, 3]);
    expect(s.choices[0].text).toBe('k3 s1 p0');
  });

  it('a transposed layer: the output padding that undoes the pool before it', () => {
    // 17 → ⌊17/2⌋ = 8 → (8 − 1)·2 + 2 = 16; a = 17 − 16 = 1 < max(2, 1) gives 17 back
    const s = solver('i=17&L=m2,t2s2&solve=2');
    expect(s.undo).toHaveLength(1);
    expect(s.undo[0].outputPadding).toEqual([1, 1]);
    expect(s.undo[0].target).toEqual([17, 17]);
    expect(formatLayers([s.undo[0].token!])).toBe('t2s2o1');
  });

  it('only for the layers it mirrors: their output is its input', () => {
    // 16 → 8 (pool) → 8 (conv) → 16 (t2s2): the pool's 8 is the transposed layer's input;
    // 16 → 8 → 4 (second pool) → 8: the first pool's 8 is not
    expect(solver('i=16&L=m2,c3p1,t2s2&solve=3').undo.map((u) => u.layer)).toEqual([0]);
    expect(solver('i=16&L=m2,m2,t2s2&solve=3').undo.map((u) => u.layer)).toEqual([1]);
  });

  it('or why no output padding can', () => {
    // 17 → ⌊(17 + 2 − 3)/2⌋ + 1 = 9 → (9 − 1)·2 + 2 = 18 > 17 already
    const s = solver('i=17&L=c3s2p1,t2s2&solve=2');
    expect(s.undo[0].token).toBeNull();
    expect(s.undo[0].reason).toMatch(/already gives 18 > 17/);
  });
});

describe('solutionText', () => {
  it('names dilation and output padding only when set', () => {
    expect(solutionText({ kernel: 4, stride: 2, padding: 1, dilation: 1, outputPadding: 1 })).toBe(
      'k4 s2 p1 o1',
    );
    expect(solutionText({ kernel: 3, stride: 1, padding: 2, dilation: 2, outputPadding: 0 })).toBe(
      'k3 s1 p2 d2',
    );
  });
});
