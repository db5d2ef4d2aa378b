import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { expectNoHorizontalScroll } from './support/exact';
import { afterFrame, hoverCell, readGridValues } from './support/grid';

// The paper's figures (arXiv 1603.07285), with the output size and relationship it states.
const FIGURES = [
  { figure: '2.1', url: '?view=conv&i=4&k=3&s=1&p=0', size: '2 × 2', rel: 1 },
  { figure: '2.2', url: '?view=conv&i=5&k=4&s=1&p=2', size: '6 × 6', rel: 2 },
  { figure: '2.3', url: '?view=conv&i=5&k=3&s=1&p=1', size: '5 × 5', rel: 3 },
  { figure: '2.4', url: '?view=conv&i=5&k=3&s=1&p=2', size: '7 × 7', rel: 4 },
  { figure: '2.5', url: '?view=conv&i=5&k=3&s=2&p=0', size: '2 × 2', rel: 5 },
  { figure: '2.6', url: '?view=conv&i=5&k=3&s=2&p=1', size: '3 × 3', rel: 6 },
  { figure: '2.7', url: '?view=conv&i=6&k=3&s=2&p=1', size: '3 × 3', rel: 6 },
  { figure: '5.1', url: '?view=conv&i=7&k=3&s=1&p=0&d=2', size: '3 × 3', rel: 15 },
];

test.describe('convolution presets', () => {
  for (const { figure, url, size, rel } of FIGURES) {
    test(`figure ${figure}: ${size}, Relationship ${rel}`, async ({ page }) => {
      await page.goto('?view=conv');
      await page.getByTestId(`preset-${figure}`).click();
      await expect(page).toHaveURL(new RegExp(`\\${url}$`));
      await expect(page.getByTestId('output-size')).toHaveText(size);
      await expect(page.getByTestId('relationship')).toHaveText(
        new RegExp(`^Relationship ${rel}\\b`),
      );
      await expect(page.getByTestId(`preset-${figure}`)).toHaveAttribute('aria-current', 'true');
      await page.reload();
      await expect(page.getByTestId('output-size')).toHaveText(size);
    });
  }

  test('figure 2.7 marks the row and column the floor drops', async ({ page }) => {
    await page.goto('?view=conv&i=6&k=3&s=2&p=1');
    await expect(page.getByTestId('relationship')).toContainText('drops 1 row and 1 column');
  });

  test('per-axis relationships when the axes differ', async ({ page }) => {
    await page.goto('?view=conv&i=5&k=3&s=2,1&p=1');
    await expect(page.getByTestId('output-size')).toHaveText('3 × 5');
    await expect(page.getByTestId('relationship')).toHaveText(
      /^Relationship 6 \(height\) · Relationship 3 \(width\)/,
    );
  });
});

test.describe('URL state', () => {
  test('a typed change goes to the URL and survives a reload', async ({ page }) => {
    await page.goto('?view=conv&i=5&k=3&s=2&p=1');
    const kernel = page.getByTestId('control-k-field');
    await kernel.fill('5');
    await expect(page).toHaveURL(/[?&]k=5(&|$)/);
    await expect(page.getByTestId('output-size')).toHaveText('2 × 2');
    await page.reload();
    await expect(page.getByTestId('control-k-field')).toHaveValue('5');
    await expect(page.getByTestId('output-size')).toHaveText('2 × 2');
  });

  test('back and forward walk through changes', async ({ page }) => {
    await page.goto('?view=conv&i=5&k=3&s=2&p=1');
    await page.getByTestId('control-i-field').fill('7');
    await expect(page).toHaveURL(/i=7/);
    await page.getByTestId('control-s-field').fill('1');
    await expect(page).toHaveURL(/s=1/);
    await expect(page.getByTestId('output-size')).toHaveText('7 × 7');
    await page.goBack();
    await expect(page).toHaveURL(/i=7&k=3&s=2/);
    await expect(page.getByTestId('output-size')).toHaveText('4 × 4');
    await page.goBack();
    await expect(page.getByTestId('output-size')).toHaveText('3 × 3');
    await page.goForward();
    await expect(page.getByTestId('control-i-field')).toHaveValue('7');
  });

  test('per-axis and per-side values are readable in the URL', async ({ page }) => {
    await page.goto('?view=conv&i=6,4&k=3&s=1&p=0:1,1');
    await expect(page.getByTestId('output-size')).toHaveText('5 × 4');
    await expect(page.getByTestId('control-p-bottom')).toHaveValue('1');
    await expect(page.getByTestId('control-p-top')).toHaveValue('0');
  });

  test('typed nonsense stays in the box with a message and changes nothing else', async ({
    page,
  }) => {
    await page.goto('?view=conv&i=5&k=3&s=2&p=1');
    const field = page.getByTestId('control-k-field');
    await field.fill('abc');
    await expect(field).toHaveValue('abc');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: 'Kernel size k must be a whole number from 1 to 15' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/k=3/);
    await expect(page.getByTestId('output-size')).toHaveText('3 × 3');
    await field.fill('99');
    await expect(
      page.getByRole('alert').filter({ hasText: 'from 1 to 15; 99 is too large' }),
    ).toBeVisible();
  });
});

