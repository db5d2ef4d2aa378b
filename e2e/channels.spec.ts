import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { expectNoHorizontalScroll } from './support/exact';
import { hoverCell } from './support/grid';

// Counts worked by hand for i = 5, k = 3, s = 1, p = 1 (a 5 × 5 output, 25 cells):
// weights = cout · cin/g · 3 · 3, multiply-adds = weights · 25 (plus the 1 × 1 layer's).
const PRESETS = [
  {
    id: 'standard',
    query: 'cin=4&cout=4&g=1',
    shape: '4 × 4 × 3 × 3',
    params: '144',
    macs: '3600',
  },
  {
    id: 'grouped-2',
    query: 'cin=4&cout=4&g=2',
    shape: '4 × 2 × 3 × 3',
    params: '72',
    macs: '1800',
  },
  {
    id: 'grouped-4',
    query: 'cin=8&cout=8&g=4',
    shape: '8 × 2 × 3 × 3',
    params: '144',
    macs: '3600',
  },
  { id: 'depthwise', query: 'cin=4&cout=4&g=4', shape: '4 × 1 × 3 × 3', params: '36', macs: '900' },
  {
    id: 'depthwise-x2',
    query: 'cin=4&cout=8&g=4',
    shape: '8 × 1 × 3 × 3',
    params: '72',
    macs: '1800',
  },
  // 36 depthwise + 8 · 4 pointwise weights; 900 + 800 multiply-adds
  {
    id: 'separable',
    query: 'cin=4&cout=4&g=4&pw=8',
    shape: '4 × 1 × 3 × 3',
    params: '68',
    macs: '1700',
  },
  {
    id: 'pointwise',
    query: 'k=1&p=0&cin=8&cout=4&g=1',
    shape: '4 × 8 × 1 × 1',
    params: '32',
    macs: '800',
  },
  {
    id: 'resnext',
    query: 'cin=16&cout=16&g=4',
    shape: '16 × 4 × 3 × 3',
    params: '576',
    macs: '14400',
  },
];

/** Digits only: the counts may group thousands with thin spaces. */
const digits = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).textContent()) ?? '').replace(/\D/g, '');

test.describe('channel presets', () => {
  for (const preset of PRESETS) {
    test(`${preset.id}: weight ${preset.shape}, ${preset.params} weights, ${preset.macs} multiply-adds`, async ({
      page,
    }) => {
      await page.goto('?view=channels');
      await page.getByTestId(`preset-${preset.id}`).click();
      for (const pair of preset.query.split('&')) {
        await expect(page).toHaveURL(new RegExp(`[?&]${pair}(&|$)`));
      }
      await expect(page.getByTestId('output-size')).toHaveText('5 × 5');
      await expect(page.getByTestId('weight-shape')).toHaveText(preset.shape);
      expect(await digits(page, 'param-count')).toBe(preset.params);
      expect(await digits(page, 'mac-count')).toBe(preset.macs);
      await expect(page.getByTestId(`preset-${preset.id}`)).toHaveAttribute('aria-current', 'true');
    });
  }

  test('depthwise-separable draws the two layers and its saving k²N/(k² + N)', async ({ page }) => {
    await page.goto('?view=channels&i=5&k=3&s=1&p=1&cin=4&cout=4&g=4&pw=8');
    await expect(page.getByTestId('conv-diagram')).toBeVisible();
    await expect(page.getByTestId('pointwise-diagram')).toBeVisible();
    await expect(page.getByTestId('weight-shape-pointwise')).toHaveText('8 × 4 × 1 × 1');
    // A standard 3 × 3 convolution from 4 to 8 channels: 8 · 4 · 9 · 25 = 7200 multiply-adds;
    // 7200 / 1700 = 72/17 ≈ 4.24, which is 9 · 8 / (9 + 8).
    await expect(page.getByTestId('mac-ratio')).toContainText(/7\u2009?200 multiply-adds/);
    await expect(page.getByTestId('mac-ratio')).toContainText('4.24×');
    await expect(page.getByTestId('separable-formula')).toContainText('4.24×');
  });

  test('a stride of 2 halves the output and the multiply-adds follow it', async ({ page }) => {
    await page.goto('?view=channels&i=6&k=3&s=2&p=1&cin=4&cout=8&g=2');
    await expect(page.getByTestId('output-size')).toHaveText('3 × 3');
    // 8 · 2 · 9 = 144 weights, 144 · 9 cells = 1296
    expect(await digits(page, 'param-count')).toBe('144');
    expect(await digits(page, 'param-count-bias')).toBe('152');
    expect(await digits(page, 'mac-count')).toBe('1296');
  });
});

