import { expect, test } from './support/test';
import { SCHEMA } from '../app/url/schema';
import { gotoLongUrl } from './support/longUrl';

// Links are pasted into chats and slides: a huge, repeated or overflowing value must leave a
// working page and a short, readable notice.
const LONG = `${'1'.repeat(100_000)}x`;

test.describe('hostile and careless links', () => {
  for (const [view, fields] of Object.entries(SCHEMA)) {
    test(`${view}: a 100,000-character value for every key renders the view`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const keys = Object.keys(fields);
      await gotoLongUrl(page, `?view=${view}&${keys.map((key) => `${key}=${LONG}`).join('&')}`);
      await expect(page.locator('h1.view-title')).toBeVisible();
      await expect(page.getByTestId('panel-error')).toHaveCount(0);
      const items = page.getByTestId('notice').getByRole('listitem');
      await expect(items).toHaveCount(keys.length);
      for (const text of await items.allTextContents()) {
        expect(text).toMatch(/^\w+: “1{24}…” is 100001 characters long, longer than any valid/);
        expect(text.length).toBeLessThan(200);
      }
      expect(errors).toEqual([]);
    });
  }

  test('a repeated key is read once and the notice says so', async ({ page }) => {
    await page.goto('?view=conv&k=5&k=7&i=8');
    await expect(page.getByTestId('notice')).toContainText(
      'k: given 2 times; reading the first, “5”.',
    );
    await expect(page).toHaveURL(/\?view=conv&i=8&k=5&s=2&p=1$/);
  });

  test('1e309 is clamped like 1e308, and a note is said once', async ({ page }) => {
    await page.goto('?view=conv&i=1e309&p=999:999');
    const items = page.getByTestId('notice').getByRole('listitem');
    await expect(items).toHaveText([
      'i: 1e309 is above the maximum 64; using 64.',
      'p: 999 is above the maximum 16; using 16.',
    ]);
  });

  test('the address bar follows a playing animation, so a link copied mid-play is current', async ({
    page,
  }) => {
    await page.goto('?view=conv&i=64&k=3&s=1&p=1');
    // Faster than one step per 400 ms: a debounced write waited for the end of playback.
    await page.getByLabel('Speed').selectOption('8');
    const play = page.getByTestId('play');
    await play.click();
    await expect(play).toHaveText('Pause');
    await expect(page).toHaveURL(/&t=([3-9]|\d\d+)$/);
    await expect(play).toHaveText('Pause');
    await play.click();
    const step = await page.getByTestId('scrubber').inputValue();
    await expect(page).toHaveURL(new RegExp(`&t=${step}$`));
  });
});
