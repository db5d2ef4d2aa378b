import { expect, test } from './support/test';

test.describe('app shell', () => {
  test('garbage in the URL gives a notice listing the corrections, never a crash', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('?i=-3&k=abc&s=1e9&zzz=1');
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText('i: -3 is below the minimum 1; using 1.');
    await expect(notice).toContainText('k: “abc” is not a number; using the default 3.');
    await expect(notice).toContainText('s: 1e9 is above the maximum 8; using 8.');
    await expect(page).toHaveURL(/\?view=conv&i=1&k=3&s=8&p=1$/);
    await page.getByRole('button', { name: /Dismiss/ }).click();
    await expect(notice).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('navigation shows only the views that exist and keeps back/forward working', async ({
    page,
  }) => {
    await page.goto('./');
    const nav = page.getByRole('navigation', { name: 'Views' });
    await expect(nav.getByRole('link', { name: 'Convolution' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await nav.getByRole('link', { name: 'Pooling' }).click();
    await expect(page).toHaveURL(/view=pool/);
    await expect(nav.getByRole('link', { name: 'Pooling' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await page.goBack();
    await expect(page).toHaveURL(/view=conv/);
    await expect(nav.getByRole('link', { name: 'Convolution' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await page.goForward();
    await expect(nav.getByRole('link', { name: 'Pooling' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('an unknown view falls back to the convolution view with a notice', async ({ page }) => {
    await page.goto('?view=deconvolution');
    await expect(page.getByTestId('notice')).toContainText('“deconvolution” is not one of');
    await expect(
      page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Convolution' }),
    ).toHaveAttribute('aria-current', 'page');
  });
});
