import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { downloadFrom, gifPixels, pngSize, svgCells } from './support/exportFiles';
import { expect, test } from './support/test';

/** The output cells of an exported SVG: their rectangles, in document order. */
const svgOutputCells = (page: Page, svg: string) => svgCells(page, svg, 'output');

const OUTPUT = '#3fb0bb';
const PENDING = '#ffffff';
/** The output colour under the window's shadow (#102a43 at 22 %), worked by hand. */
const OUTPUT_SHADED = '#3593a1';

test.describe('export', () => {
  // Drawing and encoding in a worker takes seconds on a busy two-core machine.
  test.describe.configure({ timeout: 120_000 });

  test('PNG at 1× and 2× is named after the state and doubles in size', async ({ page }) => {
    await page.goto('?view=conv&i=5&k=3&s=2&p=1');
    await page.getByTestId('export-scale').selectOption('1');
    const one = await downloadFrom(page, 'export-png');
    expect(one.name).toBe('conv_i5_k3_s2_p1.png');
    expect([...one.bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    await page.getByTestId('export-scale').selectOption('2');
    const two = await downloadFrom(page, 'export-png');
    expect(two.name).toBe('conv_i5_k3_s2_p1@2x.png');
    const [w1, h1] = pngSize(one.bytes);
    expect(pngSize(two.bytes)).toEqual([2 * w1, 2 * h1]);
    const svg = await downloadFrom(page, 'export-svg');
    const parsed = await svgOutputCells(page, svg.bytes.toString('utf8'));
    expect([parsed.width, parsed.height]).toEqual([w1, h1]);
  });

  test('SVG is vector: a rectangle per output cell, text as text, padding dashed', async ({
    page,
  }) => {
    await page.goto('?view=conv&i=5&k=3&s=2&p=1&num=1');
    const svg = await downloadFrom(page, 'export-svg');
    expect(svg.name).toBe('conv_i5_k3_s2_p1_num1.svg');
    const parsed = await svgOutputCells(page, svg.bytes.toString('utf8'));
    // 3 × 3 outputs (Relationship 6: ⌊(5 + 2 − 3) / 2⌋ + 1 = 3).
    expect(parsed.cells).toHaveLength(9);
    // The padded input 7 × 7 has 24 padding cells, each dashed; the window covers 4 of them
    // at step 0, and those keep their dashes under its shadow.
    expect(parsed.dashed).toBe(24);
    // Captions, 25 input values, 24 padding zeros, 9 weights, 9 outputs at least.
    expect(parsed.texts).toBeGreaterThan(25 + 24 + 9 + 9);
  });

  test('GIF: one frame per output position, the window moving, the output filling', async ({
    page,
  }) => {
    await page.goto('?view=conv&i=5&k=3&s=2&p=1');
    const svg = await downloadFrom(page, 'export-svg');
    const { cells } = await svgOutputCells(page, svg.bytes.toString('utf8'));
    const centre = (i: number) =>
      [Math.round(cells[i].x + cells[i].size / 2), Math.round(cells[i].y + cells[i].size / 2)] as [
        number,
        number,
      ];
    const gif = await downloadFrom(page, 'export-gif');
    expect(gif.name).toBe('conv_i5_k3_s2_p1.gif');
    expect(gif.bytes.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    const { count, colours } = await gifPixels(page, gif.bytes, [centre(0), centre(8)], [0, -1]);
    expect(count).toBe(9);
    // First frame: output (0, 0) made under the shadow, (2, 2) still to come.
    expect(colours[0]).toEqual([OUTPUT_SHADED, PENDING]);
    // Last frame: (0, 0) done, (2, 2) made under the shadow.
    expect(colours[1]).toEqual([OUTPUT, OUTPUT_SHADED]);
  });

  test('a 64 × 64 GIF encodes in a worker: the page answers, and Cancel stops it', async ({
    page,
  }) => {
    await page.goto('?view=conv&i=64&k=3&s=1&p=0');
    await page.getByTestId('export-gif').click();
    const progress = page.getByTestId('export-progress');
    await expect(progress).toBeVisible();
    // The page keeps answering while frames are encoded.
    await page.getByTestId('control-k-field').fill('5');
    await expect(page.getByTestId('output-size')).toHaveText('60 × 60');
    await page.getByTestId('export-cancel').click();
    await expect(progress).toBeHidden();
    await expect(page.getByTestId('export-status')).toHaveText('GIF cancelled.');
  });

  test('pooling exports too, named after its state', async ({ page }) => {
    await page.goto('?view=pool&i=5&k=3&s=1&p=0&mode=avg');
    const gif = await downloadFrom(page, 'export-gif');
    expect(gif.name).toBe('pool_i5_k3_s1_p0_modeavg.gif');
    const { count } = await gifPixels(page, gif.bytes, [], []);
    expect(count).toBe(9);
  });
});

test.describe('the paper’s transposed animations', () => {
  test.describe.configure({ timeout: 120_000 });

  test('figure 4.7: the equivalent convolution, one frame per output cell', async ({ page }) => {
    await page.goto('?view=transposed&i=3&k=3&s=2&p=1&op=1');
    const gif = await downloadFrom(page, 'export-gif');
    expect(gif.name).toBe('transposed_i3_k3_s2_p1_op1.gif');
    // padding_strides_odd_transposed.gif: a 6 × 6 output, 36 frames.
    const { count } = await gifPixels(page, gif.bytes, [], []);
    expect(count).toBe(36);
    const svg = await downloadFrom(page, 'export-svg');
    expect((await svgOutputCells(page, svg.bytes.toString('utf8'))).cells).toHaveLength(36);
  });
});

test.describe('share', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy link copies the state; copy embed code an iframe of the figure alone', async ({
    page,
  }) => {
    await page.goto('?view=conv&i=6&k=3&s=2&p=1');
    await page.getByTestId('copy-link').click();
    await expect(page.getByTestId('export-status')).toHaveText('Link copied.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).search).toBe('?view=conv&i=6&k=3&s=2&p=1');
    await page.getByTestId('copy-embed').click();
    await expect(page.getByTestId('export-status')).toHaveText('Embed code copied.');
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toMatch(
      /^<iframe src="[^"]*\?view=conv&amp;i=6&amp;k=3&amp;s=2&amp;p=1&amp;embed=1"/,
    );
    const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(code) ?? [];
    expect(code).toContain(`aspect-ratio: ${w} / ${h}`);
    expect(Number(w)).toBeGreaterThan(200);
  });
});

