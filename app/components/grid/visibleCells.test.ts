import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_CELLS } from './cellMemory';
import { clipBoxes, holds, sameCells, visibleCells, type ClipBox } from './visibleCells';

const box = (left: number, top: number, right: number, bottom: number, lead = 0): ClipBox => ({
  left,
  top,
  right,
  bottom,
  leadX: lead,
  leadY: lead,
});

describe('visibleCells', () => {
  it('keeps the cells under the window, worked by hand', () => {
    // 100 × 100 cells of 4 px at (10, −200): cell c spans 11 + 4c … 15 + 4c across, row r
    // −199 + 4r … −195 + 4r down. A 300 × 500 window shows columns 0–72 (x < 300: c < 72.25)
    // and rows 49–99 (row 49 spans −3 … 1, so its last pixel shows; y < 500 keeps the rest).
    const grid = { left: 10, top: -200, rows: 100, cols: 100, size: 4 };
    expect(visibleCells(grid, [box(0, 0, 300, 500)], false)).toEqual({
      r0: 49,
      c0: 0,
      r1: 100,
      c1: 73,
    });
    // With a lead of 100 px: rows from y ≥ −100, r ≥ 24.75 → 24; columns still all up to 97.
    expect(visibleCells(grid, [box(0, 0, 300, 500, 100)], true)).toEqual({
      r0: 24,
      c0: 0,
      r1: 100,
      c1: 98,
    });
    // A panel that clips at x = 200 and does not scroll: no lead along it.
    expect(visibleCells(grid, [box(0, 0, 300, 500, 100), box(0, -1e6, 200, 1e6)], true)).toEqual({
      r0: 24,
      c0: 0,
      r1: 100,
      c1: 48,
    });
  });

  it('gives no cells for a grid out of view or not laid out', () => {
    const grid = { left: 0, top: 2000, rows: 10, cols: 10, size: 10 };
    expect(visibleCells(grid, [box(0, 0, 800, 600)], false)).toEqual(NO_CELLS);
    const hidden = { left: 0, top: 0, rows: 10, cols: 10, size: 10 };
    expect(visibleCells(hidden, [box(0, 0, 0, 0), box(0, 0, 800, 600)], false)).toEqual(NO_CELLS);
  });

  it('holds exactly the cells that show through every box (a law)', () => {
    const edge = fc.integer({ min: -400, max: 400 });
    fc.assert(
      fc.property(
        fc.record({
          left: edge,
          top: edge,
          rows: fc.integer({ min: 1, max: 60 }),
          cols: fc.integer({ min: 1, max: 60 }),
          size: fc.integer({ min: 1, max: 12 }),
        }),
        fc.array(
          fc
            .tuple(edge, edge, fc.nat(500), fc.nat(500))
            .map(([l, t, w, h]) => box(l, t, l + w, t + h)),
          { minLength: 1, maxLength: 3 },
        ),
        (grid, clips) => {
          const block = visibleCells(grid, clips, false);
          // The pixels every box lets through.
          const left = Math.max(...clips.map((b) => b.left));
          const right = Math.min(...clips.map((b) => b.right));
          const top = Math.max(...clips.map((b) => b.top));
          const bottom = Math.min(...clips.map((b) => b.bottom));
          // Every cell that shows is in the block, and every cell of the block shows.
          const wrong: [number, number][] = [];
          for (let r = 0; r < grid.rows; r++) {
            for (let c = 0; c < grid.cols; c++) {
              const x0 = grid.left + 1 + c * grid.size;
              const y0 = grid.top + 1 + r * grid.size;
              const shows =
                x0 < right && x0 + grid.size > left && y0 < bottom && y0 + grid.size > top;
              const inBlock = r >= block.r0 && r < block.r1 && c >= block.c0 && c < block.c1;
              if (inBlock !== shows) wrong.push([r, c]);
            }
          }
          expect(wrong).toEqual([]);
        },
      ),
    );
  });
});

