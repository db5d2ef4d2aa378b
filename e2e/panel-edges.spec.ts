import { expect, test } from './support/test';
import { VIEW_URLS } from './support/views';

// A panel clips what is wider than it (paint containment) or scrolls it, and the transposed
// view's figures scroll sideways: nothing of a view at rest may need either, so nothing a
// reader should see is cut at a panel's edge. Found cut before: the conv presets' captions,
// 200 px past a 318 px panel (the typed values of figure 1.1 have no space to wrap at), and
// the typed-values inputs 2 px past theirs at 800 px.
const VIEWS = [
  ...VIEW_URLS,
  '?view=conv&fw=tf&p=same&s=2',
  '?view=conv&i=16&k=3&s=1&p=1&num=1',
  '?view=transposed&i=32&k=4&s=2&p=1&num=1',
];

for (const width of [1400, 800, 375]) {
  test(`at ${width} px no panel's content runs past its edge`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    for (const view of VIEWS) {
      await page.goto(view);
      await expect(page.locator('h1.view-title')).toBeVisible();
      await expect(page.locator('.panel:visible').first()).toBeVisible();
      await expect(page.locator('.loading')).toHaveCount(0);
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.panel, .stage-grids')]
          .filter((panel) => panel.scrollWidth > panel.clientWidth)
          .map(
            (panel) =>
              `${panel.dataset.testid ?? panel.className}: ${panel.scrollWidth} > ${panel.clientWidth}`,
          ),
      );
      expect(cut, view).toEqual([]);
    }
  });
}
