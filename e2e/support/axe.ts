import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Runs axe-core with the WCAG 2.x A and AA rules and fails on any violation, listing them. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // A full axe run takes seconds on a busy two-core machine: give each run its own minute.
  test.info().setTimeout(test.info().timeout + 60_000);
  await settled(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/**
 * Waits until the panels under the figure (loaded after its first paint) are in, the formulas
 * typeset and the fonts loaded, then for the resize observers to
 * run (two frames): a formula's width, and so whether it scrolls and is a Tab stop, is final.
 * Formulas left as TeX (KaTeX offline) are waited for only a few seconds.
 */
async function settled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('.view-panels')].every((p) => p.childElementCount > 0) &&
        [...document.querySelectorAll('.formula')].every((f) => f.querySelector('.katex')) &&
        document.fonts.status === 'loaded',
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  await page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}
