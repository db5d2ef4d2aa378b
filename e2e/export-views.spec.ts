import { downloadFrom, centreOf, gifPixels, pngSize, svgCells } from './support/exportFiles';
import { expect, test } from './support/test';

// Colours worked by hand from the palette: the link ramp's two ends, the input and output
// fills, and the output under the window's shadow (#102a43 at 22 %).
const INPUT = '#9cc5eb';
const OUTPUT = '#3fb0bb';
const OUTPUT_SHADED = '#3593a1';
const PENDING = '#ffffff';
const ONE_PATH = '#fde68a';
const MOST_PATHS = '#7a1f6a';

test.describe('export of the layer stack', () => {
  test.describe.configure({ timeout: 120_000 });

  test('PNG, SVG with a rectangle per cell of every map, GIF of the receptive field growing', async ({
    page,
  }) => {
    // 8 × 8 → 6 × 6 → 4 × 4: two 3 × 3 convolutions, no padding.
    await page.goto('?view=stack&i=8,8&L=c3,c3');
    await page.getByTestId('export-scale').selectOption('1');
    const one = await downloadFrom(page, 'export-png');
    expect(one.name).toBe('stack_i8_Lc3xc3.png');
    await page.getByTestId('export-scale').selectOption('4');
    const four = await downloadFrom(page, 'export-png');
    expect(four.name).toBe('stack_i8_Lc3xc3@4x.png');
    const [w, h] = pngSize(one.bytes);
    expect(pngSize(four.bytes)).toEqual([4 * w, 4 * h]);

    const svg = await downloadFrom(page, 'export-svg');
    expect(svg.name).toBe('stack_i8_Lc3xc3.svg');
    const text = svg.bytes.toString('utf8');
    const input = await svgCells(page, text, 'map0');
    expect([input.width, input.height]).toEqual([w, h]);
    expect(input.grids).toEqual(['map0', 'map1', 'map2']);
    expect(input.cells).toHaveLength(64);
    expect((await svgCells(page, text, 'map1')).cells).toHaveLength(36);
    expect((await svgCells(page, text, 'map2')).cells).toHaveLength(16);
    // The still links the centre of the last map, (1, 1) of 4 × 4: it sees input rows and
    // columns 1–5, the centre (3, 3) by 3 · 3 = 9 paths, the corner (1, 1) by one.
    expect(input.cells[3 * 8 + 3].fill).toBe(MOST_PATHS);
    expect(input.cells[1 * 8 + 1].fill).toBe(ONE_PATH);
    expect(input.cells[0].fill).toBe(INPUT);

    const gif = await downloadFrom(page, 'export-gif');
    expect(gif.name).toBe('stack_i8_Lc3xc3.gif');
    expect(gif.bytes.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    const at = [centreOf(input.cells[3 * 8 + 3]), centreOf(input.cells[1 * 8 + 1])];
    const { count, colours, size } = await gifPixels(page, gif.bytes, at, [0, -1]);
    // One frame per layer.
    expect(count).toBe(2);
    expect(size).toEqual([w, h]);
    // Frame 1: the centre (2, 2) of layer 1's 6 × 6 output sees input rows 2–4 by one path
    // each (all of the darkest shade); input (1, 1) is outside.
    expect(colours[0]).toEqual([MOST_PATHS, INPUT]);
    // Frame 2: the centre of layer 2's output, as the still.
    expect(colours[1]).toEqual([MOST_PATHS, ONE_PATH]);
  });
});

test.describe('export of the channel picture', () => {
  test.describe.configure({ timeout: 120_000 });

  test('PNG, SVG of every channel, GIF one frame per output cell of every output channel', async ({
    page,
  }) => {
    // Two input channels, two output channels, one group; 4 × 4 → 2 × 2 with a 3 × 3 kernel.
    await page.goto('?view=channels&i=4&k=3&p=0&cin=2&cout=2&g=1');
    await page.getByTestId('export-scale').selectOption('2');
    const png = await downloadFrom(page, 'export-png');
    expect(png.name).toMatch(/^channels_i4_k3_s1_p0_cin2_cout2_g1@2x\.png$/);
    const svg = await downloadFrom(page, 'export-svg');
    expect(svg.name).toBe('channels_i4_k3_s1_p0_cin2_cout2_g1.svg');
    const text = svg.bytes.toString('utf8');
    const out = await svgCells(page, text, 'conv-output');
    expect([2 * out.width, 2 * out.height]).toEqual(pngSize(png.bytes));
    expect(out.cells).toHaveLength(2 * 2 * 2);
    expect((await svgCells(page, text, 'conv-input')).cells).toHaveLength(2 * 4 * 4);
    // Per output channel a row of two 3 × 3 kernels.
    expect((await svgCells(page, text, 'conv-kernel')).cells).toHaveLength(2 * 2 * 9);
    // Nothing pinned: no cell lit.
    expect(out.cells.every((cell) => cell.fill === OUTPUT)).toBe(true);
    // The wires: one per input channel and output channel.
    expect(text.match(/<path d="M[^"]* C/g) ?? []).toHaveLength(4);

    const gif = await downloadFrom(page, 'export-gif');
    expect(gif.name).toBe('channels_i4_k3_s1_p0_cin2_cout2_g1.gif');
    expect(gif.bytes.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    // Output channel 0's first cell and channel 1's last.
    const at = [centreOf(out.cells[0]), centreOf(out.cells[7])];
    const { count, colours } = await gifPixels(page, gif.bytes, at, [0, -1]);
    expect(count).toBe(8);
    expect(colours[0]).toEqual([OUTPUT_SHADED, OUTPUT]);
    expect(colours[1]).toEqual([OUTPUT, OUTPUT_SHADED]);
  });
});

test.describe('export of the transposed view’s scatter', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the GIF can be the scatter: one frame per input cell stamping the kernel', async ({
    page,
  }) => {
    // A 2 × 2 input, 3 × 3 kernel, stride 1, no padding: a 4 × 4 full result, all kept.
    await page.goto('?view=transposed&i=2&k=3&s=1&p=0');
    await expect(page.getByTestId('export-gif-of')).toHaveValue('0');
    await page.getByTestId('export-gif-of').selectOption({ label: 'scatter' });
    const gif = await downloadFrom(page, 'export-gif');
    expect(gif.name).toBe('transposed_i2_k3_s1_p0_scatter.gif');
    expect(gif.bytes.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    // The picture: 16 px margin, 24 px for captions, 40 px cells (900 / 9 columns, at most
    // 40): the input 80 wide, the kernel at x 136, 120 wide, the full result at x 296, y 40.
    const full = (r: number, c: number): [number, number] => [296 + 40 * c + 20, 40 + 40 * r + 20];
    const { count, colours } = await gifPixels(page, gif.bytes, [full(0, 0), full(3, 3)], [0, -1]);
    // One frame per input cell.
    expect(count).toBe(4);
    // First stamp (input (0, 0)) covers rows and columns 0–2; (3, 3) is still empty.
    expect(colours[0]).toEqual([OUTPUT_SHADED, PENDING]);
    // Last stamp (input (1, 1)) covers 1–3; (0, 0) holds its sum.
    expect(colours[1]).toEqual([OUTPUT, OUTPUT_SHADED]);
    // The default GIF is still the equivalent convolution: 16 outputs, 16 frames.
    await page.getByTestId('export-gif-of').selectOption('0');
    const eq = await downloadFrom(page, 'export-gif');
    expect(eq.name).toBe('transposed_i2_k3_s1_p0.gif');
    expect((await gifPixels(page, eq.bytes, [], [])).count).toBe(16);
  });
});

