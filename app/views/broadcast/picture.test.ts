import { describe, expect, it } from 'vitest';
import {
  asSlices,
  cellRole,
  displayAxes,
  frameCoord,
  gapText,
  sourceOf,
  stretchStatus,
  pictureSize,
  fitZoom,
} from './picture';

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
    expect(asSlices([])).toEqual([[0], [0], [0]]);
    expect(asSlices([[0, 1, 2, 3, 4]])).toEqual([[0], [0], [0, 1, 2, 3, 4]]);
    expect(frameCoord([5], 0, 0, 4)).toEqual([4]);
    expect(frameCoord([4, 2, 3], 1, 0, 2)).toEqual([1, 0, 2]);
  });
});

describe('displayAxes', () => {
  const range = (n: number) => Array.from({ length: n }, (_, k) => k);

  it('draws small frames whole', () => {
    expect(displayAxes([4, 2, 3])).toEqual([range(4), range(2), range(3)]);
    expect(displayAxes([])).toEqual([]);
    expect(displayAxes([32, 32])).toEqual([range(32), range(32)]);
  });

  it('an image with a per-channel bias: 64 slices keep 2 at each end, 64 rows keep 3', () => {
    expect(displayAxes([64, 64, 3])).toEqual([
      [0, 1, null, 62, 63],
      [0, 1, 2, null, 61, 62, 63],
      range(3),
    ]);
  });

  it('an axis longer than 32 is summarised even when the grid is small', () => {
    expect(displayAxes([1, 40])).toEqual([[0], [0, 1, 2, null, 37, 38, 39]]);
  });

  it('summarises the longest axes until a grid has at most 1,024 cells', () => {
    // 8 × 32 × 32 = 8,192 cells: rows go first (ties keep the earlier axis), then columns
    expect(displayAxes([8, 32, 32])).toEqual([
      range(8),
      [0, 1, 2, null, 29, 30, 31],
      [0, 1, 2, null, 29, 30, 31],
    ]);
    // 32 × 32 = 1,024 fits exactly
    expect(displayAxes([32, 32])[0]).not.toContain(null);
  });
});

describe('gapText', () => {
  it('names the positions a gap stands for', () => {
    expect(gapText([0, 1, 2, null, 61, 62, 63], 3, 'rows')).toBe('rows 3 to 60');
    expect(gapText([0, 1, null, 62, 63], 2, 'slices')).toBe('slices 2 to 61');
  });
});

describe('stretchStatus', () => {
  it.each([
    [[2, 1, 0], 0, 'Step 0: each operand as stored.'],
    [[2, 1, 0], 1, 'Step 1 of 3: stretched along axis 2.'],
    [[2, 1, 0], 3, 'Step 3 of 3: stretched along axis 2, axis 1, axis 0.'],
  ])('%j at %i', (order, stage, text) => {
    expect(stretchStatus(order, stage)).toBe(text);
  });
});

describe('pictureSize and fitZoom', () => {
  it('tensors side by side; a 3-D frame a column of slices with their index beside', () => {
    // (2, 3) at 34 px, three tensors: 3 · (3 · 34 + 2) + 2 · 18 = 348 wide, 20 + 2 · 34 + 5 tall.
    expect(
      pictureSize(
        [
          [0, 1],
          [0, 1, 2],
        ],
        34,
        3,
      ),
    ).toEqual({ width: 348, height: 93 });
    // (4, 2, 3): 3 · (72 + 102 + 2) + 36 = 564 wide; 20 + 4 · (68 + 5) = 312 tall.
    expect(
      pictureSize(
        [
          [0, 1, 2, 3],
          [0, 1],
          [0, 1, 2],
        ],
        34,
        3,
      ),
    ).toEqual({ width: 564, height: 312 });
    // A gap of slices is one line (20 px): 20 + 2 · 73 + 20 + 2 · 73.
    expect(
      pictureSize(
        [
          [0, 1, null, 62, 63],
          [0, 1],
          [0, 1, 2],
        ],
        34,
        2,
      ).height,
    ).toBe(332);
  });
  it('shrinks to the tighter of width and height, never enlarges', () => {
    expect(fitZoom({ width: 1400, height: 300 }, 700, 600)).toBe(0.5);
    expect(fitZoom({ width: 700, height: 1800 }, 700, 600)).toBe(0.33);
    expect(fitZoom({ width: 100, height: 100 }, 700, 600)).toBe(1);
  });
});
