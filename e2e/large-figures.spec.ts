// A grid too large to paint whole paints only the cells that can be seen, on a canvas the size
// of that block: what it shows must still be the figure, cell for cell, wherever the page is
// scrolled. Expected colours come from the layout worked by hand, not from the app.
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { grid } from './support/grid';

// i′ = 64, s = 8, k = 15, d = 8, p = 0, a = 7: k̂ = (15 − 1)·8 + 1 = 113, so the equivalent
// input is padded by p′ = k̂ − 1 − p = 112 cells before; input n sits at 112 + 8n with 7
// inserted zeros between, 64 + 63·7 + 112 + 112 + 7 = 736 cells a side. Output 624 × 624.
const URL = '?view=transposed&i=64&s=8&k=15&d=8&p=0&op=7&num=1&heat=1';
const INPUT = '#9cc5eb';
const INSERTED = '#e3e1ec';
const PADDING = '#ffffff';
const PENDING = '#ffffff';

/**
 * The colour at the middle of cell (row, col) of a grid, read from its canvas wherever the
 * canvas sits under the grid: `outside` when the canvas does not cover the cell, `clear` when
 * nothing is painted there.
 */
async function cellColour(page: Page, testId: string, row: number, col: number) {
  return grid(page, testId).evaluate(
    (element, [r, c]) => {
      const canvas = element.querySelector('canvas')!;
      const cols = Number(element.getAttribute('data-cols'));
      const box = element.getBoundingClientRect();
      const size = (box.width - 2) / cols;
      const x = box.left + 1 + (c + 0.5) * size;
      const y = box.top + 1 + (r + 0.5) * size;
      const on = canvas.getBoundingClientRect();
      const px = Math.floor(((x - on.left) * canvas.width) / on.width);
      const py = Math.floor(((y - on.top) * canvas.height) / on.height);
      if (!(px >= 0 && py >= 0 && px < canvas.width && py < canvas.height)) return 'outside';
      const [red, green, blue, alpha] = canvas.getContext('2d')!.getImageData(px, py, 1, 1).data;
      if (!alpha) return 'clear';
      return `#${[red, green, blue].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    },
    [row, col],
  );
}

/** Scrolls the page so that row `row` of a grid is in the middle of the window. */
async function scrollToRow(page: Page, testId: string, row: number) {
  await grid(page, testId).evaluate((element, r) => {
    const rows = Number(element.getAttribute('data-rows'));
    const box = element.getBoundingClientRect();
    const y = box.top + 1 + ((r + 0.5) * (box.height - 2)) / rows;
    window.scrollBy(0, y - window.innerHeight / 2);
  }, row);
}

/** Backing-store pixels of a grid's canvas and the grid's own pixels. */
async function pixels(page: Page, testId: string) {
  return grid(page, testId).evaluate((element) => {
    const canvas = element.querySelector('canvas')!;
    const box = element.getBoundingClientRect();
    return { canvas: canvas.width * canvas.height, grid: box.width * box.height };
  });
}

test.describe('a figure too large to paint whole', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(URL);
    await expect(grid(page, 'grid-eq')).toHaveAttribute('data-rows', '736');
  });

  test('paints the cells in view as the layout has them, on a canvas of that block', async ({
    page,
  }) => {
    // Past the first window (rows and columns 0–112): input at 120 = 112 + 8, zeros beside it.
    await scrollToRow(page, 'grid-eq', 120);
    await expect.poll(() => cellColour(page, 'grid-eq', 120, 120)).toBe(INPUT);
    expect(await cellColour(page, 'grid-eq', 121, 120)).toBe(INSERTED);
    expect(await cellColour(page, 'grid-eq', 120, 127)).toBe(INSERTED);
    expect(await cellColour(page, 'grid-eq', 128, 136)).toBe(INPUT);
    // Row 0 is padding: beside the window, where no shadow darkens it.
    await scrollToRow(page, 'grid-eq', 0);
    await expect.poll(() => cellColour(page, 'grid-eq', 0, 150)).toBe(PADDING);
    const { canvas, grid: whole } = await pixels(page, 'grid-eq');
    expect(canvas).toBeGreaterThan(0);
    expect(canvas).toBeLessThan(whole / 2);
  });

  test('paints the cells a scroll brings into view', async ({ page }) => {
    // Row 600 = 112 + 8·61 is an input row, five screens below the top of the grid.
    expect(await cellColour(page, 'grid-eq', 600, 120)).not.toBe(INPUT);
    await scrollToRow(page, 'grid-eq', 600);
    await expect.poll(() => cellColour(page, 'grid-eq', 600, 120)).toBe(INPUT);
    expect(await cellColour(page, 'grid-eq', 603, 120)).toBe(INSERTED);
    expect(await cellColour(page, 'grid-eq', 600, 123)).toBe(INSERTED);
    // The output below it is painted too once in view: nothing computed past the first step.
    await scrollToRow(page, 'grid-output', 300);
    await expect.poll(() => cellColour(page, 'grid-output', 300, 40)).toBe(PENDING);
  });

  test('the figure scrolls sideways under its heading to the columns past the panel, and paints them', async ({
    page,
  }) => {
    // 736 columns at the least cell of 4 px are about 2,950 px: the panel shows a third of
    // them. Column 616 = 112 + 8·63 is the last input column, row 120 = 112 + 8 an input row.
    await scrollToRow(page, 'grid-eq', 120);
    const panel = page.getByTestId('equivalent-panel');
    const figure = panel.locator('.stage-grids');
    const heading = await panel.locator('h2').boundingBox();
    const x = await grid(page, 'grid-eq').evaluate((element) => {
      const box = element.closest('.stage-grids')!;
      const size = (element.getBoundingClientRect().width - 2) / 736;
      const offset = element.getBoundingClientRect().left - box.getBoundingClientRect().left;
      return offset + box.scrollLeft + 1 + 616.5 * size - box.clientWidth / 2;
    });
    await figure.evaluate((element, left) => element.scrollTo({ left }), x);
    await expect.poll(() => cellColour(page, 'grid-eq', 120, 616)).toBe(INPUT);
    expect(await cellColour(page, 'grid-eq', 121, 616)).toBe(INSERTED);
    // The column is inside the panel's box, not past its edge.
    const edges = await grid(page, 'grid-eq').evaluate((element) => {
      const size = (element.getBoundingClientRect().width - 2) / 736;
      const panel = element.closest('.panel')!.getBoundingClientRect();
      const left = element.getBoundingClientRect().left + 1 + 616 * size;
      return { left, right: left + size, panelLeft: panel.left, panelRight: panel.right };
    });
    expect(edges.left).toBeGreaterThan(edges.panelLeft);
    expect(edges.right).toBeLessThan(edges.panelRight);
    // The heading stays where it was: only the grids scroll, not the panel or the page.
    expect(await panel.locator('h2').boundingBox()).toEqual(heading);
    expect(await panel.evaluate((element) => element.scrollLeft)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollLeft)).toBe(0);
  });

  test('a key press or a scroll down paints no column past the panel; a sideways scroll paints ahead', async ({
    page,
  }) => {
    await scrollToRow(page, 'grid-eq', 120);
    const k = page.getByTestId('control-k-range');
    await k.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(grid(page, 'grid-eq')).toHaveAttribute('data-rows', '720');
    await expect.poll(() => cellColour(page, 'grid-eq', 112, 120)).toBe(INPUT);
    const across = () =>
      grid(page, 'grid-eq').evaluate((element) => {
        const size = (element.getBoundingClientRect().width - 2) / 720;
        const panel = element.closest('.panel')!.getBoundingClientRect();
        const canvas = element.querySelector('canvas')!.getBoundingClientRect();
        // The first column wholly 100 px past the panel's right edge.
        const past = Math.ceil(
          (panel.right + 100 - element.getBoundingClientRect().left - 1) / size,
        );
        return { canvas: canvas.width, panel: panel.width, size, past };
      });
    const pressed = await across();
    // The canvas holds the columns the panel shows (a cell more at each edge), none beyond.
    expect(pressed.canvas).toBeLessThanOrEqual(pressed.panel + 2 * pressed.size);
    expect(await cellColour(page, 'grid-eq', 120, pressed.past)).toBe('outside');
    // Nor does a scroll of the page down to rows not painted yet (360 = 104 + 8·32 is an input
    // row for k = 14): the figure has not been scrolled sideways.
    await scrollToRow(page, 'grid-eq', 360);
    await expect.poll(() => cellColour(page, 'grid-eq', 360, 120)).toBe(INPUT);
    const down = await across();
    expect(down.canvas).toBeLessThanOrEqual(down.panel + 2 * down.size);
    await scrollToRow(page, 'grid-eq', 120);
    // Scrolled a little, the figure paints half its width ahead of its edge.
    await page
      .getByTestId('equivalent-panel')
      .locator('.stage-grids')
      .evaluate((element) => element.scrollBy(40, 0));
    await expect.poll(() => cellColour(page, 'grid-eq', 120, pressed.past)).not.toBe('outside');
  });

  test('printed, the whole grid is painted; back on the screen, the block in view', async ({
    page,
  }) => {
    // Row 600 = 112 + 8·61 and column 600 are an input cell far outside the first screen.
    expect(await cellColour(page, 'grid-eq', 600, 600)).not.toBe(INPUT);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => cellColour(page, 'grid-eq', 600, 600)).toBe(INPUT);
    expect(await cellColour(page, 'grid-eq', 601, 600)).toBe(INSERTED);
    expect(await cellColour(page, 'grid-eq', 0, 700)).toBe(PADDING);
    await page.emulateMedia({ media: 'screen' });
    await expect
      .poll(async () => {
        const { canvas, grid: whole } = await pixels(page, 'grid-eq');
        return canvas < whole / 2;
      })
      .toBe(true);
  });

  test('a key press repaints the cells in view for the new layout', async ({ page }) => {
    await scrollToRow(page, 'grid-eq', 120);
    await expect.poll(() => cellColour(page, 'grid-eq', 120, 120)).toBe(INPUT);
    // k = 14: k̂ = 105, p′ = 104, inputs at 104 + 8n: 120 is input 2 still, 112 now is input 1.
    const k = page.getByTestId('control-k-range');
    await k.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(grid(page, 'grid-eq')).toHaveAttribute('data-rows', '720');
    await expect.poll(() => cellColour(page, 'grid-eq', 112, 120)).toBe(INPUT);
    expect(await cellColour(page, 'grid-eq', 116, 120)).toBe(INSERTED);
  });
});
