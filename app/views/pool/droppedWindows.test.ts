import { describe, expect, it } from 'vitest';
import { buildPoolModel } from './poolModel';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { droppedWindowBoxes } from '../../components/grid/droppedWindowBoxes';

const model = (query: string) =>
  buildPoolModel(decode(`?view=pool&${query}`).params as ViewParams<'pool'>);

describe('droppedWindowBoxes', () => {
  it('ceil mode, a window starting in the right padding: a band on each axis', () => {
    // i 5, k 2, s 2, p 1: windows at 0, 2, 4 kept, the one at 6 dropped; 8 cells drawn.
    expect(droppedWindowBoxes(model('i=5&k=2&s=2&p=1&ceil=1'))).toEqual([
      { row: 6, col: 0, rows: 2, cols: 8 },
      { row: 0, col: 6, rows: 8, cols: 2 },
    ]);
  });

  it('no ceil mode, or a last window kept: none', () => {
    expect(droppedWindowBoxes(model('i=5&k=2&s=2&p=1'))).toEqual([]);
    expect(droppedWindowBoxes(model('i=5&k=2&s=2&p=0&ceil=1'))).toEqual([]);
  });
});
