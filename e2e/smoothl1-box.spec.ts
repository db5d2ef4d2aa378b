import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';

async function expectNumber(locator: Locator, expected: number): Promise<void> {
  await expect
    .poll(async () => Math.abs(Number(await locator.textContent()) - expected))
    .toBeLessThan(1e-5 * Math.max(1, Math.abs(expected)));
}

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`?view=smoothl1${query}`);
  await expect(page.getByTestId('box-loss-total')).toBeVisible();
}

// The built-in batch: anchors 1 and 2 positive, with differences pred − target of
// (−0.05, 0.05, 0.3, −0.03) and (−0.4, 0.05, 0.05, −0.2); 8 anchors sampled.
// β = 1/9: Σ f = 4 · 4.5 · 0.0025 + 4.5 · 0.0009 + (0.3 + 0.4 + 0.2 − 3/18) = 0.7823833…
const SUM_NINTH = 0.045 + 0.00405 + 0.9 - 3 / 18;
// β = 1: Σ ½d² = ½ (0.0025 + 0.0025 + 0.09 + 0.0009 + 0.16 + 0.0025 + 0.0025 + 0.04) = 0.15045
const SUM_ONE = 0.15045;

test.describe('Smooth L1 lab: presets', () => {
  const presets = [
    {
      id: 'rpn',
      url: '&sigma=3&box=rpn',
      total: SUM_NINTH / 8,
      code: 'outside = torch.full((8, 4), 1 / 8)',
      caffe: 'smooth_l1_loss_param { sigma: 3.0 }',
    },
    {
      id: 'head',
      url: '&sigma=1&box=head',
      total: SUM_ONE / 8,
      code: 'outside = (inside > 0).float()',
      caffe: 'smooth_l1_loss_param { sigma: 1.0 }',
    },
    {
      id: 'torchvision',
      url: '&beta=1/9',
      total: SUM_NINTH / 8,
      code: "F.smooth_l1_loss(pred[positive], target[positive], beta=1/9, reduction='sum') / 8",
      caffe: 'smooth_l1_loss_param { sigma: 3.0 }',
    },
    {
      id: 'detectron2',
      url: '&beta=0',
      total: 1.13 / 8, // Σ|d|
      code: "beta=0, reduction='sum') / 8",
      caffe: 'has no σ',
    },
  ];
  for (const preset of presets) {
    test(`${preset.id}: its URL shows its loss, weights and code`, async ({ page }) => {
      await open(page, preset.url);
      await expect(page.getByTestId(`preset-${preset.id}`)).toHaveAttribute('aria-current', 'true');
      await expect(page.getByTestId(`preset-${preset.id}`)).toHaveAttribute(
        'href',
        `?view=smoothl1${preset.url}`,
      );
      await expectNumber(page.getByTestId('box-loss-total'), preset.total);
      await expect(page.getByTestId('code-pytorch')).toContainText(preset.code);
      await page.getByRole('tab', { name: 'Caffe' }).click();
      await expect(page.getByTestId('code-caffe')).toContainText(preset.caffe);
    });
  }

  test('choosing a preset sets its URL keys and keeps the edited batch', async ({ page }) => {
    await open(page, '&pred=1dx:0.65');
    await page.getByTestId('preset-rpn').click();
    await expect(page).toHaveURL(/sigma=3&box=rpn&pred=1dx:0.65/);
    await expect(page.getByTestId('sigma-input')).toHaveValue('3');
    await page.getByTestId('preset-detectron2').click();
    await expect(page).toHaveURL(/beta=0&pred=1dx:0.65/);
    await expect(page).not.toHaveURL(/sigma=/);
    // Σ|d| with anchor 1's dx difference now 0.65 − 0.15 = 0.5 instead of 0.05
    await expectNumber(page.getByTestId('box-loss-total'), (1.13 - 0.05 + 0.5) / 8);
  });
});

test.describe('Smooth L1 lab: worked example', () => {
  test('per-element loss and gradient, the sum and the normaliser', async ({ page }) => {
    await open(page, '&beta=1/9');
    // Anchor 1 dx: d = −0.05, f = 4.5 · 0.0025 = 0.01125, ∂L/∂pred = (d/β)/8 = −0.45/8
    const cell = page.getByTestId('element-1-dx');
    await expect(cell).toContainText('d −0.05');
    await expect(cell).toContainText('e 0.01125');
    await expect(cell).toContainText('∂ −0.05625');
    await expect(page.getByTestId('element-3-dx')).toHaveText('0');
    await expect(page.getByTestId('box-sum')).toContainText('N = 8 (number of sampled anchors)');
    await expectNumber(page.getByTestId('box-loss-total'), SUM_NINTH / 8);
  });

  test('the RPN puts 1/#sampled in the outside weights and divides by 1', async ({ page }) => {
    await open(page, '&sigma=3&box=rpn');
    await expect(page.getByTestId('box-sum')).toContainText('N = 1');
    await expect(page.getByRole('cell', { name: '0.125' }).first()).toBeVisible();
  });

  test('mean reduction divides by the positives’ elements', async ({ page }) => {
    await open(page, '&box=mean');
    await expectNumber(page.getByTestId('box-loss-total'), SUM_ONE / 8);
    await page.getByTestId('positive-3').check();
    // Anchor 3 (targets 0): ½ (0.35² + 0.12² + 0.08² + 0.22²) = 0.09585; 12 elements now
    await expectNumber(page.getByTestId('box-loss-total'), (SUM_ONE + 0.09585) / 12);
    await expect(page).toHaveURL(/box=mean&pos=1,2,3/);
  });

  test('editing a delta updates the loss and round-trips through the URL', async ({ page }) => {
    await open(page, '');
    await page.getByTestId('pred-1-dx').fill('0.65');
    // β = 1: anchor 1 dx difference 0.5 → ½ · 0.25 replaces ½ · 0.0025
    const total = (SUM_ONE - 0.00125 + 0.125) / 8;
    await expectNumber(page.getByTestId('box-loss-total'), total);
    await expect(page).toHaveURL(/pred=1dx:0.65/);
    await page.getByTestId('target-2-dh').fill('-0.4');
    await expect(page).toHaveURL(/pred=1dx:0.65&tgt=2dh:-0.4/);
    await page.reload();
    await expect(page.getByTestId('pred-1-dx')).toHaveValue('0.65');
    await expect(page.getByTestId('target-2-dh')).toHaveValue('-0.4');
    // anchor 2 dh difference −0.4 − (−0.4) = 0 replaces ½ · 0.04
    await expectNumber(page.getByTestId('box-loss-total'), total - 0.02 / 8);
  });

  test('a bad delta is kept in its box with a message; the total keeps the last value', async ({
    page,
  }) => {
    await open(page, '');
    await page.getByTestId('pred-1-dx').fill('abc');
    await expect(page.getByRole('alert').filter({ hasText: 'must be a number' })).toBeVisible();
    await expect(page.getByTestId('pred-1-dx')).toHaveValue('abc');
    await expectNumber(page.getByTestId('box-loss-total'), SUM_ONE / 8);
  });

  test('no positives with the mean reduction: nan, as PyTorch gives', async ({ page }) => {
    await open(page, '&box=mean&pos=');
    await expect(page.getByTestId('box-loss-total')).toHaveText('nan');
  });

  test('no axe violations in the worked example at 375 px', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 900 });
    await open(page, '&sigma=3&box=rpn&pos=1,2,5');
    await expectNoAxeViolations(page);
  });
});
