// What a session of presses leaves behind once it is over: no event listener.
// Counted by the browser after a full garbage collection (Chromium's DOM counters).
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { afterFrame } from './support/grid';

async function counters(cdp: CDPSession) {
  await cdp.send('HeapProfiler.collectGarbage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { listeners: dom.jsEventListeners };
}

/** Presses ArrowRight and ArrowLeft in turn, each answered (its frame and task) before the next. */
async function press(page: Page, count: number) {
  for (let n = 0; n < count; n++) {
    await page.keyboard.press(n % 2 ? 'ArrowLeft' : 'ArrowRight');
    await afterFrame(page);
  }
}

test('a hundred kernel presses leave no event listener behind', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('?view=conv&i=16&k=3&s=1&p=1');
  const k = page.getByTestId('control-k-range');
  await k.focus();
  // Warm up: every part that presses build once (and keep) exists before counting. (DOM nodes
  // are not counted: how many the first presses build and keep depends on the machine's load.)
  await press(page, 40);
  await expect(k).toHaveValue('3');
  await expect(page).toHaveURL(/k=3/);
  const cdp = await page.context().newCDPSession(page);
  const before = await counters(cdp);
  await press(page, 100);
  await expect(k).toHaveValue('3');
  await expect(page).toHaveURL(/k=3/);
  const after = await counters(cdp);
  // A few may come and go with what is open; one per press would be a hundred.
  expect(after.listeners - before.listeners).toBeLessThan(10);
});
