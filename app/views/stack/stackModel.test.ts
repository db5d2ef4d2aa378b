import { describe, expect, it } from 'vitest';
import { formatLayers } from '../../../engine';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { buildStackModel, cellLinks, describeIndices, validFocus } from './stackModel';

/** The model of a stack URL, as the page builds it. */
const model = (query: string) =>
  buildStackModel(decode(`?view=stack&${query}`).params as ViewParams<'stack'>);

describe('buildStackModel: sizes and receptive fields', () => {
  it('runs the default ResNet-style stem (worked by hand)', () => {
    const m = model('');
    // 32 → ⌊(32 + 6 − 7)/2⌋ + 1 = 16 → ⌊(16 + 2 − 3)/2⌋ + 1 = 8 → 8 → ⌊(8 + 2 − 3)/2⌋ + 1 = 4
    expect(m.maps.map((map) => map.shape)).toEqual([
      [32, 32],
      [16, 16],
      [8, 8],
      [8, 8],
      [4, 4],
    ]);
    expect(m.error).toBeNull();
    // r: 1, 7, 7 + 2·2 = 11, 11 + 2·4 = 19, 19 + 2·4 = 27; S: 1, 2, 4, 4, 8;
    // P: 0, 3, 3 + 1·2 = 5, 5 + 1·4 = 9, 9 + 1·4 = 13
    expect(m.receptive.map((axes) => axes[0])).toEqual([
      { size: 1, jump: 1, padding: 0 },
      { size: 7, jump: 2, padding: 3 },
      { size: 11, jump: 4, padding: 5 },
      { size: 19, jump: 4, padding: 9 },
      { size: 27, jump: 8, padding: 13 },
    ]);
    expect(m.receptiveNote).toBeNull();
    // the centre of the 4 × 4 output: its receptive field is drawn until a cell is picked
    expect(m.defaultFocus).toEqual({ map: 4, cell: [1, 1] });
    expect(m.maps.map((map) => map.title)).toEqual([
      'Input',
      'Layer 1 · Conv2d',
      'Layer 2 · MaxPool2d',
      'Layer 3 · Conv2d',
      'Layer 4 · Conv2d',
    ]);
  });

  it('marks the cells the next layer never reads', () => {
    // MaxPool2d(2) on 5: windows 0–1 and 2–3, cell 4 is dropped by the floor
    const m = model('i=5&L=m2');
    expect(m.maps[0].readBy).toEqual([
      [1, 1, 1, 1, 0],
      [1, 1, 1, 1, 0],
    ]);
    expect(m.maps[1].readBy).toBeNull();
  });

  it('names the refused layer, draws the maps before it and offers fixes for it', () => {
    // 5 → 3 after c3; a 4-tap kernel does not fit 3 cells
    const m = model('i=5&L=c3,c4,m2');
    expect(m.refused).toBe(1);
    expect(m.error).toMatch(/^layer 2: /);
    expect(m.maps.map((map) => map.shape)).toEqual([
      [5, 5],
      [3, 3],
    ]);
    expect(m.runnable).toHaveLength(1);
    const fixed = m.fixes.map((fix) => formatLayers(m.fixedTokens(fix)));
    // shrink the kernel to the 3 cells, or pad ⌈(4 − 3)/2⌉ = 1 on each side
    expect(fixed).toContain('c3,c3,m2');
    expect(fixed).toContain('c3,c4p1,m2');
    // the receptive-field columns stop at the refused layer
    expect(m.receptive).toHaveLength(2);
  });

  it('offers no fixes for channels that groups do not divide', () => {
    const m = model('i=8&cin=3&L=c3g2x4');
    expect(m.error).toMatch(/^layer 1: in_channels must be divisible by groups/);
    expect(m.fixes).toEqual([]);
  });

  it('links the input centre forward when the stack has a transposed layer', () => {
    const m = model('i=3&L=t3s2p1');
    expect(m.defaultFocus).toEqual({ map: 0, cell: [1, 1] });
    expect(m.receptive).toHaveLength(1);
    expect(m.receptive[0]).toEqual([
      { size: 1, jump: 1, padding: 0 },
      { size: 1, jump: 1, padding: 0 },
    ]);
    expect(m.receptiveNote).toMatch(/before layer 1: a ConvTranspose2d/);
  });
});

describe('cellLinks: what a cell lights in every map', () => {
  it('back: two 3 × 3 convolutions, 1 2 3 2 1 paths per axis', () => {
    const m = model('i=5&L=c3,c3');
    const links = cellLinks(m, { map: 2, cell: [0, 0] });
    expect(links.rows[0]).toEqual([0, 1, 2, 3, 4]);
    expect(links.cols[0]).toEqual([0, 1, 2, 3, 4]);
    // the centre is reached by 3 paths per axis: 3 · 3
    expect(links.max).toEqual([9, 1, 1]);
    expect(Array.from(links.rowPaths[0])).toEqual([1, 2, 3, 2, 1]);
    expect(Array.from(links.colPaths[0])).toEqual([1, 2, 3, 2, 1]);
    expect(links.cells).toEqual([25, 9, 1]);
  });

  it('forward: a corner input cell reaches the corner of each later map', () => {
    const m = model('i=5&L=c3,c3');
    const links = cellLinks(m, { map: 0, cell: [0, 0] });
    expect(links.rows).toEqual([[0], [0], [0]]);
    expect(links.cols).toEqual([[0], [0], [0]]);
  });

  it('dilation 2 leaves holes', () => {
    const m = model('i=5&L=c3d2');
    expect(cellLinks(m, { map: 1, cell: [0, 0] }).rows[0]).toEqual([0, 2, 4]);
  });
});

describe('validFocus', () => {
  const m = model('i=5&L=c3');
  it.each([
    [{ map: 1, cell: [2, 2] as [number, number] }, true],
    [{ map: 1, cell: [3, 0] as [number, number] }, false],
    [{ map: 2, cell: [0, 0] as [number, number] }, false],
  ])('%j inside: %s', (focus, inside) => {
    expect(validFocus(m, focus)).toEqual(inside ? focus : null);
  });
});

describe('describeIndices', () => {
  it.each<[number[], string]>([
    [[], 'none'],
    [[4], '4'],
    [[0, 1, 2, 3], '0–3'],
    [[0, 6, 12, 18], '0–18, every 6th'],
    [[1, 3, 5], '1–5, every 2nd'],
    [[0, 1, 3], '0, 1, 3'],
    [[0, 1, 2, 3, 4, 5, 6, 8, 9], '9 of 0–9, with holes'],
  ])('%j → %s', (indices, text) => {
    expect(describeIndices(indices)).toBe(text);
  });
});
