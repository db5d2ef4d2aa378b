import { describe, expect, it } from 'vitest';
import { asSlices, cellRole, frameCoord, sourceOf } from './picture';

describe('cellRole', () => {
  // operand (1, 3) in frame (2, 3): row 0 is stored, row 1 repeats it once axis 0 is stretched
  it.each([
    [[0, 2], new Set<number>(), 'real'],
    [[1, 2], new Set<number>(), 'hidden'],
    [[1, 2], new Set([0]), 'ghost'],
  ])('%j with %j stretched is %s', (coord, stretched, role) => {
    expect(cellRole([1, 3], [2, 3], coord, stretched)).toBe(role);
  });

  it('a missing leading axis counts as size 1', () => {
    expect(cellRole([3], [2, 3], [1, 0], new Set([0]))).toBe('ghost');
  });

  it('a larger size on a mismatched axis is never a ghost', () => {
    expect(cellRole([4], [5], [4], new Set([0]))).toBe('hidden');
  });
});

describe('sourceOf', () => {
  it('reads the stretched axes at 0', () => {
    expect(sourceOf([4, 1, 3], [4, 2, 3], [3, 1, 2])).toEqual({ index: 11, coord: [3, 0, 2] });
    expect(sourceOf([], [2, 2], [1, 1])).toEqual({ index: 0, coord: [] });
  });
});

describe('slices', () => {
  it('pads any rank up to three', () => {
    expect(asSlices([])).toEqual([1, 1, 1]);
    expect(asSlices([5])).toEqual([1, 1, 5]);
    expect(asSlices([4, 2, 3])).toEqual([4, 2, 3]);
    expect(frameCoord([5], 0, 0, 4)).toEqual([4]);
    expect(frameCoord([4, 2, 3], 1, 0, 2)).toEqual([1, 0, 2]);
  });
});