test.describe('linking', () => {
  test('hovering an output cell lights up its receptive field', async ({ page }) => {
    await page.goto('?view=conv&i=5&k=3&s=2&p=1');
    await hoverCell(page, 'grid-output', 0, 0);
    const grids = page.locator('.stage-grids');
    await expect(grids).toHaveAttribute('data-linked-input', '9');
    await expect(page.getByTestId('link-summary')).toHaveText(
      'Output (0, 0) reads 9 cells through the 9 kernel taps: 4 input, 5 padding.',
    );
  });

  test('hovering an input cell lights up every output it feeds', async ({ page }) => {
    // padded (2, 2) is input (1, 1): windows of outputs (0,0), (0,1), (1,0), (1,1) cover it
    await page.goto('?view=conv&i=5&k=3&s=2&p=1');
    await hoverCell(page, 'grid-input', 2, 2);
    await expect(page.locator('.stage-grids')).toHaveAttribute('data-linked-output', '4');
    await expect(page.getByTestId('link-summary')).toContainText(
      'Input (1, 1) feeds 4 output cells',
    );
  });

  test('a kernel tap lights up every input cell it touches', async ({ page }) => {
    // top-left tap, i = 5, p = 1, s = 2: it lands on padding for output row/column 0
    await page.goto('?view=conv&i=5&k=3&s=2&p=1');
    await hoverCell(page, 'grid-kernel', 0, 0);
    await expect(page.locator('.stage-grids')).toHaveAttribute('data-linked-input', '4');
  });

  test('keyboard focus links like hover, and Enter pins', async ({ page }) => {
    await page.goto('?view=conv&i=4&k=3&s=1&p=0');
    const cell = page.getByTestId('grid-output').locator('.grid-focus');
    await cell.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('link-summary')).toContainText('Output (0, 1) reads 9 cells');
    await page.keyboard.press('Enter');
    await cell.blur();
    await expect(page.getByTestId('link-summary')).toContainText('Output (0, 1) reads 9 cells');
    await page.getByRole('button', { name: /Unpin/ }).click();
    await expect(page.getByRole('button', { name: /Unpin/ })).toHaveCount(0);
  });
});

test.describe('numbers', () => {
  test('an output value equals the sum of its window, computed here from the shown values', async ({
    page,
  }) => {
    await page.goto('?view=conv&i=4&k=3&s=1&p=0&num=1&seed=7');
    const x = await readGridValues(page, 'grid-input');
    const w = await readGridValues(page, 'grid-kernel', 'weight');
    let expected = 0;
    for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) expected += x[1 + r][1 + c] * w[r][c];
    await hoverCell(page, 'grid-output', 1, 1);
    const sum = page.getByTestId('cell-sum');
    await expect(sum).toContainText('y[1, 1] = ');
    await expect(sum).toHaveText(new RegExp(`= ${String(expected).replace('-', '−')}$`));
    const terms = (await sum.textContent())!.split(' = ')[1].split(' + ');
    expect(terms).toHaveLength(9);
  });

  test('the sentence about the cell, laid out in a box of its own, keeps it as tall as its lines', async ({
    page,
  }) => {
    // It is rewritten at every hover, in a box with size containment whose height follows its
    // content (read after a frame: the height comes from a ResizeObserver).
    const boxes = async () => {
      await afterFrame(page);
      return page.evaluate(() => {
        const grids = document.querySelector('.stage-grids')!.getBoundingClientRect();
        const summary = document.querySelector('[data-testid="link-summary"]')!;
        const box = summary.closest('.held-height')!;
        const legend = document.querySelector('[data-testid="window-legend"]')!;
        return {
          box: box.getBoundingClientRect().height,
          text: summary.getBoundingClientRect().height,
          gaps: [
            summary.getBoundingClientRect().top - grids.bottom,
            legend.getBoundingClientRect().top - summary.getBoundingClientRect().bottom,
          ],
        };
      });
    };
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto('?view=conv&i=6&k=3&p=0&num=1');
    const summary = page.getByTestId('link-summary');
    await expect(summary).toContainText('Output (0, 0) reads 9 cells');
    const resting = await boxes();
    // Pinned, the sentence gains the button to unpin it and takes more lines.
    await page.getByTestId('grid-output').locator('.grid-focus').focus();
    await page.keyboard.press('Enter');
    await expect(summary.getByRole('button')).toBeVisible();
    const pinned = await boxes();
    expect(pinned.text).toBeGreaterThan(resting.text);
    for (const state of [resting, pinned]) {
      expect(state.box).toBe(state.text);
      expect(state.gaps).toEqual(resting.gaps);
    }
  });
});

