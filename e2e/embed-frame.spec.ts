import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/test';

/** A page of someone else's site holding the copied embed code, served beside the app. */
const HOST = 'embed-host.html';
const host = (code: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A course page</title></head><body style="margin: 0; padding: 24px; font-family: sans-serif"><h1>Week 3</h1><p>The figure below is live.</p>${code}<p>After the figure.</p></body></html>`;

test.describe('the embed code in a real iframe', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const state of [
    '?view=stack&i=8&L=c3,c3',
    '?view=channels&i=5&k=3&s=1&p=1&cin=2&cout=4&g=2',
    '?view=conv&i=6&k=3&s=2&p=1',
    '?view=transposed&i=3&k=3&s=2&p=1',
  ]) {
    test(`${state}: the figure alone, the way back, no scrollbars`, async ({ page }) => {
      await page.goto(state);
      await page.getByTestId('copy-embed').click();
      await expect(page.getByTestId('export-status')).toHaveText('Embed code copied.');
      const code = await page.evaluate(() => navigator.clipboard.readText());
      await page.route(`**/${HOST}`, (route) =>
        route.fulfill({ contentType: 'text/html', body: host(code) }),
      );
      await page.goto(HOST);
      const iframe = page.locator('iframe');
      await expect(iframe).toHaveAttribute('title', /\S/);
      const frame = page.frameLocator('iframe');
      const open = frame.getByTestId('embed-open');
      await expect(open).toBeVisible();
      // No header, no controls: the figure alone.
      await expect(frame.locator('header')).toHaveCount(0);
      await expect(frame.locator('.view-controls')).toHaveCount(0);
      await expect(frame.locator('.embed-view')).toBeVisible();
      // The link back holds the whole state and opens the explorer in a new tab.
      const href = await open.evaluate((a: HTMLAnchorElement) => a.href);
      expect(new URL(href).search).toBe(state);
      await expect(open).toHaveAttribute('target', '_blank');
      // The frame keeps the figure's shape: what it shows fits, with no scrollbar either way.
      const box = await iframe.boundingBox();
      const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(code) ?? [];
      expect(Math.abs((box?.width ?? 0) / (box?.height ?? 1) - Number(w) / Number(h))).toBeLessThan(
        0.02,
      );
      const scroll = await frame.locator('html').evaluate((html) => ({
        x: html.scrollWidth - html.clientWidth,
        y: html.scrollHeight - html.clientHeight,
      }));
      expect(scroll).toEqual({ x: 0, y: 0 });
    });
  }
});

test.describe('embed mode of the stack and channel views', () => {
  for (const state of ['?view=stack&embed=1', '?view=channels&embed=1&num=1']) {
    test(`${state}: accessible, without a header`, async ({ page }) => {
      await page.goto(state);
      await expect(page.getByTestId('embed-open')).toBeVisible();
      await expect(page.locator('header')).toHaveCount(0);
      await expectNoAxeViolations(page);
    });
  }
});
