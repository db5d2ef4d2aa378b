import type { Page } from '@playwright/test';
import { expect, test } from './support/test';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Views' });
const title = (page: Page) => page.locator('h1.view-title');

test.describe('lost downloads', () => {
  test('a view whose code failed to download loads on Retry, and after coming back', async ({
    page,
  }) => {
    let refuse = true;
    await page.route(/\/assets\/PoolView-[^/]*\.js$/, (route) =>
      refuse ? route.abort('internetdisconnected') : route.continue(),
    );
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('?view=conv');
    await expect(title(page)).toHaveText(/Convolution/);
    await nav(page).getByRole('link', { name: 'Pooling' }).click();
    const error = page.getByTestId('panel-error');
    await expect(error).toContainText('Could not load the pooling view.');
    // Retry while still offline fails again, with the same screen.
    await error.getByRole('button', { name: 'Retry' }).click();
    await expect(error).toContainText('Could not load the pooling view.');
    await nav(page).getByRole('link', { name: 'Convolution' }).click();
    await expect(title(page)).toHaveText(/Convolution/);
    refuse = false;
    await nav(page).getByRole('link', { name: 'Pooling' }).click();
    await expect(title(page)).toHaveText(/Pooling/);
    await expect(error).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('Retry loads the view once the connection is back', async ({ page }) => {
    let refuse = true;
    await page.route(/\/assets\/MaskView-[^/]*\.(js|css)$/, (route) =>
      refuse ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.goto('?view=conv');
    await nav(page).getByRole('link', { name: 'Masks' }).click();
    const error = page.getByTestId('panel-error');
    await expect(error).toContainText('Could not load the masks view.');
    refuse = false;
    await error.getByRole('button', { name: 'Retry' }).click();
    await expect(title(page)).toBeVisible();
    await expect(error).toHaveCount(0);
  });

  test('after a redeploy removed the old files, Reload gets the new version', async ({ page }) => {
    await page.route(/\/assets\/TransposedView-[^/]*\.js$/, (route) =>
      route.fulfill({ status: 404, body: 'Not found' }),
    );
    await page.goto('?view=conv');
    await nav(page).getByRole('link', { name: 'Transposed' }).click();
    const error = page.getByTestId('panel-error');
    await expect(error).toContainText('Could not load the transposed view.');
    await page.unroute(/\/assets\/TransposedView-[^/]*\.js$/);
    await error.getByRole('button', { name: 'Reload the page' }).click();
    await expect(title(page)).toBeVisible();
    await expect(page).toHaveURL(/view=transposed/);
  });

  test('formulas whose typesetter failed to download stay readable, and typeset when online', async ({
    page,
    context,
  }) => {
    let refuse = true;
    await page.route(/\/assets\/katex-[^/]*\.(js|css)$/, (route) =>
      refuse ? route.abort('internetdisconnected') : route.continue(),
    );
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('?view=conv');
    const formula = page.locator('.formula').first();
    await expect(formula).not.toBeEmpty();
    await expect(formula.locator('.katex')).toHaveCount(0);
    expect(await formula.textContent()).toBe(await formula.getAttribute('data-tex'));
    refuse = false;
    await context.setOffline(true);
    await context.setOffline(false);
    await expect(formula.locator('.katex')).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('offline after the first visit', () => {
  test.use({ serviceWorkers: 'allow' });

  test('every view opens with no network once the site has been visited', async ({
    page,
    context,
  }) => {
    await page.goto('?view=conv');
    await expect(title(page)).toBeVisible();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    await context.setOffline(true);
    // The worker's own requests are offline too: a file it has not cached fails.
    const uncached = await page.evaluate(() =>
      fetch('./robots.txt?uncached').then(
        () => 'fetched',
        () => 'failed',
      ),
    );
    expect(uncached).toBe('failed');
    for (const name of [
      'Pooling',
      'Transposed',
      'Smooth L1',
      'Broadcasting',
      'Masks',
      'Layer stack',
      'Channels',
    ]) {
      await nav(page).getByRole('link', { name }).click();
      await expect(title(page)).toBeVisible();
      await expect(page.getByTestId('panel-error')).toHaveCount(0);
    }
    // A new visit offline: the page itself from the cache, formulas typeset.
    await page.goto('?view=conv&i=7');
    await expect(title(page)).toHaveText(/Convolution/);
    await expect(page.locator('.formula .katex').first()).toBeVisible();
  });
});
