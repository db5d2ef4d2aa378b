import { describe, expect, it } from 'vitest';
import { CellMemory } from './cellMemory';
import type { CellPaint } from './paintGrid';

const grid = (r1: number, c1: number) => ({ r0: 0, c0: 0, r1, c1 });
const plain = (text?: string): CellPaint => ({ fill: '#aabbcc', stroke: '#000000', text });

describe('CellMemory', () => {
  it('reports the whole grid the first time and nothing when the picture is the same', () => {
    const memory = new CellMemory();
    expect(memory.update(grid(3, 4), () => plain())).toEqual({ r0: 0, c0: 0, r1: 3, c1: 4 });
    expect(memory.update(grid(3, 4), () => plain())).toBeNull();
  });

  it('reports the smallest block holding every changed cell, for any field that changed', () => {
    const memory = new CellMemory();
    memory.update(grid(5, 5), () => plain('1'));
    const changes: [number, number, Partial<CellPaint>][] = [
      [1, 3, { shaded: true }],
      [3, 1, { text: '2' }],
    ];
    const block = memory.update(grid(5, 5), (r, c) => {
      const change = changes.find(([cr, cc]) => cr === r && cc === c);
      return { ...plain('1'), ...change?.[2] };
    });
    expect(block).toEqual({ r0: 1, c0: 1, r1: 4, c1: 4 });
    for (const field of ['strong', 'dashed', 'badge', 'hatch', 'textColor', 'fill'] as const) {
      const value = field === 'strong' || field === 'dashed' ? true : '#123456';
      const m = new CellMemory();
      m.update(grid(2, 2), () => plain());
      expect(
        m.update(grid(2, 2), (r, c) =>
          r === 1 && c === 0 ? { ...plain(), [field]: value } : plain(),
        ),
      ).toEqual({ r0: 1, c0: 0, r1: 2, c1: 1 });
    }
  });

  it('counts a cell that appears or disappears as changed, and starts over when told to', () => {
    const memory = new CellMemory();
    memory.update(grid(2, 2), () => null);
    expect(memory.update(grid(2, 2), (r, c) => (r === 0 && c === 1 ? plain() : null))).toEqual({
      r0: 0,
      c0: 1,
      r1: 1,
      c1: 2,
    });
    memory.clear(grid(2, 2));
    expect(memory.update(grid(2, 2), (r, c) => (r === 0 && c === 1 ? plain() : null))).toEqual({
      r0: 0,
      c0: 0,
      r1: 2,
      c1: 2,
    });
  });

  it('remembers only its block: cells outside it are neither kept nor reported', () => {
    const memory = new CellMemory();
    const block = { r0: 2, c0: 3, r1: 4, c1: 6 };
    expect(memory.update(block, () => plain())).toEqual(block);
    expect(memory.update(block, () => plain())).toBeNull();
    // A change at (3, 5) inside the block; (0, 0) and (4, 6) lie outside it.
    expect(memory.update(block, (r, c) => (r === 3 && c === 5 ? plain('x') : plain()))).toEqual({
      r0: 3,
      c0: 5,
      r1: 4,
      c1: 6,
    });
    expect(memory.record(0, 0, plain('y'))).toBe(false);
    expect(memory.record(4, 6, plain('y'))).toBe(false);
    // Another block starts over, reported whole.
    const moved = { r0: 2, c0: 4, r1: 4, c1: 7 };
    expect(memory.update(moved, () => plain())).toEqual(moved);
  });

  it('compares only the cells it is told can have changed', () => {
    const memory = new CellMemory();
    const asked: string[] = [];
    memory.update(grid(4, 4), () => plain());
    const lit = (r: number, c: number) => {
      asked.push(`${r},${c}`);
      return r === 2 && c === 2 ? plain('x') : plain();
    };
    const within = { r0: 1, c0: 2, r1: 3, c1: 4 };
    expect(memory.update(grid(4, 4), lit, within)).toEqual({ r0: 2, c0: 2, r1: 3, c1: 3 });
    expect(asked).toEqual(['1,2', '1,3', '2,2', '2,3']);
    // Nothing to compare: nothing changed, even where the picture would differ.
    expect(memory.update(grid(4, 4), lit, { r0: 0, c0: 0, r1: 0, c1: 0 })).toBeNull();
    expect(memory.update(grid(4, 4), () => plain('y'), { r0: 3, c0: 5, r1: 2, c1: 9 })).toBeNull();
  });
});
