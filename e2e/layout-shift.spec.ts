import type { Page } from '@playwright/test';
import { WITH_FORMULAS } from './support/formulas';
import { expect, test } from './support/test';
import { VIEW_URLS } from './support/views';

// Nothing moves while a view loads: not when its code arrives and it replaces the loading
// line, not when its figures are measured and drawn, not when KaTeX and its fonts arrive and
// typeset the formulas. The view's code and KaTeX are held back a little, as on a slow
// connection, so that each arrives after the page has painted.
const WIDTHS = [1400, 375];

declare global {
  interface Window {
    __layoutShifts?: { value: number; sources: string[] }[];
  }
}

/** Records every layout shift of the page with the elements that moved. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    window.__layoutShifts = shifts;
    const describe = (node: Node | null) =>
      node instanceof Element
        ? `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}`
        : (node?.nodeName ?? 'gone');
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        shifts.push({ value: entry.value, sources: entry.sources.map((s) => describe(s.node)) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Holds back the files matching `pattern` for `ms`, as a slow connection would. */
async function delay(page: Page, pattern: RegExp, ms: number) {
  await page.route(pattern, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

test.describe('no layout shift while a view loads', () => {
  for (const width of WIDTHS) {
    for (const url of VIEW_URLS) {
      test(`${url} at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await recordShifts(page);
        await delay(page, /\/assets\/[A-Z][A-Za-z0-9]*View-[^/]*\.(js|css)$/, 300);
        await delay(page, /\/assets\/katex-[^/]*\.(js|css)$/, 300);
        await delay(page, /\/assets\/KaTeX_[^/]*\.woff2$/, 300);
        await page.goto(url);
        await expect(page.locator('h1.view-title')).toBeVisible();
        const formulas = page.locator('.formula');
        if (WITH_FORMULAS.test(url)) await expect(formulas.first()).toBeVisible();
        const count = await formulas.count();
        if (count > 0) await expect(page.locator('.formula .katex')).toHaveCount(count);
        await page.evaluate(() => document.fonts.ready);
        // Two frames, so that whatever the last change laid out has been painted and reported.
        await page.evaluate(
          () =>
            new Promise((resolve) =>
              requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))),
            ),
        );
        const shifts = await page.evaluate(() => window.__layoutShifts ?? []);
        expect(shifts).toEqual([]);
        // The room kept for each formula holds it whole: no part of it is cut at the top or
        // bottom of its box.
        const clipped = await page.evaluate(() =>
          [...document.querySelectorAll('.formula-display')]
            .filter((box) => {
              const room = box.getBoundingClientRect();
              // The glyphs (each text's font box), fraction bars and drawn delimiters.
              const parts: DOMRect[] = [];
              const texts = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
              while (texts.nextNode()) {
                if (!texts.currentNode.parentElement?.closest('.katex-html')) continue;
                const range = document.createRange();
                range.selectNodeContents(texts.currentNode);
                parts.push(range.getBoundingClientRect());
              }
              for (const line of box.querySelectorAll('.katex-html .frac-line, .katex-html svg')) {
                parts.push(line.getBoundingClientRect());
              }
              return parts.some(
                (ink) => ink.height > 0 && (ink.top < room.top - 1 || ink.bottom > room.bottom + 1),
              );
            })
            .map((box) => box.getAttribute('data-tex')),
        );
        expect(clipped).toEqual([]);
      });
    }
  }
});

test.describe('while a view’s code downloads', () => {
  for (const width of WIDTHS) {
    test(`its heading and lede show where the page puts them, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      let release = () => undefined as void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/[A-Z][A-Za-z0-9]*View-[^/]*\.(js|css)$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto('?view=pool', { waitUntil: 'commit' });
      const skeleton = page.getByTestId('view-skeleton');
      await expect(skeleton.locator('.view-title')).toHaveText('Pooling arithmetic');
      await expect(skeleton.locator('.view-lede')).toBeVisible();
      const box = async (selector: string) => {
        const rect = await page.locator(selector).boundingBox();
        return rect && [rect.x, rect.y, rect.width, rect.height].map(Math.round);
      };
      const before = [
        await box('.view-skeleton .view-title'),
        await box('.view-skeleton .view-lede'),
      ];
      release();
      await expect(page.locator('h1.view-title')).toHaveText('Pooling arithmetic');
      await expect(skeleton).toHaveCount(0);
      // From 700 px the export bar sits beside the heading: its room is kept while it loads.
      if (width >= 700) await expect(page.locator('.view-head .export-bar')).toBeVisible();
      expect([await box('h1.view-title'), await box('.view > .view-lede')]).toEqual(before);
    });
  }
});

test.describe('what the first paint does not wait for', () => {
  test('the view’s code is asked for once its heading and lede are in the page, its panels once the figure is', async ({
    page,
  }) => {
    // When each part first appears in the page, on the clock of the resources' timings.
    await page.addInitScript(() => {
      const marks: Record<string, number> = {};
      (window as unknown as { __marks: typeof marks }).__marks = marks;
      const parts = {
        skeleton: '[data-testid="view-skeleton"] .view-lede',
        figure: 'h1.view-title',
      };
      new MutationObserver(() => {
        for (const [name, selector] of Object.entries(parts)) {
          if (!(name in marks) && document.querySelector(selector)) marks[name] = performance.now();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('?view=transposed');
    await expect(page.locator('.view-panels .relationship')).toBeVisible();
    const { marks, asked } = await page.evaluate(() => ({
      marks: (window as unknown as { __marks: Record<string, number> }).__marks,
      asked: performance
        .getEntriesByType('resource')
        .filter((entry) => /\/assets\/Transposed(View|Panels)-[^/]*\.js$/.test(entry.name))
        .map((entry) => ({ panels: entry.name.includes('Panels-'), at: entry.startTime })),
    }));
    expect(asked).toHaveLength(2);
    for (const { panels, at } of asked) {
      expect(at).toBeGreaterThan(panels ? marks.figure : marks.skeleton);
    }
  });
});
