import { expect, type Locator, type Page } from '@playwright/test';

/** The canvas grid with this data-testid. */
export function grid(page: Page, testId: string): Locator {
  return page.getByTestId(testId);
}

/** Moves the mouse over cell (row, col) of a canvas grid. */
export async function hoverCell(
  page: Page,
  testId: string,
  row: number,
  col: number,
): Promise<void> {
  const target = grid(page, testId);
  const cols = Number(await target.getAttribute('data-cols'));
  const rows = Number(await target.getAttribute('data-rows'));
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${testId} has no box`);
  const cellW = (box.width - 2) / cols;
  const cellH = (box.height - 2) / rows;
  await page.mouse.move(box.x + 1 + (col + 0.5) * cellW, box.y + 1 + (row + 0.5) * cellH);
}

/**
 * Reads every cell's value the way a keyboard user hears it: focus the grid's cell, walk it
 * with the arrow keys and parse "…, value v" from each accessible name.
 */
export async function readGridValues(
  page: Page,
  testId: string,
  label = 'value',
): Promise<number[][]> {
  const target = grid(page, testId);
  const rows = Number(await target.getAttribute('data-rows'));
  const cols = Number(await target.getAttribute('data-cols'));
  const cell = target.locator('.grid-focus');
  await cell.focus();
  await page.keyboard.press('Control+Home');
  const values: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: number[] = [];
    if (r > 0) {
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Home');
    }
    for (let c = 0; c < cols; c++) {
      if (c > 0) await page.keyboard.press('ArrowRight');
      await expect(cell).toHaveAttribute('data-row', String(r));
      await expect(cell).toHaveAttribute('data-col', String(c));
      const name = (await cell.getAttribute('aria-label')) ?? '';
      const match = new RegExp(`${label} ([−-]?[\\d.]+)`).exec(name);
      if (!match) throw new Error(`no ${label} in “${name}”`);
      row.push(Number(match[1].replace('−', '-')));
    }
    values.push(row);
  }
  await cell.blur();
  return values;
}

/** The accessible name of cell (row, col) of a canvas grid, reached with the keyboard. */
export async function cellLabel(
  page: Page,
  testId: string,
  row: number,
  col: number,
): Promise<string> {
  const cell = grid(page, testId).locator('.grid-focus');
  await cell.focus();
  await page.keyboard.press('Control+Home');
  for (let r = 0; r < row; r++) await page.keyboard.press('ArrowDown');
  for (let c = 0; c < col; c++) await page.keyboard.press('ArrowRight');
  await expect(cell).toHaveAttribute('data-row', String(row));
  await expect(cell).toHaveAttribute('data-col', String(col));
  const label = (await cell.getAttribute('aria-label')) ?? '';
  await cell.blur();
  return label;
}

/**
 * Resolves after the page's next frame has been painted (a frame, then a task posted from it),
 * as a person sees it: a grid off the screen is painted by then too.
 */
export async function afterFrame(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done();
          channel.port2.postMessage(null);
        }),
      ),
  );
}
