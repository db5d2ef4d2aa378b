import { VIEW_IDS } from '../app/url/schema';
import { expectNoAxeViolations } from './support/axe';
import { englishWords } from './support/english';
import { downloadFrom } from './support/exportFiles';
import { expect, test } from './support/test';

const VIEWS = VIEW_IDS;

/** States that show words the first page does not: notes, comparisons, refusals. */
const MORE_STATES: readonly [(typeof VIEWS)[number], string][] = [
  ['conv', 'i=6&k=3&s=2&p=same&fw=tf'],
  ['conv', 'i=5&k=7&s=1&p=0'],
  ['pool', 'i=6&k=3&s=2&p=1&mode=avg&fw=tf&ceil=1'],
  ['pool', 'i=6&k=3&s=2&p=0&ceil=1&num=1'],
  ['channels', 'i=6&k=3&s=2&p=same&fw=tf'],
  ...[
    'a > 0 & a < 1',
    '(a > 0) and (a < 1)',
    'a > ',
    'a > 01',
    'a + np.argwhere(a > 0)',
    'np.sum(a) > 1',
    'np.where(a > 0) + a',
    'np.where(a > 0)',
    'a + 1',
    'a < 0.30000001',
    'a == None',
  ].map((cond): [(typeof VIEWS)[number], string] => [
    'mask',
    `m=0.5,-1.0;0.3,2.0&cond=${encodeURIComponent(cond)}`,
  ]),
  ['mask', `cond=${encodeURIComponent('((a > 0) + (a < 1) == 2).nonzero()')}&torch=1.1`],
  ['smoothl1', 'sigma=3&beta=2&show=sl1,l1,l2,huber,misprint&box=rpn'],
  ['smoothl1', 'beta=0&box=head'],
  ['smoothl1', 'zoom=1&x=5&box=mean&pos='],
  // Links the page corrects: the notice says what it changed
  // Refused configurations: the explanation in Chinese, the English sentence beside it
  ['conv', 'i=8&k=3&s=2&p=same'],
  ['conv', 'i=3&k=5&p=valid&fw=tf'],
  ['pool', 'i=6&k=2&p=2'],
  ['pool', 'i=6&k=3&mode=avg&d=2'],
  ['pool', 'i=2&k=3&d=2&fw=tf&tfpad=valid'],
  ['transposed', 'i=3&k=3&s=1&op=1'],
  ['transposed', 'i=3&k=3&s=2&d=2&kop=2&fw=tf'],
  ['channels', 'cin=6&cout=8&g=4'],
  ['stack', 'i=4&L=c3,c5'],
  ['stack', 'L=c3s2psame,c3'],
  ['conv', 'i=3&x=1,2;3,4&w=1,2,3,4;5,6,7,8'],
  ['conv', 'i=999&k=abc&k=4&p=1,2,3&embed=yes&lang=fr'],
  ['mask', 'm=1,2;3'],
  ['stack', 'L=c3,q2,zz'],
];

/** The page has settled: the view's heading is there and no catalogue is still loading. */
async function openView(page: import('@playwright/test').Page, query: string) {
  await page.goto(query);
  await expect(page.locator('h1.view-title')).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
}

