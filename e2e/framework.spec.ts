import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { hoverCell } from './support/grid';

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

// Pooling with TensorFlow's rules, worked by hand from the same rule: no dilation, no ceil
// mode, and padding is never counted (max ignores it, the average divides by input cells).
test.describe('PyTorch next to TensorFlow in the pooling view', () => {
  test('SAME on 7 × 7, k 2, s 2: TensorFlow 4 × 4 with one zero after, PyTorch’s port 3 × 3', async ({
    page,
  }) => {
    await page.goto('?view=pool&fw=tf&tfpad=same&i=7&k=2&s=2');
    await expect(page.getByTestId('output-size')).toHaveText('4 × 4');
    await expect(page.getByTestId('tf-size')).toHaveText('4 × 4');
    await expect(page.getByTestId('torch-size')).toHaveText('3 × 3');
    await expect(page.getByTestId('framework-reasons')).toContainText(
      'height: TensorFlow rounds up, ⌈7/2⌉ = 4',
    );
    await expect(page.getByTestId('torch-match')).toContainText(
      "x = F.pad(x, (0, 1, 0, 1), value=float('-inf'))",
    );
    // the last window holds input cell (6, 6) and three zeros after, which never win
    await hoverCell(page, 'grid-output', 3, 3);
    await expect(page.getByTestId('cell-sum')).toContainText('(3 padding cells are left out)');
  });

  test('average under SAME divides by the input cells only: the corner of i 6, k 3, s 2 by 4', async ({
    page,
  }) => {
    await page.goto('?view=pool&fw=tf&tfpad=same&i=6&k=3&s=2&mode=avg&seed=1');
    await expect(page.getByTestId('output-size')).toHaveText('3 × 3');
    await expect(page.getByTestId('framework-compare')).toContainText('a pixel apart');
    await expect(page.getByTestId('framework-reasons')).toContainText(
      "divisor: PyTorch's AvgPool2d counts its padding",
    );
    await expect(page.getByTestId('torch-match')).toContainText(
      'y = sums(F.pad(x, pads)) / sums(F.pad(torch.ones_like(x), pads))',
    );
    await hoverCell(page, 'grid-output', 2, 2);
    await expect(page.getByTestId('cell-sum')).toContainText(') / 4 = ');
    await expect(page.getByTestId('cell-sum')).toContainText('TensorFlow counts input cells only');
    await page.getByRole('tab', { name: 'TensorFlow' }).click();
    await expect(page.getByTestId('code-tensorflow')).toContainText(
      "tf.keras.layers.AveragePooling2D(pool_size=3, strides=2, padding='same')",
    );
  });

  test('ceil_mode is PyTorch’s only: with TensorFlow it is named and left out; back restores it', async ({
    page,
  }) => {
    await page.goto('?view=pool&i=7&k=2&s=2&ceil=1');
    await expect(page.getByTestId('output-size')).toHaveText('4 × 4');
    await page.getByTestId('control-fw-tf').check();
    await expect(page).toHaveURL(/[?&]fw=tf(&|$)/);
    // VALID: ⌊(7 − 2)/2⌋ + 1 = 3, no ceil
    await expect(page.getByTestId('output-size')).toHaveText('3 × 3');
    await expect(page.getByTestId('tf-no-ceil')).toContainText('TensorFlow has no ceil mode');
    await expect(page.getByTestId('toggle-ceil')).toHaveCount(0);
    await page.getByTestId('control-tfpad').selectOption('same');
    await expect(page).toHaveURL(/[?&]tfpad=same(&|$)/);
    await expect(page.getByTestId('output-size')).toHaveText('4 × 4');
    await expect(page.getByTestId('tf-no-ceil')).toContainText(
      "PyTorch's usual port with ceil_mode=True gives 4 × 4, the same size as TensorFlow here.",
    );
    await page.goBack();
    await page.goBack();
    await expect(page).not.toHaveURL(/fw=tf/);
    await expect(page.getByTestId('output-size')).toHaveText('4 × 4');
    await expect(page.getByTestId('toggle-ceil')).toBeChecked();
  });

  test('dilation is refused with TensorFlow’s rules, with a fix', async ({ page }) => {
    await page.goto('?view=pool&fw=tf&i=9&k=3&d=2');
    await expect(page.getByTestId('config-error')).toContainText('no dilation');
    await page
      .getByTestId('config-error')
      .getByRole('button', { name: /Dilation → 1/ })
      .click();
    // VALID, stride 1: 9 − 3 + 1 = 7
    await expect(page.getByTestId('output-size')).toHaveText('7 × 7');
  });

  test('no axe violations with TensorFlow’s pooling, at 1280 and 375 px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('?view=pool&fw=tf&tfpad=same&i=6&k=3&s=2&mode=avg&ceil=1');
    await expect(page.getByTestId('framework-compare')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await expectNoAxeViolations(page);
  });
});

