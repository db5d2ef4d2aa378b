import { describe, expect, it } from 'vitest';
import { gifFrames, gifRepeat, scenePalette } from './gifPlan';
import type { Scene } from './scene';

describe('gifFrames', () => {
  it('one frame per step, the last one holding the pause', () => {
    expect(gifFrames(3, { delay: 500, pause: 1500, plays: 0 })).toEqual([
      { step: 0, delay: 500 },
      { step: 1, delay: 500 },
      { step: 2, delay: 2000 },
    ]);
  });
  it('a single step is one frame of delay plus pause', () => {
    expect(gifFrames(1, { delay: 1000, pause: 2000, plays: 1 })).toEqual([
      { step: 0, delay: 3000 },
    ]);
  });
  it('no steps, no frames', () => {
    expect(gifFrames(0, { delay: 1000, pause: 2000, plays: 0 })).toEqual([]);
  });
});

describe('gifRepeat', () => {
  it.each([
    [0, 0],
    [1, -1],
    [2, 1],
    [3, 2],
  ])('%i plays → repeat %i', (plays, repeat) => {
    expect(gifRepeat(plays)).toBe(repeat);
  });
});

describe('scenePalette', () => {
  const scene: Scene = {
    title: 't',
    width: 10,
    height: 10,
    lines: [],
    grids: [
      {
        id: 'input',
        caption: '',
        x: 0,
        y: 0,
        rows: 1,
        cols: 2,
        cell: 5,
        cells: [
          { fill: '#123456', stroke: '#abcdef' },
          { fill: '#ffffff', hatch: '#010203', textColor: '#0a0b0c' },
        ],
      },
    ],
  };
  const hex = (rgb: number[]) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  it('holds every colour of the cells, their shaded fills and the background', () => {
    const colours = scenePalette([scene]).map(hex);
    // #ffffff under the shadow (#102a43 at 22 %): 255 + (16 − 255)·0.22 = 202 (ca), …
    for (const c of ['#123456', '#abcdef', '#ffffff', '#010203', '#0a0b0c', '#cad0d6'])
      expect(colours).toContain(c);
  });
  it('fits a GIF palette', () => {
    const palette = scenePalette([scene]);
    expect(palette.length).toBeLessThanOrEqual(256);
    expect(new Set(palette.map(hex)).size).toBe(palette.length);
  });
});
