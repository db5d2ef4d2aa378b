import { describe, expect, it } from 'vitest';
import { animationScene, captionWidth, exportCell, SCENE, type WindowAnimation } from './scene';
import { sceneSvg } from './sceneSvg';
import { PALETTE } from '../grid/palette';

const cell = (fill: string, text?: string) => ({ fill, stroke: '#000000', text });

/** A 3 × 3 input, a 2 × 2 kernel and a 2 × 2 output, stride 1: four steps. */
function tiny(): WindowAnimation {
  const steps = [0, 1, 2, 3].map((t) => {
    const row = Math.floor(t / 2);
    const col = t % 2;
    const covered = [0, 1, 3, 4].map((i) => i + row * 3 + col);
    return {
      window: { row, col, rows: 2, cols: 2 },
      input: covered.map(
        (i) =>
          [i, { fill: '#9cc5eb', shaded: true }] as [number, { fill: string; shaded: boolean }],
      ),
      output: { fill: '#3fb0bb', shaded: true, stroke: '#8a4b00', strong: true },
    };
  });
  return {
    title: 'A <tiny> figure & more',
    input: {
      id: 'input',
      caption: 'Input 3 × 3',
      rows: 3,
      cols: 3,
      cells: Array(9).fill(cell('#9cc5eb')),
    },
    kernel: {
      id: 'kernel',
      caption: 'Kernel',
      rows: 2,
      cols: 2,
      cells: Array(4).fill(cell('#f4c26b', '0,0')),
    },
    output: {
      id: 'output',
      caption: 'Output 2 × 2',
      rows: 2,
      cols: 2,
      cells: Array(4).fill(cell('#3fb0bb')),
      pending: Array(4).fill(cell('#ffffff')),
    },
    steps,
  };
}

describe('exportCell', () => {
  it.each([
    [11, false, 40],
    [30, false, 30],
    [150, false, 6],
    [200, false, 6],
    [60, true, 15],
    [30, true, 30],
  ])('%i columns, values %s → %i px', (columns, numbers, size) => {
    expect(exportCell(columns, numbers)).toBe(size);
  });
});

describe('animationScene', () => {
  it('lays the grids side by side, captions above', () => {
    const scene = animationScene(tiny(), 0);
    expect(scene.grids.map((g) => [g.id, g.x, g.y])).toEqual([
      ['input', SCENE.margin, SCENE.margin + SCENE.caption],
      ['kernel', SCENE.margin + 3 * 40 + SCENE.gap, SCENE.margin + SCENE.caption],
      ['output', SCENE.margin + 5 * 40 + 2 * SCENE.gap, SCENE.margin + SCENE.caption],
    ]);
    expect(scene.width).toBe(SCENE.margin * 2 + 7 * 40 + 2 * SCENE.gap);
    expect(scene.height).toBe(SCENE.margin * 2 + SCENE.caption + 3 * 40);
  });

  it('step t: outputs before it done, t made under the shadow, the rest pending', () => {
    const scene = animationScene(tiny(), 2);
    const output = scene.grids[2];
    expect(output.cells.map((c) => `${c.fill}${c.shaded ? '*' : ''}`)).toEqual([
      '#3fb0bb',
      '#3fb0bb',
      '#3fb0bb*',
      '#ffffff',
    ]);
    expect(scene.grids[0].frame).toEqual({ row: 1, col: 0, rows: 2, cols: 2 });
    expect(scene.grids[0].cells.filter((c) => c.shaded)).toHaveLength(4);
    // Two lines from the window's right edge to the output cell's left edge.
    expect(scene.lines).toEqual([
      [
        [SCENE.margin + 2 * 40, SCENE.margin + SCENE.caption + 40],
        [SCENE.margin + 5 * 40 + 2 * SCENE.gap, SCENE.margin + SCENE.caption + 40],
      ],
      [
        [SCENE.margin + 2 * 40, SCENE.margin + SCENE.caption + 3 * 40],
        [SCENE.margin + 5 * 40 + 2 * SCENE.gap, SCENE.margin + SCENE.caption + 2 * 40],
      ],
    ]);
  });

  it('a step past the last shows the last; −1 shows none made', () => {
    expect(animationScene(tiny(), 99).grids[2].cells.map((c) => c.fill)).toEqual([
      '#3fb0bb',
      '#3fb0bb',
      '#3fb0bb',
      '#3fb0bb',
    ]);
    const before = animationScene(tiny(), -1);
    expect(before.grids[2].cells.every((c) => c.fill === '#ffffff')).toBe(true);
    expect(before.lines).toEqual([]);
    expect(before.grids[0].frame).toBeUndefined();
  });
});

describe('sceneSvg', () => {
  const svg = sceneSvg(animationScene(tiny(), 0));
  it('a rectangle per cell in a group per grid, values as text', () => {
    expect(
      svg.match(/<g data-grid="output">.*?<\/g>/s)?.[0].match(/<rect class="cell"/g),
    ).toHaveLength(4);
    expect(svg.match(/<rect class="cell"/g)).toHaveLength(9 + 4 + 4);
    expect(svg.match(/>0,0<\/text>/g)).toHaveLength(4);
    expect(svg).toContain('<rect class="window"');
  });
  it('escapes text', () => {
    expect(svg).toContain('<title>A &lt;tiny&gt; figure &amp; more</title>');
    expect(svg).not.toContain('<tiny>');
  });
  it('shaded cells take the shadowed colour', () => {
    // #9cc5eb under #102a43 at 22 %: 156 − 0.22·140 = 125.2 (7d), 197 − 0.22·155 = 162.9 (a3),
    // 235 − 0.22·168 = 198.0 (c6).
    expect(svg.match(/fill="#7da3c6"/g)).toHaveLength(4);
  });
});

describe('free text in a scene', () => {
  it('is SVG text, escaped, bold or monospace when asked; an empty caption is left out', () => {
    const svg = sceneSvg({
      title: 't',
      width: 100,
      height: 50,
      lines: [],
      grids: [
        {
          id: 'g',
          caption: '',
          x: 0,
          y: 0,
          rows: 1,
          cols: 1,
          cell: 10,
          cells: [{ fill: '#ffffff' }],
        },
      ],
      texts: [
        { x: 5, y: 20, text: 'mask = (a > 0) & (a < 1)', bold: true, mono: true },
        { x: 50, y: 40, text: '[0, :, :]', size: 11, color: '#4f5965', anchor: 'end' },
      ],
    });
    expect(svg).toContain(
      `<text class="label" x="5" y="20" font-size="14" fill="${PALETTE.text}" font-family='${SCENE.mono}' font-weight="700">mask = (a &gt; 0) &amp; (a &lt; 1)</text>`,
    );
    expect(svg).toContain(
      '<text class="label" x="50" y="40" font-size="11" fill="#4f5965" text-anchor="end">[0, :, :]</text>',
    );
    expect(svg).not.toContain('class="caption"');
  });
});

describe('captionWidth', () => {
  it('gives a Chinese character a whole 14 px em and a Latin one about half', () => {
    expect(captionWidth('Output 6 × 6')).toBe(Math.ceil(12 * 7.2));
    // 输出 is two characters of 14 px, " 6 × 6" six of 7.2
    expect(captionWidth('输出 6 × 6')).toBe(Math.ceil(2 * 14 + 6 * 7.2));
    // six Chinese characters and six others (spaces, digits, the degree sign)
    expect(captionWidth('旋转 180° 的卷积核')).toBe(Math.ceil(6 * 14 + 6 * 7.2));
  });
});
