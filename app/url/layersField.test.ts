import { describe, expect, it } from 'vitest';
import { formatLayers } from '../../engine/params';
import { encode } from './codec';
import { decode } from './englishText';
import type { ViewParams } from './schema';

const stack = (query: string) => {
  const decoded = decode(`?view=stack&${query}`);
  return { ...decoded, params: decoded.params as ViewParams<'stack'> };
};

describe('the stack URL: i, L, cin', () => {
  it('reads the issue example and writes it back in canonical form', () => {
    const { params, corrections } = stack('i=224&L=c7s2p3,m3s2p1,c3p1,c3s2p1');
    expect(corrections).toEqual([]);
    expect(params.i).toEqual([224, 224]);
    expect(params.L.map((t) => t.op)).toEqual(['conv', 'maxPool', 'conv', 'conv']);
    expect(encode('stack', params)).toBe('?view=stack&i=224&L=c7s2p3,m3s2p1,c3p1,c3s2p1');
  });

  it('accepts explicit defaults and leaves them out when writing', () => {
    const { params } = stack('i=8&L=c3s1p0d1,m2s2&cin=16');
    expect(encode('stack', params)).toBe('?view=stack&i=8&L=c3,m2&cin=16');
  });

  it('leaves out an unreadable layer and names it in the notice', () => {
    const { params, corrections } = stack('L=c3,q2,m2');
    expect(formatLayers(params.L)).toBe('c3,m2');
    expect(corrections).toEqual([
      "L: could not read layer 2 “q2”: expected an op letter: c (Conv2d), t (ConvTranspose2d), m (MaxPool2d) or a (AvgPool2d), found 'q'; using c3,m2.",
    ]);
  });

  it('keeps the default when no layer can be read', () => {
    const { params, corrections } = stack('L=zz');
    expect(formatLayers(params.L)).toBe('c7s2p3x64,m3s2p1,c3p1x64,c3s2p1x128');
    expect(corrections[0]).toMatch(
      /^L: could not read layer 1 “zz”: .*; using the default c7s2p3x64,m3s2p1,c3p1x64,c3s2p1x128\.$/,
    );
  });

  it('takes an empty stack and clamps the input to 1–512', () => {
    const { params, corrections } = stack('i=600&L=');
    expect(params.L).toEqual([]);
    expect(params.i).toEqual([512, 512]);
    expect(corrections).toEqual(['i: 600 is above the maximum 512; using 512.']);
  });
});
