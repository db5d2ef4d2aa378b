import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectNoHorizontalScroll } from './support/exact';
import { englishWords } from './support/english';
import { downloadFrom } from './support/exportFiles';
import { hoverCell } from './support/grid';
import { expect, test } from './support/test';

/** The English words the page shows outside code, errors and names, with where they are. */
async function english(page: Page, state: string): Promise<string[]> {
  const words = await englishWords(page);
  return words.map((w) => `${state}: ${w.word} — “${w.text}” (${w.where})`);
}

async function open(page: Page, query: string) {
  await page.goto(`?view=transposed&${query}&lang=zh`);
  await expect(page.locator('h1.view-title')).toHaveText('转置卷积');
  await expect(page.locator('.loading')).toHaveCount(0);
}

/** Opens the folded parts of the page (the shape tables, C itself) so their words are seen. */
async function unfold(page: Page) {
  const folded = page.locator('main details:not([open]) > summary');
  while ((await folded.count()) > 0) await folded.first().click();
}

/** Focuses the first cell of each grid in turn, so its spoken name is on the page. */
async function cellNames(page: Page, state: string): Promise<string[]> {
  const found: string[] = [];
  for (const id of ['grid-eq', 'grid-rotated', 'grid-output', 'grid-in', 'grid-kernel']) {
    const cell = page.getByTestId(id).locator('.grid-focus');
    if (!(await cell.count())) continue;
    await cell.focus();
    await expect(cell).toHaveAttribute('aria-label', /\S/);
    found.push(...(await english(page, `${state} ${id}`)));
  }
  for (const id of ['grid-scatter', 'grid-matrix-t', 'vector-y', 'vector-x']) {
    const cell = page.getByTestId(id).locator('.grid-focus');
    if (!(await cell.count())) continue;
    await cell.focus();
    found.push(...(await english(page, `${state} ${id}`)));
  }
  return found;
}

/**
 * States whose words differ: the paper's odd figure with values and the heat map, a DCGAN
 * upsample (large grids, C folded), C too large to draw, negative padding p′, output padding
 * beyond the paper, refusals by PyTorch and by Keras, and Keras' rules with and without a slice.
 */
const STATES = [
  'i=3&k=3&s=2&p=1&op=1&num=1',
  'i=3&k=3&s=2&p=1&op=1&heat=1',
  'i=5&k=4&s=1&p=2&d=2',
  'i=8&k=4&s=2&p=1',
  'i=24&k=3&s=2&p=1',
  'i=4&k=3&s=1&p=3',
  'i=8&k=2&s=1&p=0&d=3&op=1',
  'i=3&k=3&s=1&p=0&op=2',
  'fw=tf&tfpad=same&i=3&k=3&s=2',
  'fw=tf&tfpad=same&kop=0&i=3&k=3&s=2&num=1',
  'fw=tf&tfpad=valid&i=4&k=3&s=2&d=2',
  'fw=tf&tfpad=same&kop=2&i=3&k=3&s=2',
];

