// What a key press on one parameter writes to the page in its own task, before its frame: the
// pressed control and the figure. The other parameters' controls, the typed-values editor, the
// export bar and the animation's speed and loop keep their props and are not written again
// (what follows a render later, the panels and links, is not looked at here).
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';

declare global {
  interface Window {
    __pressWrites?: string[];
  }
}

/** Describes, for each node the press's own task changed, where it is in the page. */
async function watchPress(page: Page, key: string) {
  await page.evaluate((key) => {
    const writes: string[] = [];
    window.__pressWrites = writes;
    let inPress = false;
    addEventListener(
      'keydown',
      () => {
        inPress = true;
        requestAnimationFrame(() => (inPress = false));
      },
      { capture: true },
    );
    const where = (node: Node) => {
      const element = node instanceof Element ? node : node.parentElement;
      if (!element) return 'outside';
      if (element.closest(`[data-testid="control-${key}"]`)) return 'pressed control';
      if (element.closest('.animation-bar .inline-field')) return 'speed and loop';
      if (element.closest('.view-figure')) return 'figure';
      const owner = element.closest('[data-testid]')?.getAttribute('data-testid');
      return `${element.tagName.toLowerCase()} in ${owner ?? 'page'}`;
    };
    new MutationObserver((records) => {
      if (!inPress) return;
      for (const record of records) writes.push(where(record.target));
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  }, key);
}

/** A frame, the browser idle, and a frame again. */
const settled = () =>
  new Promise((done) =>
    requestAnimationFrame(() =>
      requestIdleCallback(() => requestAnimationFrame(() => done(null)), { timeout: 5000 }),
    ),
  );

for (const [url, key] of [
  ['?view=conv&i=16&k=3&s=1&p=1', 'k'],
  ['?view=transposed&i=32&k=4&s=2&p=1', 'k'],
  ['?view=pool&i=8&k=2&s=2&p=0', 'k'],
]) {
  test(`a key press on ${key} writes only its control and the figure (${url})`, async ({
    page,
  }) => {
    await page.goto(url);
    const k = page.getByTestId(`control-${key}-range`);
    await expect(k).toBeVisible();
    // The export bar and the panels load after the first paint, and their formulas are
    // typeset once the typesetter has loaded: all of it before the presses are watched.
    await expect(page.getByTestId('export-png')).toBeVisible();
    await expect(page.getByTestId('relationship').locator('.katex').first()).toBeVisible();
    await watchPress(page, key);
    await k.focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft']) {
      await page.keyboard.press(key);
      // What follows the press (the panels, then formulas typeset when the browser is idle)
      // is over before the next one.
      await page.evaluate(settled);
    }
    const writes = await page.evaluate(() => window.__pressWrites ?? []);
    // The press did write: the control and the figure changed.
    expect(writes).toContain('pressed control');
    expect(writes).toContain('figure');
    expect([...new Set(writes)].sort()).toEqual(['figure', 'pressed control']);
  });
}