test.describe('embed mode', () => {
  test('only the figure, the state kept, a link back to the whole page', async ({ page }) => {
    await page.goto('?view=conv&i=6&k=3&s=2&p=1&embed=1');
    await expect(page.getByTestId('stage')).toBeVisible();
    await expect(page.locator('header')).toHaveCount(0);
    await expect(page.getByTestId('control-k-field')).toHaveCount(0);
    await expect(page.getByTestId('grid-output')).toHaveAttribute('data-rows', '3');
    const open = page.getByTestId('embed-open');
    await expect(open).toHaveAttribute('href', '?view=conv&i=6&k=3&s=2&p=1');
    await expect(open).toHaveAttribute('target', '_blank');
    // The step moves and the URL keeps embed=1.
    await page.getByTestId('stage').press('ArrowRight');
    await expect(page).toHaveURL(/&t=1&embed=1$/);
    await expectNoAxeViolations(page);
  });

  test('the transposed view embeds too', async ({ page }) => {
    await page.goto('?view=transposed&i=3&k=3&s=2&p=1&embed=1');
    await expect(page.getByTestId('equivalent-panel')).toBeVisible();
    await expect(page.locator('header')).toHaveCount(0);
  });
});

test.describe('print', () => {
  test.describe.configure({ timeout: 90_000 });

  // The views whose page holds a code panel, and two that do not.
  for (const [view, code] of [
    ['conv', true],
    ['pool', true],
    ['transposed', true],
    ['channels', true],
    ['stack', true],
    ['broadcast', true],
    ['smoothl1', false],
    ['mask', false],
  ] as const) {
    test(`${view}: one A4 page, no header, controls or export bar`, async ({ page }) => {
      await page.goto(`?view=${view}`);
      await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('header.site-header')).toBeHidden();
      await expect(page.locator('.view-controls')).toBeHidden();
      await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
      if (code) await expect(page.locator('.code-panel')).toBeVisible();
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages).toHaveLength(1);
    });
  }
});
