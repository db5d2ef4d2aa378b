import { describe, expect, it } from 'vitest';
import {
  colLinks,
  convLinks,
  linkCounts,
  linkMatrix,
  poolLinks,
  rowLinks,
  tapLinks,
  transposedLinks,
} from './indexMap';

describe('section 4.1: C for i = 4, k = 3, s = 1, p = 0', () => {
  const C = linkMatrix(convLinks([4, 4], { kernel: [3, 3] }));

  it('is 4 × 16 with the 3 × 3 kernel laid across each row', () => {
    expect([C.rows, C.cols]).toEqual([4, 16]);
    const row = (r: number) => Array.from(C.col.slice(C.rowStart[r], C.rowStart[r + 1]));
    // one zero column between kernel rows (row length 4 − 3), next rows shifted by 1 then by 4
    expect(row(0)).toEqual([0, 1, 2, 4, 5, 6, 8, 9, 10]);
    expect(row(1)).toEqual([1, 2, 3, 5, 6, 7, 9, 10, 11]);
    expect(row(2)).toEqual([4, 5, 6, 8, 9, 10, 12, 13, 14]);
    expect(Array.from(C.tap.slice(0, 9))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('links', () => {
  const geo = convLinks([5, 5], { kernel: [3, 3], stride: [2, 2], padding: [1, 1] });

  it('an output cell sees its receptive field, padding taps marked −1', () => {
    const links = rowLinks(geo, 0);
    expect(links).toHaveLength(9);
    expect(links.filter((l) => l.colIndex < 0)).toHaveLength(5);
    expect(links[4]).toEqual({ tap: 4, col: [0, 0], colIndex: 0 });
  });

  it('an input cell reaches every output whose window covers it', () => {
    // the window of output row r spans input rows 2r − 1 … 2r + 1
    const centre = colLinks(geo, 2 * 5 + 2); // input (2, 2): only output (1, 1), through its centre tap
    expect(centre.map((l) => l.row)).toEqual([4]);
    expect(centre[0].tap).toBe(4);
    const odd = colLinks(geo, 1 * 5 + 1); // input (1, 1): rows 0 and 1, columns 0 and 1
    expect(odd.map((l) => l.row).sort()).toEqual([0, 1, 3, 4]);
  });

  it('a kernel tap touches one input cell per output cell that is not on padding', () => {
    expect(tapLinks(geo, 4)).toHaveLength(9); // centre tap never lands on padding
    expect(tapLinks(geo, 0)).toHaveLength(4); // top-left tap: outputs (1..2, 1..2)
  });
});

describe('overlap counts of a transposed convolution', () => {
  it('show the checkerboard when k is not a multiple of s (k = 3, s = 2)', () => {
    const counts = linkCounts(transposedLinks([3], { kernel: [3], stride: [2] }));
    expect(Array.from(counts)).toEqual([1, 1, 2, 1, 2, 1, 1]);
  });

  it('are even inside when k is a multiple of s (k = 4, s = 2; only the edges see one stamp)', () => {
    // full result [1, 1, 2, 2, 2, 2, 1, 1], cropped by p = 1 on each end
    const counts = linkCounts(transposedLinks([3], { kernel: [4], stride: [2], padding: [1] }));
    expect(Array.from(counts)).toEqual([1, 2, 2, 2, 2, 1]);
  });
});

describe('poolLinks', () => {
  it('ceil mode: the last window hangs past the padding (i = 6, k = 3, s = 2, p = 1)', () => {
    // PyTorch keeps 4 windows; the last starts at 5 and covers 5, 6 (padding), 7 (beyond)
    const geo = poolLinks([6], {
      mode: 'max',
      kernel: [3],
      stride: [2],
      padding: [1],
      ceilMode: true,
    });
    expect(geo.rowShape).toEqual([4]);
    expect(rowLinks(geo, 3).map((l) => l.col[0])).toEqual([5, 6, 7]);
    expect(rowLinks(geo, 3).map((l) => l.colIndex)).toEqual([5, -1, -1]);
  });
});
