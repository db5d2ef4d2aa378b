import { describe, expect, it } from 'vitest';
import { allDefaults, decode } from '../url/codec';
import type { AllParams } from '../url/schema';
import { carryParams, sharedKeys } from './carryParams';

/** Every view at its defaults, with one view's parameters read from a URL. */
function withUrl(query: string): AllParams {
  const { view, params } = decode(query);
  return { ...allDefaults(), [view]: params };
}

describe('carryParams: what a view switch keeps', () => {
  it('conv → pool keeps the input, kernel, stride, dilation and the numbers', () => {
    const params = withUrl('?view=conv&i=7,6&k=2&s=3&p=0&d=2&num=1');
    const pool = carryParams('conv', 'pool', params);
    expect([pool.i, pool.k, pool.s, pool.d, pool.num]).toEqual([
      [7, 6],
      [2, 2],
      [3, 3],
      [2, 2],
      true,
    ]);
    // pooling's own settings stay
    expect(pool.mode).toBe('max');
    expect(pool.p).toEqual([0, 0]);
  });

  it('conv ↔ pool keep TensorFlow’s rules (fw); channels has no fw to take', () => {
    const pool = carryParams('conv', 'pool', withUrl('?view=conv&p=same&fw=tf'));
    expect(pool.fw).toBe('tf');
    expect(carryParams('pool', 'conv', withUrl('?view=pool&fw=tf')).fw).toBe('tf');
    expect(carryParams('pool', 'conv', withUrl('?view=pool')).fw).toBe('torch');
    expect(sharedKeys('conv', 'channels')).not.toContain('fw');
  });

  it('conv → transposed keeps the kernel, stride and dilation but not the input size', () => {
    const params = withUrl('?view=conv&i=9&k=4&s=3&p=1&d=1&num=1');
    const transposed = carryParams('conv', 'transposed', params);
    expect(transposed.i).toEqual([3, 3]);
    expect([transposed.k, transposed.s, transposed.num]).toEqual([[4, 4], [3, 3], true]);
  });

  it('numbers off in the source leave the target as it was', () => {
    const params = withUrl('?view=conv&i=5&k=3&s=2&p=1');
    expect(carryParams('conv', 'pool', params).num).toBe(true);
    expect(carryParams('conv', 'transposed', params).num).toBe(false);
  });

  it('conv and channels share their padding; the labs share nothing', () => {
    expect(sharedKeys('conv', 'channels')).toEqual(['i', 'k', 's', 'd', 'p']);
    expect(sharedKeys('pool', 'conv')).toEqual(['i', 'k', 's', 'd', 'fw']);
    expect(sharedKeys('conv', 'broadcast')).toEqual([]);
    expect(sharedKeys('smoothl1', 'mask')).toEqual([]);
    const params = withUrl('?view=conv&i=9&k=4&s=3&p=1');
    expect(carryParams('conv', 'broadcast', params)).toEqual(params.broadcast);
  });
});