test.describe('export of ceil-mode pooling', () => {
  test('the windows PyTorch drops are dashed over the input, as on screen', async ({ page }) => {
    // i = 5, k = 2, s = 2, p = 1, ceil: the window at 6 starts in the right padding and is
    // dropped on both axes; the padded grid with its overhang is 8 × 8.
    await page.goto('?view=pool&i=5&k=2&s=2&p=1&mode=max&ceil=1');
    const svg = await downloadFrom(page, 'export-svg');
    const text = svg.bytes.toString('utf8');
    const input = await svgCells(page, text, 'input');
    expect(input.cells).toHaveLength(64);
    const marks = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return [...doc.querySelectorAll('g[data-grid="input"] rect.mark')].map((m) => ({
        x: Number(m.getAttribute('x')),
        y: Number(m.getAttribute('y')),
        stroke: m.getAttribute('stroke'),
        dash: m.getAttribute('stroke-dasharray'),
      }));
    }, text);
    expect(marks).toHaveLength(2);
    for (const mark of marks) expect([mark.stroke, mark.dash]).toEqual(['#c4471a', '6 4']);
    // The row band starts at row 6, the column band at column 6 (cells sit 0.5 px inside
    // their square, the marks 1.5 px).
    const cell = input.cells[6 * 8 + 6];
    expect(marks[0].y).toBeCloseTo(cell.y + 1, 5);
    expect(marks[1].x).toBeCloseTo(cell.x + 1, 5);
  });
});
