import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';

// TensorFlow is not installed here: the expected sizes are worked by hand from its rule
// (docs/semantics.md §3.1): SAME gives ⌈i/s⌉ and pads P = max((⌈i/s⌉ − 1)s + k̂ − i, 0), ⌊P/2⌋
// before and the rest after; PyTorch's port pads ⌊d(k − 1)/2⌋ on both ends and rounds down.

test.describe('PyTorch next to TensorFlow in the convolution view', () => {
  test('the one-pixel bug: i 63, k 2, s 2 gives TensorFlow 32, PyTorch 31 on the width', async ({
    page,
  }) => {
    await page.goto('?view=conv&i=64,63&k=2&s=2&p=same&fw=tf');
    await expect(page.getByTestId('output-size')).toHaveText('32 × 32');
    await expect(page.getByTestId('tf-size')).toHaveText('32 × 32');
    await expect(page.getByTestId('torch-size')).toHaveText('32 × 31');
    const reasons = page.getByTestId('framework-reasons');
    await expect(reasons).toContainText('width: TensorFlow rounds up, ⌈63/2⌉ = 32');
    await expect(reasons).toContainText('0 before and 1 after');
    await expect(reasons).not.toContainText('height');
    // F.pad lists the last axis first: (left, right, top, bottom)
    await expect(page.getByTestId('torch-match')).toContainText('x = F.pad(x, (0, 1, 0, 0))');
  });

  test('same size, shifted: i 6, k 3, s 2 pads (0, 1) in TensorFlow and (1, 1) in PyTorch', async ({
    page,
  }) => {
    await page.goto('?view=conv&i=6&k=3&s=2&p=same&fw=tf');
    await expect(page.getByTestId('output-size')).toHaveText('3 × 3');
    await expect(page.getByTestId('framework-compare')).toContainText('a pixel apart');
    await expect(page.getByTestId('framework-reasons')).toContainText(
      'TensorFlow pads (0, 1) and PyTorch (1, 1)',
    );
    await expect(page.getByTestId('padding-resolved')).toHaveText(
      'Pads 0/1 rows and 0/1 columns (before/after).',
    );
  });

  test('switching to TensorFlow lifts PyTorch’s refusal of strided same; back restores it', async ({
    page,
  }) => {
    await page.goto('?view=conv&i=7&k=3&s=2&p=same');
    await expect(page.getByTestId('config-error')).toContainText('strided convolutions');
    await page.getByTestId('control-fw-tf').check();
    await expect(page).toHaveURL(/[?&]fw=tf(&|$)/);
    await expect(page.getByTestId('config-error')).toHaveCount(0);
    // ⌈7/2⌉ = 4; P = 3·2 + 3 − 7 = 2: (1, 1), which PyTorch's padding=1 matches
    await expect(page.getByTestId('output-size')).toHaveText('4 × 4');
    await expect(page.getByTestId('framework-compare')).toContainText('gives the same here');
    await page.goBack();
    await expect(page).not.toHaveURL(/fw=tf/);
    await expect(page.getByTestId('config-error')).toContainText('strided convolutions');
  });

  test('VALID is PyTorch’s padding 0: the same size in both', async ({ page }) => {
    await page.goto('?view=conv&i=7&k=3&s=2&p=valid&fw=tf');
    await expect(page.getByTestId('output-size')).toHaveText('3 × 3');
    await expect(page.getByTestId('framework-compare')).toHaveCount(0);
    await page.goto('?view=conv&i=7&k=3&s=2&p=valid');
    await expect(page.getByTestId('output-size')).toHaveText('3 × 3');
  });

  test('no axe violations with TensorFlow’s rules, at 1280 and 375 px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('?view=conv&i=64,63&k=2&s=2&p=same&fw=tf');
    await expect(page.getByTestId('framework-compare')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await expectNoAxeViolations(page);
  });
});
