import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectNoHorizontalScroll } from './support/exact';
import { englishWords } from './support/english';
import { downloadFrom } from './support/exportFiles';
import { expect, test } from './support/test';

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`?view=smoothl1${query}&lang=zh`);
  await expect(page.locator('h1.view-title')).toContainText('Smooth L1：σ、β 与 Huber');
  await expect(page.getByTestId('loss-value')).toBeVisible();
}

/** The page's English words, as the walker reports them. */
async function english(page: Page): Promise<string[]> {
  return (await englishWords(page)).map((w) => `${w.word} — “${w.text}” (${w.where})`);
}

/** Boxes of the bottom axis's tick labels of a chart (drawn after the left axis), left to right. */
async function tickBoxes(chart: Locator) {
  return chart
    .locator('g.axis')
    .nth(1)
    .locator('g > text')
    .evaluateAll((texts) =>
      texts.map((text) => {
        const box = text.getBoundingClientRect();
        return { text: text.textContent, left: box.left, right: box.right };
      }),
    );
}

test.describe('Smooth L1 in Chinese', () => {
  for (const width of [1280, 375]) {
    test(`axe finds no violations at ${width} px, and nothing is wider than the page`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page, '&sigma=3&x=0.05&show=sl1,l1,l2,huber,misprint');
      await expect(page.locator('math').first()).toBeAttached();
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
      // The tables' headers are words: each stays on one line.
      for (const name of ['锚框', '正样本']) {
        const header = page.locator('.anchor-table th', { hasText: name }).first();
        const lines = await header.evaluate((th) => {
          const range = document.createRange();
          range.selectNodeContents(th);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        });
        expect(lines, name).toBe(1);
      }
    });
  }

  test('the close-up’s tick labels do not overlap on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 900 });
    await open(page, '&sigma=3');
    for (const chart of [page.getByTestId('closeup-chart'), page.getByTestId('loss-chart')]) {
      const ticks = await tickBoxes(chart);
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      for (let k = 1; k < ticks.length; k++)
        expect(ticks[k].left, `${ticks[k - 1].text} | ${ticks[k].text}`).toBeGreaterThan(
          ticks[k - 1].right + 2,
        );
    }
  });

  test('a refused β quotes PyTorch in English beside the Chinese, and leaving puts it back', async ({
    page,
  }) => {
    await open(page, '');
    const beta = page.getByTestId('beta-input');
    await beta.fill('-1');
    const error = page.getByTestId('param-error');
    await expect(error).toContainText('β 不能为负');
    await expect(error.locator('code[lang="en"]')).toHaveText(
      'smooth_l1_loss does not support negative values for beta.',
    );
    await expect(page.locator('.field-kept')).toHaveText(/^仍在使用 1。/);
    await expectNoAxeViolations(page);
    expect(await english(page)).toEqual([]);
    await page.getByTestId('delta-input').fill('0');
    await expect(page.getByTestId('delta-error').locator('code[lang="en"]')).toHaveText(
      'huber_loss does not support non-positive values for delta.',
    );
    // β's box took back its value and says so, in Chinese.
    await expect(beta).toHaveValue('1');
    await expect(page.locator('.field-note')).toContainText('已恢复为 1。');
    expect(await english(page)).toEqual([]);
  });

  test('switching language keeps the lab’s state', async ({ page }) => {
    await page.goto('?view=smoothl1&sigma=3&x=0.05&box=rpn');
    await expect(page.getByTestId('loss-value')).toBeVisible();
    await page.getByRole('button', { name: '简体中文' }).click();
    await expect(page).toHaveURL(/sigma=3&x=0.05&box=rpn&lang=zh$/);
    await expect(page.locator('h1.view-title')).toContainText('与 Huber');
    await expect(page.getByRole('slider', { name: '探针 x' })).toBeVisible();
    await expect(page.getByTestId('closeup-caption')).toHaveText(
      '分界点附近的局部放大：x 从 −0.2222 到 0.2222（±2β），平方区 |x| < β 就在其中。',
    );
    await expect(page.getByTestId('box-sum')).toContainText('N = 1（blob 第一个轴的长度');
  });

  test('the exported picture is in Chinese: heading, legend, axes and the close-up’s caption', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await open(page, '&sigma=3&show=sl1,l1,l2,huber,misprint');
    const svg = await downloadFrom(page, 'export-svg');
    const texts = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return [...doc.querySelectorAll('title, text')].map((t) => t.textContent ?? '');
    }, svg.bytes.toString('utf8'));
    const heading = 'Smooth L1 (σ\u00a0=\u00a03, β\u00a0=\u00a00.1111)：损失与梯度';
    expect(texts[0]).toBe(heading);
    const body = texts.slice(1);
    expect(body[0]).toBe(heading);
    expect(body).toContain('误写 ½(σ²x)²');
    expect(body.filter((t) => t === 'x\u00a0=\u00a0预测值 − 目标值')).toHaveLength(3);
    expect(body).toContain('损失');
    expect(body).toContain('梯度 ∂/∂x');
    expect(body.some((t) => t.startsWith('分界点附近的局部放大'))).toBe(true);
    expect(body.filter((t) => /\b(loss|gradient|Close-up|misprint|pred)\b/.test(t))).toEqual([]);
  });
});
