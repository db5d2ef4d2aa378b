import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { downloadFrom, gifPixels, pngSize } from './support/exportFiles';
import { expect, test } from './support/test';

/** What an exported SVG holds, read by the browser's XML parser (which fails on bad markup). */
async function readSvg(page: Page, svg: string, cellsOf: string[] = []) {
  return page.evaluate(
    ({ text, cellsOf }) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      if (doc.querySelector('parsererror')) throw new Error('the SVG does not parse');
      const root = doc.documentElement;
      const cells = (grid: string) =>
        [...doc.querySelectorAll(`g[data-grid${grid}] rect.cell`)].map((rect) => ({
          x: Number(rect.getAttribute('x')),
          y: Number(rect.getAttribute('y')),
          size: Number(rect.getAttribute('width')),
          fill: rect.getAttribute('fill'),
          dashed: rect.hasAttribute('stroke-dasharray'),
          text:
            rect.nextElementSibling?.tagName === 'text'
              ? rect.nextElementSibling.textContent
              : null,
        }));
      return {
        root: root.tagName,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        paths: [...doc.querySelectorAll('path')].map((p) => ({
          stroke: p.getAttribute('stroke'),
          dash: p.getAttribute('stroke-dasharray'),
          length: (p.getAttribute('d') ?? '').length,
        })),
        /** Attributes of the page's that a picture should not carry. */
        pageAttributes: doc.querySelectorAll(
          '[class="probe-handle"], [role], [tabindex], [aria-label]',
        ).length,
        cells: Object.fromEntries(cellsOf.map((grid) => [grid, cells(grid)])),
      };
    },
    { text: svg, cellsOf },
  );
}

/** PNG at 1×, 2× and 4×: the 1× one is the SVG's size, the others two and four times it. */
async function expectPngScales(page: Page, name: string, size: [number, number]) {
  for (const scale of [1, 2, 4]) {
    await page.getByTestId('export-scale').selectOption(String(scale));
    const png = await downloadFrom(page, 'export-png');
    expect(png.name).toBe(scale === 1 ? `${name}.png` : `${name}@${scale}x.png`);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pngSize(png.bytes)).toEqual([size[0] * scale, size[1] * scale]);
  }
}