test.describe('转置卷积 in Chinese', () => {
  for (const query of STATES) {
    test(`${query}: no English outside code, formulas, errors and names`, async ({ page }) => {
      await open(page, query);
      const found = await english(page, 'page');
      await unfold(page);
      found.push(...(await english(page, 'unfolded')));
      for (const tab of await page.getByRole('tab').all()) {
        await tab.click();
        found.push(...(await english(page, `tab ${await tab.textContent()}`)));
      }
      found.push(...(await cellNames(page, 'focused')));
      expect(found).toEqual([]);
    });
  }

  test('hovering a cell of each view says what it links in Chinese', async ({ page }) => {
    await open(page, 'i=3&k=3&s=2&p=1&op=1&num=1');
    const summary = page.locator('.link-summary');
    const found: string[] = [];
    const cells: [string, number, number, RegExp][] = [
      // figure 4.7: output (2, 2) is input (1, 1)'s centre tap alone
      ['grid-output', 2, 2, /^输出 \(2, 2\) 接收 1 个印记（重叠次数 1）/],
      [
        'grid-in',
        1,
        1,
        /^输入 \(1, 1\) 把卷积核印到 9 个单元格上；其中 9 个在输出内，0 个被裁掉。$/,
      ],
      ['grid-kernel', 0, 0, /^卷积核抽头 \(0, 0\) 把 \d+ 个输入单元格带进输出/],
      ['grid-eq', 0, 0, /位于等价卷积的 \d+ 个窗口中。$/],
      ['grid-scatter', 0, 0, /^被裁掉的单元格 \(0, 0\) 接收 1 个印记，但被填充裁掉了。$/],
      ['grid-matrix', 0, 0, /^C\[0, 0\] = /],
    ];
    for (const [id, row, col, text] of cells) {
      await hoverCell(page, id, row, col);
      await expect(summary).toContainText(text);
      found.push(...(await english(page, `hover ${id}`)));
    }
    expect(found).toEqual([]);
  });

  test('the animation and the scatter clock speak Chinese', async ({ page }) => {
    await open(page, 'i=3&k=3&s=2&p=1&op=1');
    await expect(page.getByTestId('scatter-step')).toHaveText(
      '与面板 1 共用一个时钟，第 1 步，共 36 步：输出 (0, 0) 是 1 个印记之和（虚线框出）；它之前的单元格已算完。',
    );
    await page.getByRole('button', { name: '下一步' }).first().click();
    await expect(page.getByTestId('scatter-step')).toContainText('第 2 步，共 36 步');
    expect(await english(page, 'step 2')).toEqual([]);
  });

  for (const [width, height] of [
    [1280, 900],
    [375, 800],
  ]) {
    test(`axe finds nothing in Chinese at ${width} px, nothing is wider than the page`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      for (const query of [STATES[0], STATES[1], STATES[8], STATES[11]]) {
        await open(page, query);
        await unfold(page);
        // from the top: the sticky parameters bar would otherwise cover what the last click left under it
        await page.evaluate(() => window.scrollTo(0, 0));
        await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page, query);
      }
    });
  }

  test('the DCGAN upsample stays under 4,000 px in Chinese on a phone', async ({ page }) => {
    for (const [width, height] of [
      [1400, 900],
      [800, 900],
      [375, 800],
    ]) {
      await page.setViewportSize({ width, height });
      await open(page, 'i=8&k=4&s=2&p=1');
      await expect(page.locator('.relationship .katex').first()).toBeVisible();
      const tall = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(tall, `page height at ${width} px`).toBeLessThan(4000);
    }
  });

  test('the exported picture says its title and captions in Chinese', async ({ page }) => {
    await open(page, 'i=2&k=3&s=1&p=0');
    const svg = (await downloadFrom(page, 'export-svg')).bytes.toString('utf8');
    for (const text of [
      '转置卷积看作直接卷积：输入 2，卷积核 3，步幅 1，填充 0，输出填充 0',
      '插零并填充后的输入，6\u00a0×\u00a06',
      '旋转 180° 的卷积核',
      '输出 4\u00a0×\u00a04',
    ])
      expect(svg).toContain(text);
    expect(svg).not.toMatch(/Transposed|Kernel|Output|Stretched/);
  });

  test('English and Chinese switch in place, the state kept', async ({ page }) => {
    await page.goto('?view=transposed&i=3&k=3&s=2&p=1&op=1&heat=1');
    const lede = page.locator('.view-lede, header p').first();
    await expect(page.getByTestId('scatter-step')).toContainText('Same clock as panel 1, step 1');
    await page.getByRole('button', { name: '简体中文' }).click();
    await expect(page.getByTestId('scatter-step')).toContainText('与面板 1 共用一个时钟');
    await expect(page.getByTestId('heat-legend')).toContainText('6 或更多');
    await expect(page).toHaveURL(/i=3&k=3&s=2&p=1&op=1&heat=1&lang=zh$/);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByTestId('heat-legend')).toContainText('6 or more');
    await expect(lede).toBeVisible();
  });
});
