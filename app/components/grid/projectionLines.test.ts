import { describe, expect, it } from 'vitest';
import { boundingBox, projectionLines } from './projectionLines';

describe('projectionLines', () => {
  const window: [[number, number], [number, number]] = [
    [10, 10],
    [40, 40],
  ];

  it('joins the facing edges when the output is to the right', () => {
    expect(
      projectionLines(window, [
        [100, 20],
        [110, 30],
      ]),
    ).toEqual([
      [40, 10],
      [100, 20],
      [40, 40],
      [100, 30],
    ]);
  });

  it('joins the bottom edge to the top edge when the output is below', () => {
    expect(
      projectionLines(window, [
        [0, 60],
        [10, 70],
      ]),
    ).toEqual([
      [10, 40],
      [0, 60],
      [40, 40],
      [10, 60],
    ]);
  });

  it('joins the window’s top edge to a cell above it, and its left edge to one on its left', () => {
    expect(
      projectionLines(window, [
        [12, 0],
        [20, 5],
      ]),
    ).toEqual([
      [10, 10],
      [12, 5],
      [40, 10],
      [20, 5],
    ]);
    expect(
      projectionLines(window, [
        [0, 15],
        [5, 20],
      ]),
    ).toEqual([
      [10, 10],
      [5, 15],
      [10, 40],
      [5, 20],
    ]);
  });

  it('draws nothing when the boxes overlap', () => {
    expect(
      projectionLines(window, [
        [20, 20],
        [30, 30],
      ]),
    ).toBeNull();
  });
});

describe('boundingBox', () => {
  it('holds every given cell of a row-major grid', () => {
    // Cells (1, 2), (1, 3) and (3, 2) of a 5-wide grid.
    expect(boundingBox([7, 8, 17], 5)).toEqual({ row: 1, col: 2, rows: 3, cols: 2 });
  });

  it('is one cell for one cell, and null for none', () => {
    expect(boundingBox(new Set([4]), 4)).toEqual({ row: 1, col: 0, rows: 1, cols: 1 });
    expect(boundingBox([], 4)).toBeNull();
  });
});
