import { expect, test } from './support/test';
import { exactText } from './support/exact';

// Issue 17, item 11: a field and the figure never disagree silently.

test.describe('a field with text the figure cannot use', () => {
  test('a number box says which value is shown, and leaving it puts that value back', async ({
    page,
  }) => {
    await page.goto('?view=conv&i=5&k=3&s=2&p=1');
    const stride = page.getByTestId('control-s-field');
    const control = page.getByTestId('control-s');
    await stride.fill('9');
    await expect(control.getByRole('alert')).toHaveText(
      'Stride s must be from 1 to 8; 9 is too large.',
    );
    await expect(control.locator('.field-kept')).toHaveText(
      'Still showing 2. Leave the box or press Escape to put it back.',
    );
    await expect(stride).toHaveAttribute('aria-describedby', /-error .*-kept$/);
    await expect(page).toHaveURL(/s=2/);
    // leaving the box: the box and the figure agree again, and the box says what happened
    await stride.press('Tab');
    await expect(stride).toHaveValue('2');
    await expect(control.getByRole('alert')).toHaveCount(0);
    await expect(control.getByRole('status')).toHaveText(
      'Stride s must be from 1 to 8; 9 is too large. Back to 2.',
    );
    // the note goes with the next edit, which applies as typed
    await stride.fill('3');
    await expect(control.getByRole('status')).toHaveCount(0);
    await expect(page).toHaveURL(/s=3/);
    // Escape does the same as leaving
    await stride.fill('0');
    await stride.press('Escape');
    await expect(stride).toHaveValue('3');
    await expect(stride).toBeFocused();
    await expect(control.getByRole('status')).toContainText('Back to 3.');
  });

  test('a shape half typed: the box names the shape the picture shows, Escape restores it', async ({
    page,
  }) => {
    await page.goto('?view=broadcast&a=4,1,3&b=2,1');
    const shapeA = page.getByTestId('shape-a');
    await shapeA.fill('');
    // "3" and "3," are the shape (3,), applied as typed; "3,," is not a shape
    await shapeA.pressSequentially('3,,5');
    await expect(page.getByRole('alert')).toHaveText(
      'Shape of a: “” in “3,,5” is not a whole number.',
    );
    await expect(page.locator('.field-kept')).toHaveText(
      'Still showing a = (3,). Escape puts it back in the box.',
    );
    await exactText(page.getByTestId('broadcast-result')).toBe('(2, 3)');
    await expect(page.getByTestId('operand-a')).toContainText('(3,)');
    // leaving keeps the text to fix (it may be long), and still says what is shown
    await shapeA.press('Tab');
    await expect(shapeA).toHaveValue('3,,5');
    await expect(page.locator('.field-kept')).toBeVisible();
    await shapeA.press('Escape');
    await expect(shapeA).toHaveValue('3');
    await expect(page.getByRole('status').filter({ hasText: 'Back to a = (3,).' })).toBeVisible();
  });
});