test.describe('export of the labs', () => {
  // Drawing and encoding take seconds on a busy two-core machine.
  test.describe.configure({ timeout: 120_000 });

  test('Smooth L1: the plots as vector SVG, curves as paths in their colours and dashes', async ({
    page,
  }) => {
    await page.goto('?view=smoothl1&beta=0.5&x=1');
    await expect(page.getByTestId('loss-chart')).toBeVisible();
    // Nothing on this figure moves: no GIF is offered.
    await expect(page.getByTestId('export-svg')).toBeVisible();
    await expect(page.getByTestId('export-gif')).toHaveCount(0);
    const svg = await downloadFrom(page, 'export-svg');
    expect(svg.name).toBe('smoothl1_beta0.5_x1.svg');
    const parsed = await readSvg(page, svg.bytes.toString('utf8'));
    expect(parsed.root).toBe('svg');
    // Each shown curve (Smooth L1, L1, L2, Huber) in the loss and the gradient chart, with the
    // colours and dashes of curveStyles.ts.
    const curves = (stroke: string) =>
      parsed.paths.filter((p) => p.stroke === stroke && p.length > 20);
    expect(curves('#0072b2')).toHaveLength(2);
    expect(curves('#5a5f66').map((p) => p.dash)).toEqual(['7 4', '7 4']);
    expect(curves('#cc79a7').map((p) => p.dash)).toEqual(['2 3', '2 3']);
    expect(curves('#009e73').map((p) => p.dash)).toEqual(['10 3 2 3', '10 3 2 3']);
    // Text as text: the legend, the axes' titles and tick labels, the probe's readout.
    expect(parsed.texts).toContain('Smooth L1 (β\u00a0=\u00a00.5)');
    expect(parsed.texts).toContain('Huber (δ\u00a0=\u00a01)');
    expect(parsed.texts.filter((t) => t === 'x\u00a0=\u00a0pred − target')).toHaveLength(2);
    expect(parsed.texts).toContain('loss');
    expect(parsed.texts).toContain('x = 1, SmoothL1 = 0.75');
    // The probe's keyboard handle is a control of the page, not part of the picture.
    expect(parsed.pageAttributes).toBe(0);
    await expectPngScales(page, 'smoothl1_beta0.5_x1', [parsed.width, parsed.height]);
  });

  test('Smooth L1 with a small β: the close-up is a third chart of the picture', async ({
    page,
  }) => {
    await page.goto('?view=smoothl1&beta=0.05');
    await expect(page.getByTestId('closeup-chart')).toBeVisible();
    const svg = await downloadFrom(page, 'export-svg');
    const parsed = await readSvg(page, svg.bytes.toString('utf8'));
    expect(parsed.paths.filter((p) => p.stroke === '#0072b2' && p.length > 20)).toHaveLength(3);
    expect(parsed.texts.some((t) => t.startsWith('Close-up of the breakpoints'))).toBe(true);
  });

  test('broadcasting: a cell per element, ghost copies dashed, the stretch as a GIF', async ({
    page,
  }) => {
    await page.goto('?view=broadcast&a=4,1,3&b=2,1&op=add');
    const svg = await downloadFrom(page, 'export-svg');
    expect(svg.name).toBe('broadcast_a4x1x3_b2x1_opadd.svg');
    const grids = ['^="a["', '^="b["', '^="result["'];
    const parsed = await readSvg(page, svg.bytes.toString('utf8'), grids);
    const [a, b, result] = grids.map((g) => parsed.cells[g]);
    // The frame (4, 2, 3): 24 cells per tensor, in 4 slices of 2 × 3.
    expect(result).toHaveLength(24);
    expect(a).toHaveLength(24);
    // Every axis stretched (t = 99): a (4, 1, 3) stores 12 and repeats them along axis 1;
    // b (2, 1) stores 2, and 22 are copies.
    expect(a.filter((c) => c.dashed)).toHaveLength(12);
    expect(b.filter((c) => !c.dashed)).toHaveLength(2);
    expect(result.every((c) => c.fill === '#3fb0bb' && !c.dashed)).toBe(true);
    expect(parsed.texts).toContain('[3, :, :]');
    expect(parsed.texts).toContain('result (4, 2, 3), int64');
    await expectPngScales(page, 'broadcast_a4x1x3_b2x1_opadd', [parsed.width, parsed.height]);

    // The GIF: the operands as stored, then axis 2, 1, 0 stretched: 4 frames.
    const gif = await downloadFrom(page, 'export-gif');
    expect(gif.name).toBe('broadcast_a4x1x3_b2x1_opadd.gif');
    expect(gif.bytes.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    // Inside (not on the outline or the value) of a's cell [0, 1, 0], a copy of a[0, 0, 0],
    // and of b's cell [3, 1, 2], a copy of b[1, 0].
    const inside = (c: { x: number; y: number }) =>
      [Math.round(c.x + 4), Math.round(c.y + 4)] as [number, number];
    const { count, colours } = await gifPixels(
      page,
      gif.bytes,
      [inside(a[3]), inside(b[23])],
      [0, -1],
    );
    expect(count).toBe(4);
    // First frame: not stretched yet, both cells empty (white); last: both dashed copies.
    expect(colours[0]).toEqual(['#ffffff', '#ffffff']);
    expect(colours[1]).toEqual(['#f5f8fb', '#f5f8fb']);
  });

  test('broadcasting without a stretch has no GIF; a 2-D picture is one grid per tensor', async ({
    page,
  }) => {
    await page.goto('?view=broadcast&a=2,3&b=2,3&op=mul');
    await expect(page.getByTestId('export-svg')).toBeVisible();
    await expect(page.getByTestId('export-gif')).toHaveCount(0);
    const svg = await downloadFrom(page, 'export-svg');
    const parsed = await readSvg(page, svg.bytes.toString('utf8'), ['="result"', '="a"']);
    expect(parsed.cells['="result"']).toHaveLength(6);
    expect(parsed.cells['="a"'].every((c) => !c.dashed)).toBe(true);
  });

  test('masks: the matrix, the mask and a[mask], each element a cell', async ({ page }) => {
    await page.goto('?view=mask&m=0.7,-1.5,0.3;1.9,0.1,2&cond=(a > 0) %26 (a < 1)');
    await expect(page.getByTestId('mask-indexed')).toHaveText('array([0.7, 0.3, 0.1])');
    await expect(page.getByTestId('export-gif')).toHaveCount(0);
    const svg = await downloadFrom(page, 'export-svg');
    // The matrix and the condition are too long for a file name (exportName.ts).
    expect(svg.name).toBe('mask.svg');
    const grids = ['="a"', '="mask"', '="output"'];
    const parsed = await readSvg(page, svg.bytes.toString('utf8'), grids);
    const [a, mask, output] = grids.map((g) => parsed.cells[g]);
    expect(a.map((c) => c.text)).toEqual(['0.7', '-1.5', '0.3', '1.9', '0.1', '2']);
    expect(mask.map((c) => c.text)).toEqual(['✓', null, '✓', null, '✓', null]);
    expect(output.map((c) => c.text)).toEqual(['0.7', '0.3', '0.1']);
    expect(parsed.texts).toContain('mask = (a > 0) & (a < 1)');
    await expectPngScales(page, svg.name.replace(/\.svg$/, ''), [parsed.width, parsed.height]);
  });

  for (const query of [
    '?view=smoothl1&beta=0.5',
    '?view=broadcast&a=4,1,3&b=2,1&op=add',
    '?view=mask',
  ]) {
    test(`embed mode ${query}: the figure alone, accessible`, async ({ page }) => {
      await page.goto(`${query}&embed=1`);
      await expect(page.locator('header')).toHaveCount(0);
      await expect(page.getByTestId('embed-open')).toHaveAttribute(
        'href',
        new RegExp(`^\\${query.split('&')[0]}`),
      );
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('print of the labs', () => {
  test.describe.configure({ timeout: 90_000 });

  /** Pages of the A4 PDF the browser prints. */
  const printedPages = async (page: Page) => {
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  };

  for (const query of [
    // the close-up makes three charts; the misprint adds its curve and labels
    '?view=smoothl1&beta=0.05',
    '?view=smoothl1&sigma=3&show=sl1,l1,l2,huber,misprint',
    '?view=mask&m=1.5,2,3,4,5,6;1,2,3,4,5,6;1,2,3,4,5,6;1,2,3,4,5,6;1,2,3,4,5,6;1,2,3,4,5,6&cond=a > 2',
    '?view=broadcast&a=64,64&b=64,1',
  ]) {
    test(`${query}: one A4 page`, async ({ page }) => {
      await page.goto(query);
      await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
      expect(await printedPages(page)).toBe(1);
    });
  }

  test('broadcasting: tall grids shrink to the page; too tall to read, the page says so', async ({
    page,
  }) => {
    // (8, 3, 6): eight slices of 3 × 6 per tensor, zoomed to fit.
    await page.goto('?view=broadcast&a=8,3,6&b=3,1');
    await expect(page.getByTestId('result-grid')).toBeVisible();
    expect(await printedPages(page)).toBe(1);
    await expect(page.getByTestId('result-grid')).toBeVisible();
    const zoom = await page.locator('.tensors').evaluate((t) => Number(getComputedStyle(t).zoom));
    expect(zoom).toBeGreaterThan(0.35);
    expect(zoom).toBeLessThan(1);
    // Three operands that clash, eight slices of 7 rows: too small to read once fitted.
    await page.emulateMedia({ media: 'screen' });
    await page.goto('?view=broadcast&a=8,1,6&b=7,1&c=5');
    await expect(page.getByTestId('operand-c')).toBeVisible();
    const note = page.getByText('The grids are too large for a printed page');
    await expect(note).toBeHidden();
    expect(await printedPages(page)).toBe(1);
    await expect(note).toBeVisible();
    await expect(page.getByTestId('operand-a')).toBeHidden();
  });
});
