// The grids repaint only the cells that changed (and a window frame that moved): the picture
// must be the one a whole repaint gives, whatever was hovered before.
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { afterFrame, grid, hoverCell } from './support/grid';

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

/**
 * What every canvas grid on the page shows, cell by cell: the colour at the middle of each cell
 * and just inside its top-left corner (where a thick outline or a window's frame is drawn). The
 * grid lines are left out: where two lines of different styles cross, the one stroked last
 * wins, and a block painted alone may stroke them in another order than a whole painting.
 */
async function allPictures(page: Page): Promise<Record<string, string>> {
  // Read as the next frame shows them: a grid off the screen is painted after that frame.
  await afterFrame(page);
  const read = page.locator('.canvas-grid').evaluateAll((grids: HTMLElement[]) =>
    grids.map((grid) => {
      const canvas = grid.querySelector('canvas')!;
      const ctx = canvas.getContext('2d')!;
      const ratio = window.devicePixelRatio || 1;
      const rows = Number(grid.dataset.rows);
      const cols = Number(grid.dataset.cols);
      const size = (grid.clientWidth - 2) / cols;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const at = (x: number, y: number) => {
        const k = (Math.floor(y * ratio) * canvas.width + Math.floor(x * ratio)) * 4;
        return data.slice(k, k + 4).join(',');
      };
      const cells: string[] = [];
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++) {
          const [x, y] = [1 + c * size, 1 + r * size];
          cells.push(`${at(x + size / 2, y + size / 2)} ${at(x + 2, y + 2)}`);
        }
      return [grid.dataset.testid ?? '', cells.join(' ')] as const;
    }),
  );
  return read.then(Object.fromEntries);
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

// The transposed and stack figures compare only the cells lit before and after a hover: every
// grid must still show what a fresh page paints, whatever was lit before.
const LINKED: {
  url: string;
  walk: [string, number, number][];
  says: string;
  /** The grids a hover on the last cell of the walk lights otherwise than the page at rest. */
  lit: string[];
}[] = [
  {
    url: '?view=transposed&i=5&k=3&s=2&p=1&num=1&t=7',
    walk: [
      ['grid-output', 0, 0],
      ['grid-eq', 4, 5],
      ['grid-scatter', 1, 2],
      ['grid-in', 3, 1],
      ['grid-kernel', 2, 2],
      ['grid-output', 6, 7],
      ['grid-output', 2, 1],
    ],
    says: 'Output (2, 1)',
    lit: ['grid-eq', 'grid-output', 'grid-in', 'grid-scatter'],
  },
  {
    url: '?view=transposed&i=5&k=3&s=2&p=1&heat=1&t=30',
    walk: [
      ['grid-scatter', 8, 9],
      ['grid-in', 0, 4],
      ['grid-eq', 2, 2],
      ['grid-output', 2, 1],
    ],
    says: 'Output (2, 1)',
    lit: ['grid-eq', 'grid-output', 'grid-in', 'grid-scatter'],
  },
  {
    url: '?view=stack&i=16',
    walk: [
      ['grid-map-4', 0, 0],
      ['grid-map-0', 15, 15],
      ['grid-map-2', 3, 1],
      ['grid-map-1', 0, 13],
      ['grid-map-3', 1, 1],
    ],
    says: '(1, 1)',
    lit: ['grid-map-0', 'grid-map-1', 'grid-map-2', 'grid-map-3', 'grid-map-4'],
  },
];

