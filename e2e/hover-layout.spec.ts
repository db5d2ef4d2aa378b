// A hover rewrites the sentence about the cell and moves the window's lines; neither may lay out
// the page. Every layout a hover causes must start at a box that the browser lays out on its own
// (Chromium's trace calls such a layout partial): the sentence's held box, the lines' own SVG.
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { afterFrame, hoverCell } from './support/grid';

interface LayoutEvent {
  name: string;
  ph: string;
  args?: { beginData?: { dirtyObjects?: number; partialLayout?: boolean } };
}

/** The layouts Chromium records while `act` runs. */
async function layoutsDuring(cdp: CDPSession, act: () => Promise<void>) {
  const events: LayoutEvent[] = [];
  const collect = (data: { value: object[] }) => events.push(...(data.value as LayoutEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  await act();
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  return events
    .filter((event) => event.name === 'Layout' && event.ph === 'X' && event.args?.beginData)
    .map((event) => event.args!.beginData!);
}

/** The sentence's text after each hover, each hover answered by its frame. */
async function hoverAll(page: Page, grid: string, cells: [number, number][]) {
  const said: string[] = [];
  for (const [row, col] of cells) {
    await hoverCell(page, grid, row, col);
    await afterFrame(page);
    await afterFrame(page);
    said.push((await page.getByTestId('link-summary').first().textContent()) ?? '');
  }
  return said;
}

/**
 * Waits for the page to be done with its first moments: its fonts loaded, its late panels
 * rendered (each laying the page out once), nothing left to do before an idle moment.
 */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  for (let n = 0; n < 2; n++) {
    await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 3000 })));
    await afterFrame(page);
  }
}

// Cells inside the figures, whose sentences take one line at this width: a sentence that
// changes its number of lines lays its neighbours out again, as it should.
const CASES = [
  { view: 'convolution', url: '?view=conv&i=16&k=3&s=1&p=1', grid: 'grid-output' },
  { view: 'transposed convolution', url: '?view=transposed&i=6&k=3&s=1&p=0', grid: 'grid-output' },
  { view: 'layer stack', url: '?view=stack&i=32', grid: 'grid-map-1' },
];
const CELLS: [number, number][] = [
  [2, 2],
  [2, 3],
  [3, 3],
  [3, 2],
  [2, 4],
];

for (const { view, url, grid } of CASES) {
  test(`a hover on the ${view} lays out the sentence and the lines alone`, async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(url);
    // The first hover turns the invitation into a sentence about a cell: that one may move things.
    await hoverCell(page, grid, 1, 1);
    await expect(page.getByTestId('link-summary').first()).toContainText('(1, 1)');
    await settled(page);
    const cdp = await page.context().newCDPSession(page);
    let said: string[] = [];
    const layouts = await layoutsDuring(cdp, async () => {
      said = await hoverAll(page, grid, CELLS);
    });
    // Every hover told about its own cell, and so had something to lay out.
    expect(new Set(said).size).toBe(CELLS.length);
    expect(layouts.length).toBeGreaterThanOrEqual(CELLS.length);
    expect(layouts.filter((layout) => !layout.partialLayout)).toEqual([]);
  });
}
