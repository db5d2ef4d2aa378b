import { WITH_FORMULAS } from './support/formulas';
import { expect, test } from './support/test';

// The suite's `test` fails any test on a CSP violation; here each view is opened with its
// formulas typeset and its figures drawn, and the policy is checked to be the strict one.
const VIEWS = [
  '?view=conv&i=5&k=3&s=2&p=1&num=1',
  '?view=pool&mode=avg&num=1',
  '?view=transposed&num=1&heat=1',
  '?view=smoothl1&sigma=3',
  '?view=broadcast',
  '?view=mask',
  '?view=stack',
  '?view=channels',
];

test.describe('Content-Security-Policy', () => {
  test('the built page carries the strict policy', async ({ page }) => {
    await page.goto('./');
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    for (const directive of [
      "script-src 'self'",
      "style-src 'self'",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "worker-src 'self'",
    ]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|data:/);
  });

  for (const url of VIEWS) {
    test(`${url}: renders under the policy with no violation`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('h1.view-title')).toBeVisible();
      const formulas = page.locator('.formula');
      if (WITH_FORMULAS.test(url)) await expect(formulas.first()).toBeVisible();
      if (await formulas.count()) await expect(formulas.first().locator('.katex')).toBeVisible();
      // KaTeX's fonts come from the site as files.
      await page.evaluate(() => document.fonts.ready);
      const fonts = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => /KaTeX_.*\.woff2$/.test(name)),
      );
      if (await formulas.count()) expect(fonts.length).toBeGreaterThan(0);
    });
  }

  test('an inline script is refused and the violation is caught', async ({
    page,
    cspViolations,
  }) => {
    await page.goto('./');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
    expect(cspViolations[0]).toMatch(/script-src/);
    // Seen and asserted: the check after the test must not fail on it.
    cspViolations.length = 0;
  });
});
