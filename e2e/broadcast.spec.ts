import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { exactText, expectNoHorizontalScroll } from './support/exact';

// Expected texts are NumPy's and PyTorch's, typed from docs/semantics.md §5.2–5.3.

async function focusResultCell(page: Page) {
  await page.getByTestId('result-grid').getByRole('button').first().focus();
}

test.describe('broadcasting lab', () => {
  test('compatible shapes give the result shape and a right-aligned table', async ({ page }) => {
    await page.goto('?view=broadcast&a=2,1&b=1,3&c=4,1,1');
    await exactText(page.getByTestId('broadcast-result')).toBe('(4, 2, 3)');
    const table = page.getByTestId('shape-table');
    await expect(table.getByRole('row', { name: /^a / })).toContainText('(1) → 4');
    await expect(table.locator('[data-verdict]')).toHaveText([
      'stretched from 1',
      'stretched from 1',
      'stretched from 1',
    ]);
    await expect(page.getByTestId('code-numpy')).toContainText(
      'result = a + b + c  # shape (4, 2, 3)',
    );
  });

  test('incompatible shapes show NumPy’s and PyTorch’s exact messages', async ({ page }) => {
    await page.goto('?view=broadcast&a=3,4&b=5');
    const ufunc = 'operands could not be broadcast together with shapes (3,4) (5,) ';
    await exactText(page.getByTestId('broadcast-result')).toBe(ufunc);
    await exactText(page.getByTestId('numpy-error')).toBe(ufunc);
    await exactText(page.getByTestId('numpy-broadcast-shapes-error')).toBe(
      'shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (3, 4) and arg 1 with shape (5,).',
    );
    await exactText(page.getByTestId('torch-error')).toBe(
      'The size of tensor a (4) must match the size of tensor b (5) at non-singleton dimension 1',
    );
    // the offending axis is highlighted in the table and named in PyTorch's message
    await expect(page.getByTestId('shape-table').locator('th.mismatch')).toContainText('axis 1');
    await expect(page.getByTestId('torch-error').locator('mark')).toHaveText(
      'at non-singleton dimension 1',
    );
  });

  test('a zero-size operand is built with its shape, and expand shows torch’s strides', async ({
    page,
  }) => {
    // issue 11: the code panel printed np.array([]), which is shape (0,) and float64
    await page.goto('?view=broadcast&a=0,3&b=5,1,1');
    await exactText(page.getByTestId('broadcast-result')).toBe('(5, 0, 3)');
    const numpy = page.getByTestId('code-numpy');
    await expect(numpy).toContainText('a = np.zeros((0, 3), dtype=np.int64)  # no elements');
    await expect(numpy).not.toContainText('np.array([])');
    await expect(numpy).toContainText('result = a + b  # shape (5, 0, 3), int64');
    await page.getByRole('tab', { name: 'PyTorch' }).click();
    const torch = page.getByTestId('code-pytorch');
    await expect(torch).toContainText('a = torch.zeros((0, 3), dtype=torch.int64)  # no elements');
    // torch 1.13: torch.zeros(0, 3).expand(5, 0, 3).stride() == (0, 3, 1)
    await expect(torch).toContainText('a.expand(5, 0, 3)  # a view: stride() == (0, 3, 1)');
  });

  test('three operands: broadcast_shapes names the first clashing pair', async ({ page }) => {
    await page.goto('?view=broadcast&a=1,4&b=3,1&c=2,1,5');
    await exactText(page.getByTestId('numpy-broadcast-shapes-error')).toBe(
      'shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (1, 4) and arg 2 with shape (2, 1, 5).',
    );
    await page.goto('?view=broadcast&a=3,4&b=1,4&c=5');
    await exactText(page.getByTestId('numpy-broadcast-shapes-error')).toBe(
      'shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (3, 4) and arg 2 with shape (5,).',
    );
    // a + b + c runs as (a + b) + c: the messages name the shape broadcast so far
    await exactText(page.getByTestId('numpy-error')).toBe(
      'operands could not be broadcast together with shapes (3,4) (5,) ',
    );
    await exactText(page.getByTestId('torch-error')).toBe(
      'The size of tensor a (4) must match the size of tensor b (5) at non-singleton dimension 1',
    );
  });

  test('hover or focus a result element to see the elements it reads', async ({ page }) => {
    await page.goto('?view=broadcast&a=4,1,3&b=2,1&op=add');
    const readout = page.getByTestId('source-readout');
    await expect(readout).toContainText('Hover or focus a result element');
    await focusResultCell(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // result[0, 1, 2] reads a[0, 0, 2] (axis 1 stretched) and b[1, 0] (axis 2 stretched)
    await expect(readout).toContainText(
      /^result\[0, 1, 2\] = \d+ ← a\[0, 0, 2\] = \d, b\[1, 0\] = \d$/,
    );
    const [sum, x, y] = ((await readout.textContent()) ?? '')
      .match(/= (\d+)/g)!
      .map((m) => Number(m.slice(2)));
    expect(sum).toBe(x + y);
    // the pointer does the same on the last slice
    const last = page.getByTestId('result-grid').locator('.canvas-grid').last();
    const box = (await last.boundingBox())!;
    await page.mouse.move(box.x + 5, box.y + box.height - 5);
    await expect(readout).toContainText(
      /^result\[3, 1, 0\] = \d+ ← a\[3, 0, 0\] = \d, b\[1, 0\] = \d$/,
    );
  });

  test('the stretch steps axis by axis, and reduced motion jumps to the end', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('?view=broadcast&a=4,1,3&b=2,1&t=0');
    const status = page.getByTestId('stretch-status');
    await expect(status).toHaveText('Step 0: each operand as stored.');
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(status).toHaveText('Step 1 of 3: stretched along axis 2.');
    await expect(page).toHaveURL(/t=1/);
    await page.getByRole('button', { name: 'Play stretch' }).click();
    await expect(status).toHaveText('Step 3 of 3: stretched along axis 2, axis 1, axis 0.');
  });

  test('bad input gives a clear message and keeps the last valid state', async ({ page }) => {
    await page.goto('?view=broadcast&a=4,1,3&b=2,1');
    const shapeA = page.getByTestId('shape-a');
    await shapeA.fill('2, -1');
    await expect(page.getByRole('alert')).toHaveText(
      'Shape of a: negative dimensions are not allowed: “2, -1” has -1.',
    );
    await expect(shapeA).toHaveValue('2, -1');
    await exactText(page.getByTestId('broadcast-result')).toBe('(4, 2, 3)');
    await shapeA.fill('2, x');
    await expect(page.getByRole('alert')).toHaveText(
      'Shape of a: “x” in “2, x” is not a whole number.',
    );
    await shapeA.fill('4, 1, 3');
    await page.getByTestId('all-shapes').fill('(1,) (2,) (3,) (4,) (5,)');
    await expect(page.getByRole('alert')).toHaveText(
      'At most 4 operands (a to d); you gave 5 shapes.',
    );
    await exactText(page.getByTestId('broadcast-result')).toBe('(4, 2, 3)');

    // large: the shape and table follow, and the picture is drawn summarised
    await page.getByTestId('all-shapes').fill('(64, 64) (1,)');
    await exactText(page.getByTestId('broadcast-result')).toBe('(64, 64)');
    await expect(page.getByTestId('draw-limit')).toContainText(
      'The frame (64, 64) is drawn summarised',
    );
    await expect(page.getByTestId('operand-a')).toContainText('(64, 64)');
    await expect(page.getByTestId('shape-table')).toContainText('(64, 64)');
  });

  test('bad URL values are corrected with a notice', async ({ page }) => {
    await page.goto('?view=broadcast&a=2,-1&b=abc&c=1,1,1,1,1,1,1');
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText(
      'a: negative dimensions are not allowed: “2,-1” has -1; using the default 4,1,3.',
    );
    await expect(notice).toContainText(
      'b: “abc” in “abc” is not a whole number; using the default 2,1.',
    );
    await expect(notice).toContainText(
      'c: “1,1,1,1,1,1,1” has 7 sizes; at most 6; using the default none.',
    );
    await exactText(page.getByTestId('broadcast-result')).toBe('(4, 2, 3)');
  });

  test('ranks above three are summarised', async ({ page }) => {
    await page.goto('?view=broadcast&a=2,1,1,3&b=4,1');
    await exactText(page.getByTestId('broadcast-result')).toBe('(2, 1, 4, 3)');
    await expect(page.getByTestId('rank-summary')).toContainText(
      'this 4-D result (2, 1, 4, 3) (24 elements) is summarised',
    );
  });

  test('huge shapes: verdicts and errors at once, no values computed, no error screen', async ({
    page,
  }) => {
    // issue 18: these froze the tab, or threw "Invalid typed array length" into the error screen
    await page.goto('?view=broadcast&a=64,64,64,1,1,1&b=64,64,64');
    await exactText(page.getByTestId('broadcast-result')).toBe('(64, 64, 64, 64, 64, 64)');
    await expect(page.getByTestId('rank-summary')).toContainText(
      'this 6-D result (64, 64, 64, 64, 64, 64) (68719476736 elements) is summarised',
    );
    await expect(page.getByTestId('rank-summary')).toContainText(
      'b stores 262144 elements (64, 64, 64); viewed as (64, 64, 64, 64, 64, 64) with strides (0, 0, 0, 4096, 64, 1), stride 0 on axes 0, 1, 2.',
    );
    await page.goto('?view=broadcast&a=64,64,64,64,64,64');
    await exactText(page.getByTestId('broadcast-result')).toBe(
      'operands could not be broadcast together with shapes (64,64,64,64,64,64) (2,1) ',
    );
    await exactText(page.getByTestId('torch-error')).toBe(
      'The size of tensor a (64) must match the size of tensor b (2) at non-singleton dimension 4',
    );
    await expect(page.getByTestId('panel-error')).toHaveCount(0);

    // typed: each keystroke is a shape of its own, the last one 64⁵ with b removed
    await page.goto('?view=broadcast&a=4,1,3&b=2,1');
    await page.getByRole('button', { name: 'Remove b' }).click();
    await page.getByTestId('shape-a').fill('64, 64, 64, 64, 64');
    await exactText(page.getByTestId('broadcast-result')).toBe('(64, 64, 64, 64, 64)');
    await expect(page.getByTestId('rank-summary')).toContainText('(1073741824 elements)');
    await expect(page.getByTestId('panel-error')).toHaveCount(0);
    await expect(page).toHaveURL(/a=64,64,64,64,64&b=none/);
  });

  test('an image plus a per-channel bias is drawn by summarising the long axes', async ({
    page,
  }) => {
    await page.goto('?view=broadcast&a=64,64,3&b=3');
    await exactText(page.getByTestId('broadcast-result')).toBe('(64, 64, 3)');
    await expect(page.getByTestId('draw-limit')).toContainText(
      'The frame (64, 64, 3) is drawn summarised',
    );
    const result = page.getByTestId('result-grid');
    // slices 0, 1, 62, 63 with a gap between; each 7 × 3 (rows 0–2, a row of dots, 61–63)
    await expect(result.locator('.canvas-grid')).toHaveCount(4);
    await expect(result.locator('.canvas-grid').first()).toHaveAttribute('data-rows', '7');
    await expect(result.locator('.canvas-grid').first()).toHaveAttribute('data-cols', '3');
    await expect(result).toContainText('⋮ slices 2 to 61 not drawn');
    await expect(result.getByRole('group', { name: /slice \[63, :, :\]/ })).toHaveCount(1);
    // the last cell of the last slice is result[63, 63, 2] = a[63, 63, 2] + b[2]
    const last = result.locator('.canvas-grid').last();
    await last.getByRole('button').focus();
    await page.keyboard.press('Control+End');
    const readout = page.getByTestId('source-readout');
    await expect(readout).toContainText(
      /^result\[63, 63, 2\] = \d+ ← a\[63, 63, 2\] = \d, b\[2\] = \d$/,
    );
    const [sum, x, y] = ((await readout.textContent()) ?? '')
      .match(/= (\d+)/g)!
      .map((m) => Number(m.slice(2)));
    expect(sum).toBe(x + y);
    // the row of dots is described, not read as an element
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(last.getByRole('button')).toHaveAccessibleName('rows 3 to 60 not drawn');
  });

  test('on a phone each legend swatch stays on the line of its words', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('?view=broadcast&a=4,1,3&b=2,1');
    const items = page.locator('.legend li');
    await expect(items).toHaveCount(3);
    for (const item of await items.all()) {
      const line = (await item.boundingBox())!;
      const swatch = (await item.locator('.swatch').boundingBox())!;
      // the swatch starts the item and sits on its first line (0.85 rem text, 1.3 rem lines)
      expect(swatch.x - line.x).toBeLessThan(2);
      expect(swatch.y - line.y).toBeLessThan(6);
    }
  });

  test('URL round trip: 0-d operand, operation, removal, back and forward', async ({ page }) => {
    await page.goto('?view=broadcast&a=3&b=2,1&c=');
    await expect(page.getByTestId('shape-table').getByRole('row', { name: /^c / })).toContainText(
      '()',
    );
    await exactText(page.getByTestId('broadcast-result')).toBe('(2, 3)');
    await page.getByLabel('Operation').selectOption('gt');
    await expect(page).toHaveURL(/\?view=broadcast&a=3&b=2,1&c=&op=gt$/);
    await page.reload();
    await expect(page.getByLabel('Operation')).toHaveValue('gt');
    await expect(page.getByTestId('shape-c')).toHaveValue('');
    await page.getByRole('button', { name: 'Remove c' }).click();
    await expect(page).toHaveURL(/\?view=broadcast&a=3&b=2,1&op=gt$/);
    await page.goBack();
    await expect(page).toHaveURL(/c=&op=gt$/);
    await expect(page.getByTestId('shape-c')).toBeVisible();
    await page.goForward();
    await expect(page.getByTestId('shape-c')).toHaveCount(0);
  });

  for (const width of [1280, 375]) {
    test(`axe finds no violations at ${width} px`, async ({ page }) => {
      // two full axe runs; slow on a busy machine
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height: 900 });
      await page.goto('?view=broadcast&a=4,1,3&b=2,1');
      await expectNoAxeViolations(page);
      await page.goto('?view=broadcast&a=3,4&b=5&c=');
      await expect(page.getByTestId('torch-error')).toBeVisible();
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
    });
  }
});
