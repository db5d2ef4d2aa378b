import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Polls an element's exact text content: unlike `toHaveText`, white space is not normalised,
 * so trailing spaces and line breaks in library messages are checked too.
 */
export const exactText = (locator: Locator) => expect.poll(() => locator.textContent());

/**
 * The page does not scroll sideways (wide content scrolls inside its own box). Measured against
 * the layout viewport's width without a scrollbar, so it is at least as strict as `innerWidth`.
 */
export async function expectNoHorizontalScroll(page: Page, message?: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, message).toBeLessThanOrEqual(0);
}

/**
 * How far an element's right edge runs past the inner right edge of the panel that holds it
 * (its border and padding excluded), in CSS pixels: 0 or less when it stays inside.
 */
export async function pastPanelEdge(element: Locator): Promise<number> {
  return element.evaluate((node) => {
    const panel = node.closest('.panel')!;
    const style = getComputedStyle(panel);
    const inner =
      panel.getBoundingClientRect().right -
      parseFloat(style.borderRightWidth) -
      parseFloat(style.paddingRight);
    return node.getBoundingClientRect().right - inner;
  });
}