test.describe('your own numbers', () => {
  test("the paper's worked example: figures 1.1 and 1.2 with its exact numbers", async ({
    page,
  }) => {
    await page.goto('?view=conv');
    await page.getByTestId('preset-1.1').click();
    await expect(page).toHaveURL(
      /i=5&k=3&s=1&p=0&num=1&x=3,3,2,1,0;0,0,1,3,1;3,1,2,2,3;2,0,0,2,2;2,0,0,0,1&w=0,1,2;2,2,0;0,1,2$/,
    );
    // the output values printed in the paper's figure 1.1
    expect(await readGridValues(page, 'grid-output')).toEqual([
      [12, 12, 17],
      [10, 17, 19],
      [9, 6, 14],
    ]);
    await page.getByTestId('preset-1.2').click();
    await expect(page).toHaveURL(/i=5&k=3&s=2&p=1&num=1&x=3,3,2/);
    // figure 1.2: strides 2, padding 1
    expect(await readGridValues(page, 'grid-output')).toEqual([
      [6, 17, 3],
      [8, 17, 13],
      [6, 4, 4],
    ]);
  });

  test('typed values go to the URL, survive a reload, and bad text changes nothing', async ({
    page,
  }) => {
    await page.goto('?view=conv&i=3&k=2&s=1&p=0');
    await page.getByTestId('control-x').fill('1,2,3; 4,5,6; 7,8,9');
    await page.getByTestId('control-w').fill('1,0;0,-1');
    await expect(page).toHaveURL(/num=1&x=1,2,3;4,5,6;7,8,9&w=1,0;0,-1$/);
    // y[r, c] = x[r, c] − x[r + 1, c + 1] = −4 everywhere
    const minusFour = [
      [-4, -4],
      [-4, -4],
    ];
    expect(await readGridValues(page, 'grid-output')).toEqual(minusFour);
    await page.reload();
    await expect(page.getByTestId('control-x')).toHaveValue('1,2,3;4,5,6;7,8,9');
    expect(await readGridValues(page, 'grid-output')).toEqual(minusFour);
    await page.getByTestId('control-x').fill('1,2;3');
    await expect(page.getByText('the rows have different lengths')).toBeVisible();
    await expect(page).toHaveURL(/x=1,2,3;4,5,6;7,8,9/);
    // emptied, the field gives the seeded values back
    await page.getByTestId('control-x').fill('');
    await expect(page).not.toHaveURL(/x=/);
  });

  test('values typed for another size are fitted and the page says how', async ({ page }) => {
    await page.goto('?view=conv&i=3&k=2&s=1&p=0&num=1&x=1,2;3,4');
    await expect(page.getByTestId('typed-note')).toHaveText(
      'x (the input) has 2 × 2 typed values for 3 × 3 cells: the cells without a typed value hold 0.',
    );
    const x = await readGridValues(page, 'grid-input');
    expect(x).toEqual([
      [1, 2, 0],
      [3, 4, 0],
      [0, 0, 0],
    ]);
  });

  test('the transpose link and view switches keep the numbers and the shared sizes', async ({
    page,
  }) => {
    await page.goto('?view=conv&i=6&k=3&s=2&p=1&num=1');
    await page.getByTestId('transpose-link').click();
    await expect(page).toHaveURL(/\?view=transposed&i=3&k=3&s=2&p=1&op=1&num=1$/);
    await page.goto('?view=conv&i=7&k=2&s=1&p=0&num=1');
    const nav = page.getByRole('navigation', { name: 'Views' });
    await nav.getByRole('link', { name: 'Pooling' }).click();
    await expect(page).toHaveURL(/\?view=pool&i=7&k=2&s=1&p=0&mode=max$/);
    await expect(page.getByTestId('output-size')).toHaveText('6 × 6');
    await expect(page.getByTestId('cell-sum')).toBeVisible();
    await nav.getByRole('link', { name: 'Transposed' }).click();
    await expect(page).toHaveURL(/\?view=transposed&i=3&k=2&s=1&p=1&num=1/);
    await page.goBack();
    await expect(page).toHaveURL(/view=pool&i=7/);
  });
});

