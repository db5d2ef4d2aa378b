// The grids repaint only the cells that changed (and a window frame that moved): the picture
// must be the one a whole repaint gives, whatever was hovered before.
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { grid, hoverCell } from './support/grid';

const GRIDS = ['grid-input', 'grid-kernel', 'grid-output'];

/** The pixels of every grid's canvas, as PNG data URLs. */
function pictures(page: Page): Promise<string[]> {
  return Promise.all(
    GRIDS.map((id) =>
      grid(page, id)
        .locator('canvas')
        .evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL()),
    ),
  );
}

// A dilated, strided window with padding and values: frames with gaps, dashes, badges.
const URL = '?view=conv&i=9&k=3&s=2&p=1&d=2&num=1&t=2';

test('hovering cell after cell leaves the picture a fresh page paints', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(URL);
  await expect(grid(page, 'grid-output')).toBeVisible();
  const resting = await pictures(page);

  // Straight to output (2, 1) on a fresh page.
  await hoverCell(page, 'grid-output', 2, 1);
  await expect(page.getByTestId('link-summary')).toContainText('Output (2, 1)');
  const direct = await pictures(page);
  expect(direct).not.toEqual(resting);

  // The same cell after a walk over every grid.
  await page.mouse.move(0, 0);
  await page.reload();
  await expect(grid(page, 'grid-output')).toBeVisible();
  const walk: [string, number, number][] = [
    ['grid-output', 0, 0],
    ['grid-input', 4, 5],
    ['grid-kernel', 1, 2],
    ['grid-output', 3, 3],
    ['grid-input', 0, 0],
    ['grid-output', 2, 1],
  ];
  for (const [id, r, c] of walk) await hoverCell(page, id, r, c);
  await expect(page.getByTestId('link-summary')).toContainText('Output (2, 1)');
  await expect.poll(() => pictures(page)).toEqual(direct);

  // And back to the animation step's picture once the pointer leaves.
  await page.mouse.move(0, 0);
  await expect.poll(() => pictures(page)).toEqual(resting);
});

/** The pixels of every grid as shown: its canvas cut to the grid's own box. */
function shown(page: Page): Promise<string[]> {
  return Promise.all(
    GRIDS.map((id) =>
      grid(page, id)
        .locator('.canvas-clip')
        .evaluate((clip: HTMLElement) => {
          const canvas = clip.querySelector('canvas')!;
          const ratio = window.devicePixelRatio || 1;
          const cut = document.createElement('canvas');
          cut.width = Math.round(clip.clientWidth * ratio);
          cut.height = Math.round(clip.clientHeight * ratio);
          cut.getContext('2d')!.drawImage(canvas, 0, 0);
          return cut.toDataURL();
        }),
    ),
  );
}

for (const url of ['?view=conv&i=9&k=3&s=1&p=1&t=4', '?view=conv&i=64&k=3&s=1&p=1&num=1&t=70']) {
  test(`a grid that grows or shrinks shows what a fresh page paints (${url})`, async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(url);
    await expect(grid(page, 'grid-output')).toBeVisible();
    const k = page.getByTestId('control-k-range');
    await k.focus();
    // The output shrinks by two cells, then grows by one.
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft']) await page.keyboard.press(key);
    await expect(k).toHaveValue('4');
    const rows = await grid(page, 'grid-output').getAttribute('data-rows');
    const after = await shown(page);
    await page.goto(url.replace('k=3', 'k=4'));
    await expect(grid(page, 'grid-output')).toHaveAttribute('data-rows', rows!);
    await expect.poll(() => shown(page)).toEqual(after);
  });
}

test('a grid that grows or shrinks in width only shows what a fresh page paints', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('?view=conv&i=9&k=2,4&s=1&p=1&t=4');
  await expect(grid(page, 'grid-output')).toHaveAttribute('data-cols', '8');
  const k = page.getByTestId('control-k-range-w');
  await k.focus();
  // The output loses two columns and gains one back; its rows stay.
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft']) await page.keyboard.press(key);
  await expect(k).toHaveValue('5');
  await expect(grid(page, 'grid-output')).toHaveAttribute('data-cols', '7');
  const after = await shown(page);
  await page.goto('?view=conv&i=9&k=2,5&s=1&p=1&t=4');
  await expect(grid(page, 'grid-output')).toHaveAttribute('data-cols', '7');
  await expect.poll(() => shown(page)).toEqual(after);
});