test.describe('简体中文', () => {
  for (const view of VIEWS) {
    test(`${view}: no English words outside code, formulas, errors and names`, async ({ page }) => {
      await openView(page, `?view=${view}&lang=zh`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      const words = await englishWords(page);
      expect(words.map((w) => `${w.word} — “${w.text}” (${w.where})`)).toEqual([]);
    });
  }

  for (const [view, query] of MORE_STATES) {
    test(`${view} ${query}: no English words either`, async ({ page }) => {
      await openView(page, `?view=${view}&${query}&lang=zh`);
      const words = await englishWords(page);
      expect(words.map((w) => `${w.word} — “${w.text}” (${w.where})`)).toEqual([]);
    });
  }

  for (const view of VIEWS) {
    test(`${view}: axe finds no violations in Chinese`, async ({ page }) => {
      await openView(page, `?view=${view}&lang=zh`);
      await expectNoAxeViolations(page);
    });
  }

  test('the switch changes the language and keeps the state, and Back returns', async ({
    page,
  }) => {
    await openView(page, '?view=conv&i=7&k=2&s=1&p=0&d=2');
    const heading = page.locator('h1.view-title');
    const english = await heading.textContent();
    await page.getByRole('button', { name: '简体中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page).toHaveURL(/view=conv&i=7&k=2&s=1&p=0&d=2&lang=zh$/);
    await expect(heading).not.toHaveText(english ?? '');
    await expect(heading).toContainText('卷积');
    await expect(page.getByRole('button', { name: '简体中文' })).toBeFocused();
    await expect(page.getByRole('button', { name: '简体中文' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // The parameters survive the switch and a reload.
    await page.reload();
    await expect(heading).toContainText('卷积');
    await expect(page).toHaveURL(/i=7&k=2&s=1&p=0&d=2/);
    await page.getByRole('link', { name: '通道', exact: true }).click();
    await expect(page).toHaveURL(/view=channels.*lang=zh/);
    await expect(heading).toContainText('通道');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL(/lang=en$/);
    await page.goBack();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('on a phone the switch offers the other language beside the title, and keeps the focus', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openView(page, '?view=conv');
    const chinese = page.getByRole('button', { name: '简体中文' });
    await expect(page.getByRole('button', { name: 'English' })).toBeHidden();
    const [brand, button] = await Promise.all(
      [page.locator('.brand'), chinese].map((locator) => locator.boundingBox()),
    );
    expect(button!.x).toBeGreaterThan(brand!.x + brand!.width);
    expect(button!.y).toBeLessThan(brand!.y + brand!.height);
    await chinese.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(chinese).toBeHidden();
    await expect(page.getByRole('button', { name: 'English' })).toBeFocused();
  });

  test('a link without lang follows the browser’s language; one with lang keeps its own', async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await openView(page, './?view=conv');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('h1.view-title')).toContainText('卷积');
    await expect(page).not.toHaveURL(/lang=/);
    await openView(page, './?view=conv&lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });

  test('a corrected link is explained in Chinese, its keys and values as written', async ({
    page,
  }) => {
    await openView(page, '?view=conv&k=abc&i=999&lang=zh');
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText('链接中的部分取值已被更正');
    await expect(notice.getByRole('listitem')).toHaveText([
      'i：999 超过了最大值 64；改用 64。',
      'k：“abc” 不是数；改用默认值 3。',
    ]);
    await expect(notice.locator('code[lang="en"]').first()).toHaveText('i');
  });

  test('what a box refuses is said in Chinese, its own text as code', async ({ page }) => {
    await openView(page, '?view=stack&L=c3,m2&lang=zh');
    await page.getByTestId('layer-text-1').fill('c3q1');
    await expect(page.locator('.field-error')).toContainText('卷积核尺寸之后应是');
    await page.getByTestId('layer-text-2').fill('c3,m2');
    await expect(page.locator('.field-error').nth(1)).toHaveText('每行一层：请删去逗号。');
    expect(await englishWords(page)).toEqual([]);
    await openView(page, '?view=broadcast&lang=zh');
    await page.getByTestId('shape-a').fill('2, x');
    await page.getByTestId('all-shapes').fill('3, 4');
    await expect(page.locator('.field-error')).toHaveText([
      'a 的形状：“2, x” 中的 “x” 不是整数。',
      '请把形状写成 Python 元组，例如 (3, 4) (5,) 或 (2, 1), (1, 3)。',
    ]);
    expect(await englishWords(page)).toEqual([]);
  });

  test('a refusal is explained in Chinese and quoted once in English, headed by who refuses', async ({
    page,
  }) => {
    await openView(page, '?view=pool&i=2&k=3&fw=tf&tfpad=valid&lang=zh');
    const error = page.getByTestId('config-error');
    await expect(error).toContainText('TensorFlow 拒绝此配置。');
    await expect(error.getByTestId('config-error-explain')).toContainText('池化窗口 3 大于输入 2');
    await expect(error.getByTestId('config-error-english')).toHaveAttribute('lang', 'en');
    await expect(error.getByTestId('config-error-english')).toContainText(
      "padding 'valid' leaves no window",
    );
    await expect(error.getByRole('button')).toHaveText(['池化窗口 → 2（高），2（宽）']);
    await openView(page, '?view=transposed&i=3&k=3&s=2&kop=2&fw=tf&lang=en');
    await expect(error).toContainText('Keras rejects this configuration.');
    await expect(error.getByTestId('config-error-english')).toHaveCount(0);
    // Said once for each axis it refuses, not again as an explanation
    const said = await error.textContent();
    expect(said!.split('Strides must be greater than output padding.').length - 1).toBe(2);
  });

  test('the mask lab’s exported picture is headed and captioned in Chinese', async ({ page }) => {
    await openView(page, '?view=mask&m=0.5,-1.0;0.3,2.0&cond=a%20%3E%200&lang=zh');
    const svg = (await downloadFrom(page, 'export-svg')).bytes.toString('utf8');
    for (const text of [
      '布尔掩码：a[a &gt; 0]',
      'mask (2, 2)，3 个 True',
      '按行优先顺序排列的选中元素',
    ])
      expect(svg).toContain(text);
    expect(svg).not.toMatch(/Boolean|selected|row-major/);
  });

  test('an English browser gets English', async ({ page }) => {
    await openView(page, './?view=conv');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