describe('holds and sameCells', () => {
  it('an empty block is held by any; a block holds what lies within it', () => {
    const block = { r0: 2, c0: 2, r1: 6, c1: 8 };
    expect(holds(block, NO_CELLS)).toBe(true);
    expect(holds(NO_CELLS, block)).toBe(false);
    expect(holds(block, { r0: 3, c0: 2, r1: 6, c1: 5 })).toBe(true);
    expect(holds(block, { r0: 1, c0: 2, r1: 6, c1: 5 })).toBe(false);
    expect(holds(block, { r0: 2, c0: 2, r1: 6, c1: 9 })).toBe(false);
    expect(sameCells(block, { ...block })).toBe(true);
    expect(sameCells(block, { ...block, c1: 7 })).toBe(false);
  });
});

describe('clipBoxes', () => {
  afterEach(() => vi.unstubAllGlobals());
  /** An element whose box is the given rectangle, scrolled by (scrollLeft, scrollTop). */
  const at = (
    left: number,
    top: number,
    width: number,
    height: number,
    scrollLeft = 0,
    scrollTop = 0,
  ) =>
    ({
      scrollLeft,
      scrollTop,
      getBoundingClientRect: () => ({
        left,
        top,
        width,
        height,
        right: left + width,
        bottom: top + height,
      }),
    }) as unknown as Element;
  /** A figure 800 px wide that scrolls across and clips down (`overflow: auto hidden`). */
  const figure = (scrollLeft: number, scrollTop = 0) => ({
    element: at(20, 80, 800, 500, scrollLeft, scrollTop),
    x: true,
    y: true,
    scrollsX: true,
    scrollsY: false,
  });

  it('paints ahead along a box only once it has been scrolled, and only along its axis', () => {
    vi.stubGlobal('window', { innerWidth: 1000, innerHeight: 600 });
    const grid = at(40, 100, 3000, 400);
    const [own, screen, atStart] = clipBoxes(grid, [figure(0)]);
    expect(own).toEqual({ left: 40, top: 100, right: 3040, bottom: 500, leadX: 0, leadY: 0 });
    // The window always paints half a window ahead.
    expect(screen).toEqual({ left: 0, top: 0, right: 1000, bottom: 600, leadX: 500, leadY: 300 });
    expect(atStart).toEqual({ left: 20, top: 80, right: 820, bottom: 580, leadX: 0, leadY: 0 });
    const [, , scrolled] = clipBoxes(grid, [figure(40)]);
    expect(scrolled).toEqual({ left: 20, top: 80, right: 820, bottom: 580, leadX: 400, leadY: 0 });
    // Scrolled down by a script, it still does not scroll down for a reader: no lead down.
    const [, , down] = clipBoxes(grid, [figure(0, 30)]);
    expect(down.leadY).toBe(0);
  });

  it('a box scrolled sideways has the box around it that can scroll paint ahead too', () => {
    vi.stubGlobal('window', { innerWidth: 1000, innerHeight: 600 });
    // The figure inside a panel that could scroll across but never has.
    const panel = { ...figure(0), element: at(0, 60, 860, 560) };
    const [, , , atStart] = clipBoxes(at(40, 100, 3000, 400), [figure(0), panel]);
    expect(atStart.leadX).toBe(0);
    const [, , inner, outer] = clipBoxes(at(40, 100, 3000, 400), [figure(40), panel]);
    expect(inner.leadX).toBe(400);
    expect(outer).toEqual({ left: 0, top: 60, right: 860, bottom: 620, leadX: 430, leadY: 0 });
  });

  it('a box that clips one axis only leaves the other unbounded', () => {
    vi.stubGlobal('window', { innerWidth: 1000, innerHeight: 600 });
    const box = {
      element: at(0, 50, 300, 200, 10),
      x: true,
      y: false,
      scrollsX: true,
      scrollsY: false,
    };
    const [, , clip] = clipBoxes(at(0, 0, 10, 10), [box]);
    expect(clip).toEqual({
      left: 0,
      top: -Infinity,
      right: 300,
      bottom: Infinity,
      leadX: 150,
      leadY: 0,
    });
  });
});