test.describe('hovering an output cell', () => {
  test('its group’s input channels light up and their partial sums add up to the value', async ({
    page,
  }) => {
    await page.goto('?view=channels&i=5&k=3&s=1&p=1&cin=4&cout=4&g=2&num=1&seed=3');
    await hoverCell(page, 'conv-output-3', 2, 1);
    const sums = page.getByTestId('conv-partials');
    await expect(sums).toContainText(
      'Output channel 3, row 2, column 1 (group 2) reads input channels 2–3',
    );
    await expect(page.getByTestId('partial-2')).toBeVisible();
    await expect(page.getByTestId('partial-3')).toBeVisible();
    await expect(page.getByTestId('partial-0')).toHaveCount(0);
    await expect(page.getByTestId('wire-lit')).toHaveCount(2);
    const parts = await Promise.all(
      [2, 3].map(async (c) =>
        Number(
          ((await page.getByTestId(`partial-${c}`).textContent()) ?? '')
            .split(':')[1]
            .trim()
            .replace('−', '-'),
        ),
      ),
    );
    const total = Number(
      ((await page.getByTestId('partial-total').textContent()) ?? '').replace('−', '-'),
    );
    expect(parts[0] + parts[1]).toBe(total);
    await expect(page.getByTestId('partial-output')).toHaveText(
      (await page.getByTestId('partial-total').textContent()) ?? '',
    );

    // The same cell reached by keyboard reads out the value the sums add up to.
    const cell = page.getByTestId('conv-output-3').locator('.grid-focus');
    await cell.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await expect(cell).toHaveAttribute(
      'aria-label',
      new RegExp(`row 2, column 1, value ${total < 0 ? '−' : ''}${Math.abs(total)};`),
    );
  });

  test('depthwise: each output channel reads one input channel', async ({ page }) => {
    await page.goto('?view=channels&i=5&k=3&s=1&p=1&cin=4&cout=8&g=4&num=1');
    await hoverCell(page, 'conv-output-5', 0, 0);
    await expect(page.getByTestId('conv-partials')).toContainText('reads input channel 2.');
    await expect(page.getByTestId('wire-lit')).toHaveCount(1);
    await expect(page.getByTestId('partial-total')).toHaveText(
      (await page.getByTestId('partial-output').textContent()) ?? '',
    );
  });
});

test.describe('refusals and URL state', () => {
  test('groups that do not divide the channels: PyTorch’s message and a fix', async ({ page }) => {
    await page.goto('?view=channels&cin=6&cout=8&g=4');
    const error = page.getByTestId('config-error');
    await expect(error).toContainText(
      'in_channels must be divisible by groups: 6 input channels, 4 groups',
    );
    await page.getByTestId('fix-nearest').click();
    await expect(page).toHaveURL(/[?&]g=2(&|$)/);
    await expect(error).toHaveCount(0);
    await expect(page.getByTestId('weight-shape')).toHaveText('8 × 3 × 3 × 3');
  });

  test('a typed change goes to the URL, survives a reload, and back undoes it', async ({
    page,
  }) => {
    await page.goto('?view=channels&i=5&k=3&s=1&p=1&cin=4&cout=4&g=2');
    await page.getByTestId('control-g-field').fill('4');
    await expect(page).toHaveURL(/[?&]g=4(&|$)/);
    await expect(page.getByTestId('weight-shape')).toHaveText('4 × 1 × 3 × 3');
    await page.reload();
    await expect(page.getByTestId('control-g-field')).toHaveValue('4');
    await expect(page.getByTestId('weight-shape')).toHaveText('4 × 1 × 3 × 3');
    await page.goBack();
    await expect(page).toHaveURL(/[?&]g=2(&|$)/);
    await expect(page.getByTestId('weight-shape')).toHaveText('4 × 2 × 3 × 3');
  });

  test('code for PyTorch and Keras', async ({ page }) => {
    await page.goto('?view=channels&i=5&k=3&s=1&p=1&cin=4&cout=8&g=2');
    await expect(page.getByTestId('code-pytorch')).toContainText(
      'nn.Conv2d(4, 8, kernel_size=3, padding=1, groups=2)',
    );
    await page.getByRole('tab', { name: 'TensorFlow' }).click();
    await expect(page.getByTestId('code-tensorflow')).toContainText('groups=2');
  });
});

test.describe('accessibility', () => {
  test('no axe violations at 1280 px, with a cell hovered and numbers on', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('?view=channels&cin=4&cout=4&g=4&pw=8&num=1');
    await hoverCell(page, 'conv-output-1', 1, 1);
    await expectNoAxeViolations(page);
  });

  test('no axe violations at 375 px, and the picture fits or scrolls inside its panel', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('?view=channels&cin=16&cout=16&g=4');
    await expect(page.getByTestId('conv-diagram')).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });
});