test.describe('invalid configurations', () => {
  test('a kernel larger than the padded input: message, grid kept, one-click fix', async ({
    page,
  }) => {
    await page.goto('?view=conv&i=4&k=7&s=1&p=0');
    const error = page.getByTestId('config-error');
    await expect(error).toContainText(
      'padded input 4 (= 4 + 0 + 0) is smaller than the dilated kernel 7',
    );
    await expect(page.getByTestId('grid-input')).toBeVisible();
    await expect(page.getByTestId('output-size')).toHaveText('—');
    await page.getByTestId('fix-nearest').click();
    await expect(error).toHaveCount(0);
    await expect(page).toHaveURL(/k=4/);
    await expect(page.getByTestId('output-size')).toHaveText('1 × 1');
  });

  test("'same' with stride 2 names PyTorch's rule and offers stride 1", async ({ page }) => {
    await page.goto('?view=conv&i=8&k=3&s=2&p=same');
    await expect(page.getByTestId('config-error')).toContainText("padding='same' needs stride 1");
    await page.getByTestId('fix-nearest').click();
    await expect(page).toHaveURL(/s=1&p=same/);
    await expect(page.getByTestId('output-size')).toHaveText('8 × 8');
  });

  test("'same' with a stride: no explicit padding past the explorer's 16 is offered", async ({
    page,
  }) => {
    // issue 11: ⌊d(k − 1)/2⌋ = ⌊6 · 14/2⌋ = 42, which the explorer clamps to 16 and still refuses
    await page.goto('?view=conv&i=64&k=15&s=2&d=6&p=same');
    await expect(page.getByTestId('config-error').getByRole('button')).toHaveText([
      'Stride → 1 (PyTorch allows padding=same only without a stride)',
    ]);
  });

  test('asymmetric padding: the fix is the smallest padding per side that fits', async ({
    page,
  }) => {
    // before:after 0:3 on the height; the old fix padded 3 + 1 = 4 per side
    await page.goto('?view=conv&i=2&k=7&s=1&p=0:3,3');
    const error = page.getByTestId('config-error');
    await expect(error.getByRole('button', { name: /^Padding/ })).toHaveText(
      'Padding per side 0:3 → 3 (height)',
    );
    await error.getByRole('button', { name: /^Padding/ }).click();
    await expect(error).toHaveCount(0);
    await expect(page.getByTestId('output-size')).toHaveText('2 × 2');
  });
});

test.describe('animation', () => {
  test('arrow keys step, Space plays and pauses, the step is in the URL', async ({ page }) => {
    await page.goto('?view=conv&i=5&k=3&s=2&p=1');
    const scrubber = page.getByTestId('scrubber');
    await page.getByTestId('play').focus();
    await page.keyboard.press('ArrowRight');
    await expect(scrubber).toHaveValue('1');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect(scrubber).toHaveValue('1');
    await expect(page).toHaveURL(/t=1/);
    await page.getByTestId('stage').locator('figcaption').first().click();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('play')).toHaveText('Pause');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('play')).toHaveText('Play');
  });
});

test.describe('accessibility', () => {
  test('no axe violations, desktop and 375 px, with numbers and a hovered cell', async ({
    page,
  }) => {
    await page.goto('?view=conv&i=5&k=3&s=2&p=1&num=1');
    await hoverCell(page, 'grid-output', 1, 1);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('?view=conv&i=6&k=3&s=2&p=1&num=1');
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
  });

  test('an invalid configuration is accessible too', async ({ page }) => {
    await page.goto('?view=conv&i=4&k=7&p=0');
    await expectNoAxeViolations(page);
  });
});