for (const { url, walk, says, lit } of LINKED) {
  test(`hovered cells light as on a fresh page and go dark on leaving (${url})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(url);
    const [id, r, c] = walk[walk.length - 1];
    await expect(grid(page, id)).toBeVisible();
    const resting = await allPictures(page);

    await hoverCell(page, id, r, c);
    await expect(page.getByTestId('link-summary')).toContainText(says);
    const direct = await allPictures(page);
    for (const id of lit) expect(direct[id], id).not.toEqual(resting[id]);

    await page.mouse.move(0, 0);
    await page.reload();
    await expect(grid(page, id)).toBeVisible();
    for (const [at, row, col] of walk) await hoverCell(page, at, row, col);
    await expect(page.getByTestId('link-summary')).toContainText(says);
    await expect.poll(() => allPictures(page)).toEqual(direct);

    await page.mouse.move(0, 0);
    await expect.poll(() => allPictures(page)).toEqual(resting);
  });
}

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

// Numbers on: every value of the output changes with the kernel, drawn over a block the size
// of the last one or another (the paint's buffers are kept from one paint to the next).
for (const url of [
  '?view=conv&i=9&k=3&s=1&p=1&t=4',
  '?view=conv&i=16&k=3&s=1&p=1&num=1',
  '?view=conv&i=64&k=3&s=1&p=1&num=1&t=70',
]) {
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

// A grid wholly off the screen is painted after the frame that shows a change, not in it (or
// as it comes near the screen): what it shows must still be what a fresh page paints.
test.describe('grids below the fold', () => {
  const url = '?view=transposed&i=32&k=4&s=2&p=1&num=1';
  const k = (page: Page) => page.getByTestId('control-k-range');
  /** Focuses the kernel-size slider where the page stands, without scrolling to it. */
  const focusK = (page: Page) =>
    k(page).evaluate((range: HTMLElement) => range.focus({ preventScroll: true }));

  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(url);
    await expect(grid(page, 'grid-scatter')).toBeVisible();
    // The scatter's grids start below the fold, the equivalent convolution's on the screen.
    expect((await grid(page, 'grid-in').boundingBox())!.y).toBeGreaterThan(1000);
    expect((await grid(page, 'grid-eq').boundingBox())!.y).toBeLessThan(1000);
  });

  test('after key presses every grid shows what a fresh page paints, on the screen or not', async ({
    page,
  }) => {
    await focusK(page);
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft']) await page.keyboard.press(key);
    await expect(k(page)).toHaveValue('5');
    // Read where they are, after the next frame; then scrolled to, the same.
    const pressed = await allPictures(page);
    await grid(page, 'grid-scatter').scrollIntoViewIfNeeded();
    expect(await allPictures(page)).toEqual(pressed);

    // From down there the figure at the top is off the screen while the key is pressed.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    expect((await grid(page, 'grid-eq').boundingBox())!.y).toBeLessThan(-347);
    await focusK(page);
    await page.keyboard.press('ArrowRight');
    await expect(k(page)).toHaveValue('6');
    const below = await allPictures(page);
    await page.evaluate(() => scrollTo(0, 0));
    expect(await allPictures(page)).toEqual(below);

    await page.goto(url.replace('k=4', 'k=5'));
    await expect(grid(page, 'grid-scatter')).toBeVisible();
    await expect.poll(() => allPictures(page)).toEqual(pressed);
    await page.goto(url.replace('k=4', 'k=6'));
    await expect(grid(page, 'grid-scatter')).toBeVisible();
    await expect.poll(() => allPictures(page)).toEqual(below);
  });

  test('printing right after a key press paints the grids below the fold first', async ({
    page,
  }) => {
    await page.evaluate(() => {
      const store = window as unknown as Record<string, unknown>;
      /** The scatter's canvas as shown, cut to its grid's box. */
      const shown = () => {
        const clip = document.querySelector('[data-testid="grid-scatter"] .canvas-clip')!;
        const canvas = clip.querySelector('canvas')!;
        const ratio = window.devicePixelRatio || 1;
        const cut = document.createElement('canvas');
        cut.width = Math.round(clip.clientWidth * ratio);
        cut.height = Math.round(clip.clientHeight * ratio);
        cut.getContext('2d')!.drawImage(canvas, 0, 0);
        return cut.toDataURL();
      };
      store.shown = shown;
      store.before = shown();
      // The slider's input event, after the page has rendered the new kernel size: the page is
      // printed then, before any frame.
      addEventListener(
        'input',
        () => {
          dispatchEvent(new Event('beforeprint'));
          store.printed = shown();
          dispatchEvent(new Event('afterprint'));
        },
        { once: true },
      );
    });
    await focusK(page);
    await page.keyboard.press('ArrowRight');
    await expect(k(page)).toHaveValue('5');
    await afterFrame(page);
    const [before, printed, after] = await page.evaluate(() => {
      const store = window as unknown as Record<string, unknown>;
      return [store.before, store.printed, (store.shown as () => string)()];
    });
    expect(printed).not.toEqual(before);
    expect(printed).toEqual(after);
  });
});

/** What every grid on the page shows, by test id: its canvas cut to the grid's own box. */
function shownGrids(page: Page): Promise<Record<string, string>> {
  const read = page.locator('.canvas-clip').evaluateAll((clips: HTMLElement[]) =>
    clips.map((clip) => {
      const canvas = clip.querySelector('canvas')!;
      const ratio = window.devicePixelRatio || 1;
      const cut = document.createElement('canvas');
      cut.width = Math.round(clip.clientWidth * ratio);
      cut.height = Math.round(clip.clientHeight * ratio);
      cut.getContext('2d')!.drawImage(canvas, 0, 0);
      const id = clip.closest<HTMLElement>('.canvas-grid')?.dataset.testid ?? '';
      return [id, cut.toDataURL()] as const;
    }),
  );
  return read.then(Object.fromEntries);
}

test('the layer stack’s maps, grown and shrunk by the input size, show what a fresh page paints', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('?view=stack&i=64');
  await expect(grid(page, 'grid-map-4')).toHaveAttribute('data-rows', '8');
  // A hover first, so that the maps' canvases hold lit cells when they change size.
  await hoverCell(page, 'grid-map-4', 1, 6);
  await expect(page.getByTestId('link-summary')).toContainText('(1, 6)');
  await page.mouse.move(0, 0);
  const i = page.getByTestId('control-i-range');
  await i.focus();
  // Every map grows (64 → 66 at the input), then shrinks by one.
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft']) await page.keyboard.press(key);
  await expect(i).toHaveValue('65');
  await expect(grid(page, 'grid-map-0')).toHaveAttribute('data-rows', '65');
  await expect(grid(page, 'grid-map-4')).toHaveAttribute('data-rows', '9');
  const after = await shownGrids(page);
  expect(Object.keys(after)).toHaveLength(5);
  // And a hover after the change lights what it lights on a fresh page.
  await hoverCell(page, 'grid-map-4', 2, 3);
  await expect(page.getByTestId('link-summary')).toContainText('(2, 3)');
  const lit = await shownGrids(page);
  expect(lit['grid-map-0']).not.toEqual(after['grid-map-0']);
  await page.mouse.move(0, 0);

  await page.goto('?view=stack&i=65');
  await expect(grid(page, 'grid-map-4')).toHaveAttribute('data-rows', '9');
  await expect.poll(() => shownGrids(page)).toEqual(after);
  await hoverCell(page, 'grid-map-4', 2, 3);
  await expect(page.getByTestId('link-summary')).toContainText('(2, 3)');
  await expect.poll(() => shownGrids(page)).toEqual(lit);
});
