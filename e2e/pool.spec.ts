import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { hoverCell, readGridValues } from './support/grid';

test.describe('pooling', () => {
  for (const { figure, mode } of [
    { figure: '1.5', mode: 'avg' },
    { figure: '1.6', mode: 'max' },
  ]) {
    test(`figure ${figure} (${mode}): 3 × 3, Relationship 7, values`, async ({ page }) => {
      await page.goto('?view=pool');
      await page.getByTestId(`preset-${figure}`).click();
      await expect(page).toHaveURL(new RegExp(`mode=${mode}`));
      await expect(page.getByTestId('output-size')).toHaveText('3 × 3');
      await expect(page.getByTestId('relationship')).toHaveText(/^Relationship 7\b/);
      // An output value from the shown inputs, computed here: window (1, 2) covers rows 1–3, columns 2–4
      const x = await readGridValues(page, 'grid-input');
      const window = [1, 2, 3].flatMap((r) => [2, 3, 4].map((c) => x[r][c]));
      const expected = mode === 'max' ? Math.max(...window) : window.reduce((a, b) => a + b, 0) / 9;
      await hoverCell(page, 'grid-output', 1, 2);
      const text = String(Number(expected.toFixed(2))).replace('-', '−');
      await expect(page.getByTestId('cell-sum')).toHaveText(
        new RegExp(`^y\\[1, 2\\] = .* = ${text.replace('.', '\\.')}( |$)`),
      );
    });
  }

  test('ceil mode: PyTorch drops the window that would start in the right padding', async ({
    page,
  }) => {
    // i = 5, k = 2, s = 2, p = 1: a plain ceiling gives 4 windows, PyTorch keeps 3
    await page.goto('?view=pool&i=5&k=2&s=2&p=1&mode=max&ceil=1');
    await expect(page.getByTestId('output-size')).toHaveText('3 × 3');
    await expect(page.getByTestId('dropped-window')).toContainText('would start at input row 5');
    await expect(page.getByTestId('relationship')).toContainText('drops the last window');
    // window (0, 0) covers rows and columns −1 and 0: one input cell, three padding cells
    await hoverCell(page, 'grid-output', 0, 0);
    await expect(page.getByTestId('link-summary')).toHaveText(
      'Output (0, 0) pools a window of 4 cells: 1 input, 3 padding or past it.',
    );
  });

  test('opens with values, and its words match the picture: −∞ or zeros, a window', async ({
    page,
  }) => {
    await page.goto('?view=pool');
    await expect(page).not.toHaveURL(/num=/);
    await expect(page.getByTestId('cell-sum')).toHaveText(/^y\[0, 0\] = max\(/);
    const legend = page.getByTestId('window-legend');
    await expect(legend).toContainText('padding (−∞, dashed)');
    await expect(legend.locator('li')).toContainText(['window']);
    await expect(legend).not.toContainText('kernel');
    await page.getByTestId('control-mode').selectOption('avg');
    await expect(legend).toContainText('padding (zeros, dashed)');
    await page.goto('?view=pool&num=0');
    await expect(page.getByTestId('cell-sum')).toHaveCount(0);
  });

  test('ceil mode: cells past the end are not padding, and the legend names them', async ({
    page,
  }) => {
    // i = 5, k = 2, s = 2, p = 0: the third window starts at 4 and overhangs the end by one
    await page.goto('?view=pool&i=5&k=2&s=2&p=0&mode=max&ceil=1');
    await expect(page.getByTestId('output-size')).toHaveText('3 × 3');
    await hoverCell(page, 'grid-output', 0, 2);
    const sum = page.getByTestId('cell-sum');
    await expect(sum).toContainText('(2 cells past the padding are not part of the window)');
    await expect(sum).not.toContainText('−∞');
    const legend = page.getByTestId('window-legend');
    await expect(legend).toContainText('past the padding (ceil-mode overhang, ignored)');
    await expect(legend).not.toContainText('window PyTorch drops');
    // with p = 1 PyTorch drops the window that would start in the right padding
    await page.goto('?view=pool&i=5&k=2&s=2&p=1&mode=max&ceil=1');
    await expect(legend).toContainText('window PyTorch drops (red, dashed)');
  });

  test('count_include_pad changes the divisor of a border window', async ({ page }) => {
    // [i = 5, k = 3, s = 2, p = 1]: the first window holds 4 input cells and 5 padding cells
    await page.goto('?view=pool&i=5&k=3&s=2&p=1&mode=avg&num=1');
    await hoverCell(page, 'grid-output', 0, 0);
    await expect(page.getByTestId('cell-sum')).toContainText('/ 9 = ');
    await expect(page.getByTestId('cell-sum')).toContainText(
      'count_include_pad counts 5 padding cells',
    );
    await page.getByTestId('toggle-cip').check();
    await page.getByTestId('toggle-cip').uncheck();
    await expect(page).toHaveURL(/cip=0/);
    await hoverCell(page, 'grid-output', 0, 0);
    await expect(page.getByTestId('cell-sum')).toContainText('/ 4 = ');
  });

  test('padding above half the kernel: PyTorch 1.13’s message and the fix', async ({ page }) => {
    await page.goto('?view=pool&i=6&k=3&s=1&p=2');
    await expect(page.getByTestId('config-error')).toContainText(
      'pad should be at most half of kernel size',
    );
    await expect(page.getByTestId('grid-input')).toBeVisible();
    await page.getByTestId('fix-nearest').click();
    await expect(page).toHaveURL(/p=1/);
    await expect(page.getByTestId('output-size')).toHaveText('6 × 6');
  });

  test('average pooling with dilation: every fix also drops the dilation, and works', async ({
    page,
  }) => {
    // issue 11 reproducer: "Kernel size 5 → 4" alone left d = 2 and was still refused
    await page.goto('?view=pool&mode=avg&d=2&i=4&k=5');
    const fixes = page.getByTestId('config-error').getByRole('button');
    await expect(fixes).toHaveText([
      'Kernel size 5 → 4 (height), 5 → 4 (width); dilation → 1 (average pooling has none)',
      'Input size 4 → 5 (height), 4 → 5 (width); dilation → 1 (average pooling has none)',
    ]);
    await page.getByTestId('fix-nearest').click();
    await expect(page).toHaveURL(/k=4/);
    await expect(page).not.toHaveURL(/d=2/);
    await expect(page.getByTestId('config-error')).toHaveCount(0);
    await expect(page.getByTestId('output-size')).toHaveText('1 × 1');
  });

  test('URL round trip of the mode and back/forward', async ({ page }) => {
    await page.goto('?view=pool&i=6&k=2&s=2&p=0');
    await page.getByTestId('control-mode').selectOption('avg');
    await expect(page).toHaveURL(/mode=avg/);
    await page.reload();
    await expect(page.getByTestId('control-mode')).toHaveValue('avg');
    await page.goBack();
    await expect(page.getByTestId('control-mode')).toHaveValue('max');
  });

  for (const width of [1400, 800, 375]) {
    test(`the pooling controls' selects stay inside their box at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const query of ['', '&fw=tf', '&lang=zh', '&fw=tf&lang=zh']) {
        await page.goto(`?view=pool${query}`);
        // On a phone the controls are in the drawer.
        if (width < 600) await page.getByTestId('drawer-toggle').click();
        const selects = page.locator('fieldset.axis-control select');
        await expect(selects.first()).toBeVisible();
        // Each select's box and its fieldset's inner box (inside its border and padding).
        const boxes = await selects.evaluateAll((elements) =>
          elements.map((select) => {
            const box = select.getBoundingClientRect();
            const fieldset = select.closest('fieldset')!;
            const outer = fieldset.getBoundingClientRect();
            const style = getComputedStyle(fieldset);
            const inner =
              outer.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
            const left =
              outer.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
            return {
              id: select.dataset.testid,
              left: box.left,
              right: box.right,
              inner,
              start: left,
            };
          }),
        );
        expect(boxes.length, query).toBeGreaterThan(0);
        for (const box of boxes) {
          expect(box.right, `${box.id}${query}`).toBeLessThanOrEqual(box.inner + 0.5);
          expect(box.left, `${box.id}${query}`).toBeGreaterThanOrEqual(box.start - 0.5);
        }
      }
    });
  }

  test('no axe violations, desktop and 375 px', async ({ page }) => {
    await page.goto('?view=pool&i=5&k=2&s=2&p=1&mode=avg&ceil=1&num=1');
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await expectNoAxeViolations(page);
  });
});
