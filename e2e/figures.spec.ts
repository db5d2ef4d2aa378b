import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { pastPanelEdge } from './support/exact';
import { grid, hoverCell } from './support/grid';

/** The colour painted at a point of a canvas grid, as `#rrggbb` (fraction of a cell). */
async function pixel(page: Page, testId: string, row: number, col: number, at = 0.85) {
  return grid(page, testId)
    .locator('canvas')
    .evaluate(
      (canvas: HTMLCanvasElement, [r, c, f, cols]) => {
        const ratio = window.devicePixelRatio || 1;
        const size = (canvas.parentElement!.parentElement!.clientWidth - 2) / cols;
        const x = Math.floor((1 + (c + f) * size) * ratio);
        const y = Math.floor((1 + (r + f) * size) * ratio);
        const [red, green, blue] = canvas.getContext('2d')!.getImageData(x, y, 1, 1).data;
        return `#${[red, green, blue].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      },
      [row, col, at, Number(await grid(page, testId).getAttribute('data-cols'))],
    );
}

/** Clicks cell (row, col) of a grid, which pins it, and moves the pointer away. */
async function pinCell(page: Page, testId: string, row: number, col: number) {
  await hoverCell(page, testId, row, col);
  await page.mouse.down();
  await page.mouse.up();
  await page.mouse.move(0, 0);
}

/** The two ends of the first line of a panel's window link, in the link's own coordinates. */
async function linkEnds(page: Page, panel: string) {
  const d = await page
    .getByTestId(panel)
    .getByTestId('window-link')
    .locator('path')
    .getAttribute('d');
  return [...(d ?? '').matchAll(/[ML]([\d.-]+),([\d.-]+)/g)]
    .slice(0, 2)
    .map((m) => [Number(m[1]), Number(m[2])]);
}

/** How many dark (text) pixels the middle of cell (row, col) of a canvas grid holds. */
async function darkPixels(page: Page, testId: string, row: number, col: number) {
  return grid(page, testId)
    .locator('canvas')
    .evaluate(
      (canvas: HTMLCanvasElement, [r, c, cols]) => {
        const ratio = window.devicePixelRatio || 1;
        const size = (canvas.parentElement!.parentElement!.clientWidth - 2) / cols;
        const x = Math.floor((1 + (c + 0.2) * size) * ratio);
        const y = Math.floor((1 + (r + 0.2) * size) * ratio);
        const side = Math.floor(0.6 * size * ratio);
        const data = canvas.getContext('2d')!.getImageData(x, y, side, side).data;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4)
          if (Math.max(data[i], data[i + 1], data[i + 2]) < 110) dark++;
        return dark;
      },
      [row, col, Number(await grid(page, testId).getAttribute('data-cols'))],
    );
}

/** Where an element starts and ends on the page, in CSS pixels from the top. */
async function span(page: Page, testId: string) {
  const box = await page.getByTestId(testId).first().boundingBox();
  if (!box) throw new Error(`${testId} is not drawn`);
  return { top: box.y, bottom: box.y + box.height };
}

test.describe('the window is see-through', () => {
  test('covered cells keep their own colour, darkened', async ({ page }) => {
    // i = 5, p = 1: the first window covers padding (0, 0)–(0, 2) and input cells (1, 1)–(2, 2).
    await page.goto('?view=conv&i=5&k=3&s=2&p=1');
    const paddingFree = await pixel(page, 'grid-input', 0, 4);
    const inputFree = await pixel(page, 'grid-input', 3, 3);
    const paddingCovered = await pixel(page, 'grid-input', 0, 1);
    const inputCovered = await pixel(page, 'grid-input', 1, 1);
    expect(paddingFree).toBe('#ffffff');
    // White under 22 % of #102a43, worked by hand: 255 + (16 − 255)·0.22 = 202 …
    expect(paddingCovered).toBe('#cad0d6');
    expect(inputCovered).not.toBe(inputFree);
    expect(inputCovered).not.toBe(paddingCovered);
  });

  test('in the equivalent convolution an inserted zero stays told apart from an input', async ({
    page,
  }) => {
    // i′ = 3, s = 2, p = 1: the stretched input is 7 × 7; (1, 1) is input (0, 0), (1, 2) a zero.
    await page.goto('?view=transposed&i=3&k=3&s=2&p=1');
    const input = await pixel(page, 'grid-eq', 1, 1);
    const inserted = await pixel(page, 'grid-eq', 1, 2);
    const padding = await pixel(page, 'grid-eq', 0, 1);
    expect(new Set([input, inserted, padding]).size).toBe(3);
  });
});

test.describe('a line joins the window to the cell it makes', () => {
  test('from the window’s far edge to the output cell, and it follows the step', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    /**
     * How far the ends of the first line are from the top-right corner of the window at
     * (top, left) and the top-left corner of output cell (row, col), in CSS pixels.
     */
    const misses = async (top: number, left: number, row: number, col: number) => {
      const d = await page.getByTestId('window-link').locator('path').getAttribute('d');
      const [from, to] = [...(d ?? '').matchAll(/[ML]([\d.-]+),([\d.-]+)/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      const stage = (await page.locator('.stage-grids').boundingBox())!;
      const input = (await grid(page, 'grid-input').boundingBox())!;
      const output = (await grid(page, 'grid-output').boundingBox())!;
      const cell = (output.width - 2) / 3;
      if (!from || !to) return Infinity;
      return Math.max(
        Math.abs(from[0] - (input.x - stage.x + 1 + (left + 3) * cell)),
        Math.abs(from[1] - (input.y - stage.y + 1 + top * cell)),
        Math.abs(to[0] - (output.x - stage.x + 1 + col * cell)),
        Math.abs(to[1] - (output.y - stage.y + 1 + row * cell)),
      );
    };
    // Step 0: the window is the top-left 3 × 3 of the 7 × 7 padded input, the cell (0, 0).
    await page.goto('?view=conv&i=5&k=3&s=2&p=1');
    await expect.poll(() => misses(0, 0, 0, 0)).toBeLessThan(1);
    // Step 4 is output (1, 1): with stride 2 its window starts at padded (2, 2).
    await page.goto('?view=conv&i=5&k=3&s=2&p=1&t=4');
    await expect.poll(() => misses(2, 2, 1, 1)).toBeLessThan(1);
  });
});

test.describe('the transposed panels join the window to its output too', () => {
  test('the scatter: from the inputs whose stamps make the output to its cell', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    // Figure 4.6 at step 6, output (1, 1): inputs (0…1, 0…1) stamp it; the padding crops one
    // cell, so it is cell (2, 2) of the 7 × 7 full result.
    await page.goto('?view=transposed&i=3&k=3&s=2&p=1&t=6');
    const misses = async () => {
      const [from, to] = await linkEnds(page, 'scatter-panel');
      if (!from || !to) return Infinity;
      const panel = page.getByTestId('scatter-panel');
      const stage = (await panel.locator('.stage-grids').boundingBox())!;
      const input = (await grid(page, 'grid-in').boundingBox())!;
      const scatter = (await grid(page, 'grid-scatter').boundingBox())!;
      const inCell = (input.width - 2) / 3;
      const cell = (scatter.width - 2) / 7;
      return Math.max(
        Math.abs(from[0] - (input.x - stage.x + 1 + 2 * inCell)),
        Math.abs(from[1] - (input.y - stage.y + 1)),
        Math.abs(to[0] - (scatter.x - stage.x + 1 + 2 * cell)),
        Math.abs(to[1] - (scatter.y - stage.y + 1 + 2 * cell)),
      );
    };
    await expect.poll(misses).toBeLessThan(1);
  });

  test('Cᵀ: from the row that makes an entry of y to that entry', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto('?view=transposed&i=8&k=4&s=2&p=1&t=20');
    const misses = async () => {
      const [from, to] = await linkEnds(page, 'matrix-panel');
      if (!from || !to) return Infinity;
      const scroll = (await page.getByTestId('matrix-scroll').boundingBox())!;
      const y = (await grid(page, 'vector-y').boundingBox())!;
      const cell = (y.height - 2) / 256;
      // A level line from the row's first entry to the right edge of y[20], at its top.
      return Math.max(
        Math.abs(from[1] - to[1]),
        Math.abs(to[0] - (y.x - scroll.x + 1 + cell)),
        Math.abs(to[1] - (y.y - scroll.y + 1 + 20 * cell)),
      );
    };
    await expect.poll(misses).toBeLessThan(1);
  });
});

test.describe('the rotated kernel reads at a glance', () => {
  test('the window names the kernel tap on every cell it covers', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    // Output (0, 0): the window covers the top-left 4 × 4 of the 19 × 19 drawing.
    await page.goto('?view=transposed&i=8&k=4&s=2&p=1');
    await expect(grid(page, 'grid-eq')).toBeVisible();
    // Top left, a padding zero under the window, carries tap "3,3"; one outside carries nothing.
    await expect.poll(() => darkPixels(page, 'grid-eq', 0, 0)).toBeGreaterThan(4);
    expect(await darkPixels(page, 'grid-eq', 0, 10)).toBe(0);
    // One step on, the window and its names move one cell right.
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect.poll(() => darkPixels(page, 'grid-eq', 0, 0)).toBe(0);
    expect(await darkPixels(page, 'grid-eq', 0, 4)).toBeGreaterThan(4);
  });
});

test.describe('a pinned cell and the animation', () => {
  test('Play lets go of a pinned cell, so the window moves', async ({ page }) => {
    await page.goto('?view=conv&i=5&k=3&s=2&p=1&num=1');
    await grid(page, 'grid-output').locator('.grid-focus').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('h1').click();
    await expect(page.getByRole('button', { name: /Unpin/ })).toBeVisible();
    await expect(page.getByTestId('link-summary')).toContainText('Output (1, 1)');
    await page.getByTestId('play').click();
    await expect(page.getByRole('button', { name: /Unpin/ })).toHaveCount(0);
    // The summary follows the playing step again, not the pinned cell.
    await expect(page.getByTestId('link-summary')).not.toContainText('Output (1, 1)', {
      timeout: 4_000,
    });
    await page.getByTestId('play').click();
  });

  test('a step by hand also lets go of it', async ({ page }) => {
    await page.goto('?view=conv&i=5&k=3&s=2&p=1');
    await pinCell(page, 'grid-output', 2, 2);
    await expect(page.getByRole('button', { name: /Unpin/ })).toBeVisible();
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(page.getByRole('button', { name: /Unpin/ })).toHaveCount(0);
    await expect(page.getByTestId('link-summary')).toContainText('Output (0, 1)');
  });

  test('Escape unpins, and the shortcut is written on the button', async ({ page }) => {
    await page.goto('?view=transposed&i=3&k=3&s=2&p=1');
    await pinCell(page, 'grid-output', 2, 2);
    const unpin = page.getByRole('button', { name: /Unpin/ });
    await expect(unpin).toContainText('Esc');
    await page.keyboard.press('Escape');
    await expect(unpin).toHaveCount(0);
  });
});

test.describe('one screen', () => {
  for (const view of ['conv', 'conv&i=64&k=3', 'transposed', 'transposed&i=8&k=4&s=2&p=1']) {
    test(`${view} at 800 × 900: the kernel control and the output grid start in the first screen`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 800, height: 900 });
      await page.goto(`?view=${view}`);
      expect((await span(page, 'control-k')).top).toBeLessThan(900);
      expect((await span(page, 'grid-output')).top).toBeLessThan(900);
    });
  }

  for (const query of ['', '&i=8&k=4&s=2&p=1']) {
    test(`transposed${query} at 1400 × 900: the equivalent output and its Play button are wholly seen`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.goto(`?view=transposed${query}`);
      const panel = page.getByTestId('equivalent-panel');
      const output = await panel.getByTestId('grid-output').boundingBox();
      const play = await panel.getByTestId('play').boundingBox();
      expect(output!.y).toBeGreaterThanOrEqual(0);
      expect(output!.y + output!.height).toBeLessThanOrEqual(900);
      expect(play!.y + play!.height).toBeLessThanOrEqual(900);
    });
  }

  for (const num of ['0', '1']) {
    test(`a 64 × 64 input (num=${num}): input, kernel, output and Play in one screen at 1400 × 900`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.goto(`?view=conv&i=64&k=3&num=${num}`);
      for (const id of ['grid-input', 'grid-kernel', 'grid-output', 'play']) {
        const { top, bottom } = await span(page, id);
        expect(top, id).toBeGreaterThanOrEqual(0);
        expect(bottom, id).toBeLessThanOrEqual(900);
      }
    });
  }

  // 16 × 16 with a 3 × 3 kernel: the kernel's caption is wider than its grid, and the row of
  // grids must leave room for it (at 1280 and 1400 px the output ran past the panel).
  const fits: [number, number][] = [
    [64, 1400],
    [64, 800],
    [64, 375],
    [16, 1400],
    [16, 1280],
    [16, 800],
    [16, 375],
  ];
  for (const [n, width] of fits) {
    test(`a ${n} × ${n} input with numbers at ${width} px: the output and its sum stay inside the panel`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`?view=conv&i=${n}&k=3&s=1&p=1&num=1`);
      await page.getByTestId('grid-output').focus();
      await expect(page.getByTestId('cell-sum')).toContainText('y[0, 0] =');
      const sum = page.getByTestId('cell-sum');
      expect(await pastPanelEdge(sum)).toBeLessThanOrEqual(0.5);
      expect(await pastPanelEdge(page.getByTestId('grid-output'))).toBeLessThanOrEqual(0.5);
      // The sum's text wraps inside its box: nothing runs past it.
      const overflow = await sum.evaluate((box) => box.scrollWidth - box.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('a 32 × 32 input: window, output, sum and Play in one screen at 1400 × 900', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto('?view=conv&i=32&k=3&s=2&p=1&num=1');
    for (const id of ['grid-input', 'grid-output', 'cell-sum', 'play']) {
      expect((await span(page, id)).bottom, id).toBeLessThanOrEqual(900);
    }
  });
});

test.describe('controls on a phone', () => {
  test('one tap away above the figure, and Tab goes through them in the order seen', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('?view=conv');
    const toggle = page.getByTestId('drawer-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByTestId('control-k-field')).toBeHidden();
    expect((await span(page, 'drawer-toggle')).bottom).toBeLessThan(
      (await span(page, 'grid-input')).top,
    );
    // Scrolled down to the output, the bar is still on screen.
    await page.getByTestId('grid-output').scrollIntoViewIfNeeded();
    const bar = await toggle.boundingBox();
    expect(bar!.y).toBeGreaterThanOrEqual(0);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const kernel = page.getByTestId('control-k-field');
    await kernel.fill('5');
    await expect(page).toHaveURL(/[?&]k=5(&|$)/);
    // The figure is still on screen under the open panel.
    const figure = await page.getByTestId('stage').boundingBox();
    expect(figure!.y + figure!.height).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
  });

  test('at 800 px the controls stand beside the figure, first in the Tab order', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto('?view=conv');
    const controls = await page.getByTestId('control-i').boundingBox();
    const figure = await page.getByTestId('grid-input').boundingBox();
    expect(controls!.x + controls!.width).toBeLessThanOrEqual(figure!.x);
    await page.getByTestId('control-i-field').focus();
    // Tabbing on from the controls never jumps back up: each stop is on the same line as the
    // last one or below it, or in the figure's column right of the controls.
    let last = { y: (await page.getByTestId('control-i-field').boundingBox())!.y };
    for (let n = 0; n < 30; n++) {
      await page.keyboard.press('Tab');
      const box = await page.evaluate(() => {
        const r = document.activeElement!.getBoundingClientRect();
        return { x: r.x, y: r.y + window.scrollY, width: r.width, height: r.height };
      });
      expect(box.y >= last.y - 40 || box.x > controls!.x + controls!.width).toBe(true);
      last = box;
    }
  });
});

test('a formula is a Tab stop exactly while it scrolls, whatever changes its width', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('?view=conv');
  const scroller = page.locator('.relationship .formula-display').first();
  await expect(scroller.locator('.katex')).toBeVisible();
  await expect(scroller).not.toHaveAttribute('tabindex');
  // The formula grows inside a box that keeps its width (as when KaTeX's fonts arrive late).
  const grow = (size: string) =>
    scroller
      .locator('.katex')
      .evaluate((katex: HTMLElement, value) => (katex.style.fontSize = value), size);
  await grow('6em');
  await expect(scroller).toHaveAttribute('tabindex', '0');
  await grow('');
  await expect(scroller).not.toHaveAttribute('tabindex');
});

test('formulas that fit are not Tab stops', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('?view=conv');
  const formula = page.locator('.formula-display .katex').first();
  await expect(formula).toBeVisible();
  await expect(page.locator('.formula-display[tabindex]')).toHaveCount(0);
});