// Keras' Conv2DTranspose, sizes from docs/semantics.md §3.3–3.4 (i 3, k 3, s 2).
test.describe('PyTorch next to TensorFlow in the transposed view', () => {
  test("'same' infers i·s = 6; PyTorch's padding 0 gives 7 and is sliced", async ({ page }) => {
    await page.goto('?view=transposed&fw=tf&tfpad=same&i=3&k=3&s=2');
    await expect(page.getByTestId('output-size')).toHaveText('6 × 6');
    await expect(page.getByTestId('tf-size')).toHaveText('6 × 6');
    await expect(page.getByTestId('torch-size')).toHaveText('7 × 7');
    await expect(page.getByTestId('framework-reasons')).toContainText(
      'TensorFlow crops 0 before and 1 after the full 7',
    );
    await expect(page.getByTestId('torch-match')).toContainText('y = conv_t(x)[:, :, :6, :6]');
  });

  test("output_padding 0 with 'same' gives 5: PyTorch's padding=1 exactly; back to PyTorch", async ({
    page,
  }) => {
    await page.goto('?view=transposed&i=3&k=3&s=2&p=1');
    await expect(page.getByTestId('output-size')).toHaveText('5 × 5');
    await page.getByTestId('control-fw-tf').check();
    // 'valid' infers (i − 1)s + k̂ = 7
    await expect(page.getByTestId('output-size')).toHaveText('7 × 7');
    await page.getByTestId('control-tfpad').selectOption('same');
    await page.getByTestId('toggle-kop').check();
    await expect(page).toHaveURL(/[?&]kop=0(&|$)/);
    await expect(page.getByTestId('output-size')).toHaveText('5 × 5');
    await expect(page.getByTestId('torch-match')).toContainText(
      'nn.ConvTranspose2d(1, 1, 3, stride=2, padding=1)',
    );
    await page.getByRole('tab', { name: 'TensorFlow' }).click();
    await expect(page.getByTestId('code-tensorflow')).toContainText(
      "tf.keras.layers.Conv2DTranspose(1, kernel_size=3, strides=2, padding='same', output_padding=0)",
    );
    await page.goBack();
    await page.goBack();
    await page.goBack();
    await expect(page).not.toHaveURL(/fw=tf/);
    await expect(page.getByTestId('output-size')).toHaveText('5 × 5');
  });

  test('output_padding ≥ stride is refused in Keras’ words, with a fix', async ({ page }) => {
    await page.goto('?view=transposed&fw=tf&tfpad=same&kop=2&i=3&k=3&s=2');
    await expect(page.getByTestId('config-error')).toContainText(
      'Strides must be greater than output padding. Received strides=2, output_padding=2',
    );
    await page
      .getByTestId('config-error')
      .getByRole('button', { name: 'output_padding → 1 (height)' })
      .click();
    await expect(page).toHaveURL(/[?&]kop=1,2(&|$)/);
    await page
      .getByTestId('config-error')
      .getByRole('button', { name: 'output_padding → 1 (width)' })
      .click();
    await expect(page.getByTestId('config-error')).toHaveCount(0);
    await expect(page.getByTestId('output-size')).toHaveText('6 × 6');
  });

  test('no axe violations with Keras’ rules, at 1280 and 375 px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('?view=transposed&fw=tf&tfpad=same&i=3&k=3&s=2');
    await expect(page.getByTestId('framework-compare')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await expectNoAxeViolations(page);
  });
});
