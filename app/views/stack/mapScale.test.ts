import { describe, expect, it } from 'vitest';
import { CELL_MAX, CELL_MIN, blockFactor, blockMax, mapScale } from './mapScale';

describe('mapScale: one scale where it fits', () => {
  it('draws every map at the scale at which the largest fits', () => {
    // 320 / 32 = 10 across, 400 / 32 = 12.5 down: 10
    expect(
      mapScale(
        [
          [32, 32],
          [8, 8],
        ],
        320,
        400,
      ),
    ).toEqual({ common: 10, sizes: [10, 10] });
  });
  it('caps the common edge for small maps', () => {
    expect(
      mapScale(
        [
          [1, 1],
          [4, 4],
        ],
        300,
        400,
      ),
    ).toEqual({
      common: CELL_MAX,
      sizes: [CELL_MAX, CELL_MAX],
    });
  });
  it('scales down only the maps that do not fit at the smallest common edge', () => {
    // 512 cells in 300 px: 300/512 = 0.5859375 px; 16 cells fit at the minimum of 4
    expect(
      mapScale(
        [
          [512, 512],
          [16, 16],
        ],
        300,
        420,
      ),
    ).toEqual({
      common: CELL_MIN,
      sizes: [300 / 512, CELL_MIN],
    });
  });
  it('keeps edges of a pixel or more whole', () => {
    // 300 / 56 = 5.36 → 5
    expect(mapScale([[56, 56]], 300, 420).sizes).toEqual([5]);
  });
});

describe('blocks of a map drawn below a pixel per cell', () => {
  it('keeps the largest value of each block, the last block shorter', () => {
    expect(Array.from(blockMax([0, 2, 1, 0, 3], 2))).toEqual([2, 1, 3]);
    expect(Array.from(blockMax([0, 0, 0, 5], 3))).toEqual([0, 5]);
  });
  it('groups enough cells for a pixel', () => {
    expect([blockFactor(4), blockFactor(1), blockFactor(0.5), blockFactor(0.4)]).toEqual([
      1, 1, 2, 3,
    ]);
  });
});
