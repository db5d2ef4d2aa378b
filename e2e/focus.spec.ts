import type { Page } from '@playwright/test';
import { expect, test } from './support/test';

/** Where keyboard focus is: never the page's body after an action. */
const focusedTestId = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    return active.getAttribute('data-testid') ?? active.tagName.toLowerCase();
  });

test.describe('focus after an action removes the focused element', () => {
  for (const [view, url, applied] of [
    ['conv', '?view=conv&i=4&k=7&s=1&p=0', /^Applied “.+”: PyTorch accepts this configuration\.$/],
    ['pool', '?view=pool&i=6&k=3&s=1&p=2', /^Applied “Padding 2 → 1.*”/],
    ['transposed', '?view=transposed&i=3&k=3&s=2&p=1&op=2', /^Applied “Output padding 2 → 1.*”/],
  ] as const) {
    test(`${view}: Enter on “Nearest valid” leaves focus on what was applied`, async ({ page }) => {
      await page.goto(url);
      await page.getByTestId('fix-nearest').focus();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('config-error')).toHaveCount(0);
      const note = page.getByTestId('fix-applied');
      await expect(note).toHaveText(applied);
      await expect(note).toBeFocused();
      // The next change clears the note.
      await page.getByRole('link', { name: 'Skip to content' }).focus();
      await page.keyboard.press('Tab');
      await page.getByLabel(/Seed/).first().click();
      await expect(note).toHaveCount(0);
    });
  }

  test('dismissing the corrections notice moves focus to the page heading', async ({ page }) => {
    await page.goto('?view=conv&k=abc');
    await expect(page.locator('h1.view-title')).toBeVisible();
    const dismiss = page.getByRole('button', { name: /^Dismiss/ });
    await dismiss.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('notice')).toHaveCount(0);
    await expect(page.locator('h1.view-title')).toBeFocused();
  });

  test('the mask’s “Use …” button moves focus to the condition it filled in', async ({ page }) => {
    await page.goto('?view=mask&m=0.5,-1,2;0.2,1,0&cond=(a%20%3E%200)%20and%20(a%20%3C%201)');
    const use = page.getByTestId('condition-error').getByRole('button', { name: /^Use / });
    await use.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('condition')).toHaveValue('(a > 0) & (a < 1)');
    await expect(page.getByTestId('condition')).toBeFocused();
  });

  test('Back to another view puts focus on its heading, not the page body', async ({ page }) => {
    await page.goto('?view=conv');
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Pooling' })
      .click();
    await expect(page.locator('h1.view-title')).toHaveText(/Pooling/);
    await page.getByTestId('play').focus();
    await page.goBack();
    await expect(page.locator('h1.view-title')).toHaveText(/Convolution/);
    await expect(page.locator('h1.view-title')).toBeFocused();
    expect(await focusedTestId(page)).not.toBe('body');
  });
});

test.describe('one announcement per change', () => {
  test('broadcasting announces the result shape, and the error', async ({ page }) => {
    await page.goto('?view=broadcast&a=4,1,3&b=2,1');
    const said = page.getByTestId('broadcast-announcement');
    await expect(said).toHaveRole('status');
    await expect(said).toHaveText('Result shape (4, 2, 3).');
    await page.goto('?view=broadcast&a=4,3&b=2');
    await expect(said).toHaveText(/^No result: operands could not be broadcast together/);
  });

  test('the mask lab announces a[mask]', async ({ page }) => {
    await page.goto('?view=mask&m=0.5,-1,2;0.2,1,0');
    const said = page.getByTestId('mask-announcement');
    await expect(said).toHaveRole('status');
    await expect(said).toHaveText('a[mask] has 2 elements: array([0.5, 0.2])');
  });

  test('Smooth L1 announces one summary, not every number', async ({ page }) => {
    await page.goto('?view=smoothl1&beta=1&x=0.5');
    // The numbers are plain text now: only the summary is a live region among them.
    const outputs = page.locator('main output');
    await page.getByTestId('x-input').fill('2');
    await expect(page.getByTestId('probe-summary')).toHaveText(
      'At x = 2: Smooth L1 1.50000, gradient 1.00000; Huber 1.50000.',
    );
    await expect(outputs).toHaveCount(0);
    await expect(page.getByTestId('probe-summary')).toHaveRole('status');
  });
});
