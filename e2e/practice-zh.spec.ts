import type { Page } from '@playwright/test';
import { PRACTICE_TOPICS } from '../engine/practice/topics';
import { expectNoAxeViolations } from './support/axe';
import { englishWords } from './support/english';
import { expectNoHorizontalScroll } from './support/exact';
import { expect, test } from './support/test';

/** The English words the page shows outside code, errors and names, with where they are. */
async function english(page: Page, state: string): Promise<string[]> {
  const words = await englishWords(page);
  return words.map((w) => `${state}: ${w.word} — “${w.text}” (${w.where})`);
}

const card = (page: Page) => page.getByTestId('practice-card');

/**
 * Takes a question through its states in Chinese: open, an answer the checker cannot read,
 * a first answer (wrong, so the hint; or right), and the worked solution; collects the English
 * words each state shows.
 */
async function walkQuestion(page: Page, query: string): Promise<string[]> {
  await page.goto(query);
  await expect(card(page)).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
  const found = await english(page, `${query} open`);
  const check = page.getByTestId('practice-check');
  const typed = (await page.getByTestId('practice-input').count()) > 0;
  if (typed) await page.getByTestId('practice-input').fill('');
  await check.click();
  await expect(page.getByTestId('practice-unreadable')).toBeVisible();
  found.push(...(await english(page, `${query} unreadable`)));
  if (typed) await page.getByTestId('practice-input').fill('99999');
  else if ((await page.getByTestId('practice-option-0').count()) > 0)
    await page.getByTestId('practice-option-0').check();
  else await page.getByTestId('practice-cells').locator('button').first().click();
  await check.click();
  await expect(
    page.getByTestId('practice-hint').or(page.getByTestId('practice-verdict')),
  ).toBeVisible();
  found.push(...(await english(page, `${query} first answer`)));
  if (await page.getByTestId('practice-hint').isVisible()) {
    await card(page).getByRole('button', { name: '查看解答' }).click();
  }
  await expect(page.getByTestId('practice-solution')).toBeVisible();
  found.push(...(await english(page, `${query} solution`)));
  return found;
}

test.describe('练习 in Chinese', () => {
  for (const topic of PRACTICE_TOPICS) {
    test(`${topic}: every state of questions at each level shows no English words`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const found: string[] = [];
      for (const q of [1, 2])
        for (const lvl of [1, 2, 3])
          found.push(
            ...(await walkQuestion(
              page,
              `?view=practice&topic=${topic}&seed=${q + 2}&q=${q}&lvl=${lvl}&lang=zh`,
            )),
          );
      expect(found).toEqual([]);
    });
  }

  test('the end of a set, the marks and the progress table are Chinese', async ({ page }) => {
    await page.goto('?view=practice&topic=mixed&seed=4&q=10&lang=zh');
    await card(page).getByRole('button', { name: '查看解答' }).click();
    await page.getByTestId('practice-next').click();
    await expect(page.getByTestId('practice-summary')).toContainText('得分');
    await expect(page.getByTestId('practice-record')).toBeVisible();
    await expect(page.getByTestId('practice-score')).toHaveText(
      '得分：已答 1 题，第一次答对 0 题。',
    );
    expect(await english(page, 'summary')).toEqual([]);
    await page.getByTestId('practice-reset').click();
    await expect(page.getByTestId('practice-record-empty')).toHaveText('进度已清除。');
  });

  test('a NumPy error stays English in lang="en", its Chinese explanation beside it', async ({
    page,
  }) => {
    // Level 2 broadcasting: NumPy's result or its exact ValueError; the solution names it.
    for (let seed = 0; seed < 20; seed++) {
      await page.goto(`?view=practice&topic=broadcast&seed=${seed}&q=1&lvl=2&lang=zh`);
      await card(page).getByRole('button', { name: '查看解答' }).click();
      const error = page.getByTestId('practice-solution').locator('code', {
        hasText: 'ValueError: operands could not be broadcast together',
      });
      if ((await error.count()) === 0) continue;
      await expect(error).toHaveAttribute('lang', 'en');
      await expect(page.getByTestId('practice-solution')).toContainText('操作数无法一起广播');
      return;
    }
    throw new Error('no set of seeds 0–19 asks for a NumPy error');
  });

  for (const width of [1280, 375]) {
    test(`axe finds no violations in Chinese at ${width} px, question and solution`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('?view=practice&topic=receptive-field&seed=3&q=1&lvl=3&lang=zh');
      await expect(page.getByTestId('practice-cells')).toBeVisible();
      await expectNoAxeViolations(page);
      await card(page).getByRole('button', { name: '查看解答' }).click();
      await expect(page.getByTestId('practice-solution')).toBeVisible();
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
    });
  }
});
