import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectNoHorizontalScroll } from './support/exact';
import { expect, test } from './support/test';

/**
 * The output size of the level-1 convolution question, worked from its own text with
 * PyTorch's formula ⌊(i + 2p − k)/s⌋ + 1, so the test does not ask the app for the answer.
 */
async function convAnswer(page: Page): Promise<number> {
  const prompt = (await page.getByTestId('practice-prompt').textContent()) ?? '';
  const m = /kernel_size=(\d+), stride=(\d+), padding=(\d+)\).*\(1, 3, (\d+), \4\)/.exec(prompt);
  expect(m, prompt).not.toBeNull();
  const [k, s, p, i] = m!.slice(1).map(Number);
  return Math.floor((i + 2 * p - k) / s) + 1;
}

const input = (page: Page) => page.getByTestId('practice-input');
const announcement = (page: Page) => page.getByTestId('practice-announcement');

test.describe('practice', () => {
  test('a typed answer: wrong, a hint, then right in another spelling; Next adapts the level', async ({
    page,
  }) => {
    await page.goto('?view=practice&topic=conv-size&seed=3');
    await expect(page.getByRole('heading', { name: /Question 1 of 10/ })).toBeVisible();
    await expect(page.getByTestId('practice-level')).toHaveText('(easy)');
    const o = await convAnswer(page);

    await input(page).fill(`${o + 1} x ${o + 1}`);
    await input(page).press('Enter');
    await expect(page.getByTestId('practice-hint')).toContainText('Not quite.');
    await expect(announcement(page)).toContainText(
      'Not quite. Hint: o = ⌊(i + p₁ + p₂ − k̂)/s⌋ + 1',
    );
    await expect(page.getByTestId('practice-solution')).toHaveCount(0);

    await input(page).fill(`(${o}, ${o})`);
    await page.getByTestId('practice-check').click();
    await expect(page.getByTestId('practice-verdict')).toHaveText(
      `Right at the second try: ${o} × ${o}.`,
    );
    await expect(announcement(page)).toHaveText(`Right at the second try: ${o} × ${o}.`);
    await expect(page.getByTestId('practice-next')).toBeFocused();
    await expect(page.getByTestId('practice-score')).toHaveText(
      'Score: 0 of 1 answered right at the first try, 1 at the second.',
    );
    // right at the second try: the level stays easy
    await page.getByTestId('practice-next').click();
    await expect(page).toHaveURL(/[?&]q=2(&|$)/);
    await expect(page).not.toHaveURL(/lvl=/);
    await expect(page.getByRole('heading', { name: /Question 2 of 10/ })).toBeFocused();
    await expect(page.getByTestId('practice-level')).toHaveText('(easy)');

    // right at once: the next question is harder
    const o2 = await convAnswer(page);
    await input(page).fill(`${o2}×${o2}`);
    await input(page).press('Enter');
    await expect(announcement(page)).toHaveText(`Right: ${o2} × ${o2}.`);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/q=3&lvl=2/);
    await expect(page.getByTestId('practice-level')).toHaveText('(medium)');

    // Back shows the answered question as it was left; Forward returns
    await page.goBack();
    await expect(page.getByRole('heading', { name: /Question 2 of 10/ })).toBeVisible();
    await expect(page.getByTestId('practice-verdict')).toHaveText(`Right: ${o2} × ${o2}.`);
    await page.goForward();
    await expect(page.getByRole('heading', { name: /Question 3 of 10/ })).toBeVisible();
  });

  test('text that is no size is not counted and says what to type', async ({ page }) => {
    await page.goto('?view=practice&topic=conv-size&seed=3');
    await input(page).fill('eleven');
    await input(page).press('Enter');
    await expect(page.getByTestId('practice-unreadable')).toHaveText(
      'Type 2 whole numbers, such as 5 × 5.',
    );
    await expect(announcement(page)).toHaveText('Type 2 whole numbers, such as 5 × 5.');
    await expect(input(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('practice-hint')).toHaveCount(0);
  });

  test('two wrong answers show the worked solution, and "see it" opens the question’s state', async ({
    page,
  }) => {
    await page.goto('?view=practice&topic=conv-size&seed=3');
    const o = await convAnswer(page);
    for (const wrong of [o + 2, o + 3]) {
      await input(page).fill(String(wrong));
      await input(page).press('Enter');
    }
    await expect(page.getByTestId('practice-verdict')).toHaveText(`The answer: ${o} × ${o}.`);
    await expect(announcement(page)).toHaveText(
      `The answer is ${o} × ${o}. The worked solution follows.`,
    );
    const solution = page.getByTestId('practice-solution');
    await expect(solution.getByRole('listitem').last()).toHaveText(`The output is ${o} × ${o}.`);
    await expect(page.getByTestId('practice-marks').getByRole('listitem').first()).toContainText(
      'Question 1: solution shown (easy)',
    );
    const prompt = (await page.getByTestId('practice-prompt').textContent()) ?? '';
    const [, k, s, p, i] = /kernel_size=(\d+), stride=(\d+), padding=(\d+)\).*\(1, 3, (\d+),/.exec(
      prompt,
    )!;
    await page.getByTestId('practice-see-it').click();
    await expect(page).toHaveURL(new RegExp(`view=conv&i=${i}&k=${k}&s=${s}&p=${p}(&|$)`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Convolution arithmetic');
    await expect(page.getByTestId('output-size')).toHaveText(`${o} × ${o}`);
    await page.goBack();
    await expect(page.getByTestId('practice-verdict')).toHaveText(`The answer: ${o} × ${o}.`);
  });

  test('“see it” links of the other topics open their views in the question’s state', async ({
    page,
  }) => {
    const cases = [
      ['pool-size', /view=pool&i=\d+(,\d+)?&k=2&s=2&p=0&mode=max&ceil=1/, 'Pooling arithmetic'],
      ['transposed-size', /view=transposed&i=\d+&k=\d&s=\d/, 'Transposed convolution'],
      ['checkerboard', /view=transposed&i=4&k=\d&s=\d&p=0.*heat=1/, 'Transposed convolution'],
      ['smooth-l1', /view=smoothl1&/, 'Smooth L1'],
      ['relationship', /view=conv&i=\d+&k=\d&s=1&p=\d/, 'Convolution arithmetic'],
      ['undo', /view=stack&i=\d+(,\d+)?&L=c\d+s2(p\d)?,t[^&]+&solve=2/, 'Layer stack'],
      ['receptive-field', /view=stack&i=32&L=c/, 'Layer stack'],
      ['broadcast', /view=broadcast&a=[\d,]+&b=[\d,]+&op=add/, 'Broadcasting'],
      ['mask', /view=mask&m=[-\d,;]+&cond=/, 'Boolean masks'],
    ] as const;
    for (const [topic, url, heading] of cases) {
      await page.goto(`?view=practice&topic=${topic}&seed=2`);
      await page.getByRole('button', { name: 'Show the solution' }).click();
      await page.getByTestId('practice-see-it').click();
      await expect(page).toHaveURL(url);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
    }
  });

  test('cells are picked on the grid with the keyboard alone', async ({ page }) => {
    await page.goto('?view=practice&topic=receptive-field&seed=1&q=3&lvl=3');
    const grid = page.getByTestId('practice-cells');
    const cells = grid.getByRole('button');
    await expect(cells.first()).toHaveAttribute('tabindex', '0');
    await cells.first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(grid.getByRole('button', { name: 'row 1, column 1' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(grid.getByRole('button', { name: 'row 1, column 1' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByTestId('practice-check')).toHaveText('Check (1 picked)');
    // Tab leaves the grid in one step: it is one stop
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('practice-check')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(announcement(page)).toHaveText(/^(Right: |Not quite\. Hint: )/);
  });

  test('a cell question answered, left and come back to shows the cells as they were picked', async ({
    page,
  }) => {
    await page.goto('?view=practice&topic=receptive-field&seed=1&q=3&lvl=3');
    const grid = page.getByTestId('practice-cells');
    const picks = ['row 0, column 0', 'row 1, column 1'];
    for (const name of picks) await grid.getByRole('button', { name, exact: true }).click();
    await page.getByTestId('practice-check').click();
    const hint = page.getByTestId('practice-hint');
    await expect(page.getByTestId('practice-verdict').or(hint)).toBeVisible();
    if (await hint.isVisible())
      await page.getByRole('button', { name: 'Show the solution' }).click();
    await expect(page.getByTestId('practice-verdict')).toBeVisible();
    const marks = () => grid.locator('td').evaluateAll((cells) => cells.map((td) => td.className));
    const answered = await marks();
    // The picks are marked right or extra, never missed.
    expect(answered.filter((mark) => mark === 'is-right' || mark === 'is-extra')).toHaveLength(2);
    await page.getByTestId('practice-next').click();
    await expect(page).toHaveURL(/q=4/);
    // Back to it, then the same after a reload (the picks are kept with the progress).
    for (const revisit of [() => page.goBack(), () => page.reload()]) {
      await revisit();
      await expect(page).toHaveURL(/q=3/);
      await expect(page.getByTestId('practice-verdict')).toBeVisible();
      expect(await marks()).toEqual(answered);
      for (const name of picks)
        await expect(grid.getByRole('button', { name: new RegExp(`^${name}\\b`) })).toHaveAttribute(
          'aria-pressed',
          'true',
        );
    }
  });

  test('an option question come back to shows the options as they were picked', async ({
    page,
  }) => {
    await page.goto('?view=practice&topic=checkerboard&seed=4&q=2&lvl=2');
    await page.getByTestId('practice-option-1').check();
    await page.getByTestId('practice-check').click();
    const hint = page.getByTestId('practice-hint');
    await expect(page.getByTestId('practice-verdict').or(hint)).toBeVisible();
    if (await hint.isVisible())
      await page.getByRole('button', { name: 'Show the solution' }).click();
    await page.getByTestId('practice-next').click();
    await expect(page).toHaveURL(/q=3/);
    await page.goBack();
    await expect(page.getByTestId('practice-verdict')).toBeVisible();
    await expect(page.getByTestId('practice-option-1')).toBeChecked();
    await expect(page.getByTestId('practice-option-0')).not.toBeChecked();
  });

  test('options are picked with the keyboard alone', async ({ page }) => {
    await page.goto('?view=practice&topic=checkerboard&seed=4&q=2&lvl=2');
    const first = page.getByTestId('practice-option-0');
    await first.focus();
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('practice-option-1')).toBeChecked();
    await page.getByTestId('practice-check').focus();
    await page.keyboard.press('Enter');
    // right or wrong, the answer is announced in the one live region
    await expect(announcement(page)).toHaveText(/^(Right: |Not quite\. Hint: )/);
    await expect(page.getByRole('status')).toHaveCount(1);
  });

  test('a whole set with every solution shown scores 0 / 10; the set can be taken again', async ({
    page,
  }) => {
    await page.goto('?view=practice&topic=smooth-l1&seed=9');
    for (let n = 1; n <= 10; n++) {
      await expect(
        page.getByRole('heading', { name: new RegExp(`Question ${n} of 10`) }),
      ).toBeVisible();
      await page.getByRole('button', { name: 'Show the solution' }).click();
      await page.getByTestId('practice-next').click();
    }
    const summary = page.getByTestId('practice-summary');
    await expect(summary.getByRole('heading')).toHaveText('Score: 0 / 10');
    await expect(summary.getByRole('heading')).toBeFocused();
    await expect(summary).toContainText(
      '0 right at the first try, 0 at the second, 10 with the solution shown.',
    );
    // showing solutions keeps the level easy
    await expect(page.getByTestId('practice-level')).toHaveText('(easy)');
    await page.getByTestId('practice-again').click();
    await expect(page).toHaveURL(/topic=smooth-l1&seed=9$/);
    await expect(page.getByTestId('practice-summary')).toHaveCount(0);
    await expect(page.getByTestId('practice-score')).toHaveText(
      'Score: 0 of 0 answered right at the first try.',
    );
  });

  test('progress is kept in the browser across reloads, and forgotten on request', async ({
    page,
  }) => {
    await page.goto('?view=practice&topic=pool-size&seed=5');
    await page.getByRole('button', { name: 'Show the solution' }).click();
    await page.reload();
    await expect(page.getByTestId('practice-record')).toContainText('Pooling in ceil mode');
    await expect(page.getByTestId('practice-record')).toContainText('0 / 1');
    await expect(page.getByTestId('practice-verdict')).toContainText('The answer:');
    await page.getByTestId('practice-reset').click();
    await expect(page.getByTestId('practice-record-empty')).toHaveText('Progress forgotten.');
    await expect(page.getByRole('heading', { name: 'Your progress' })).toBeFocused();
    await page.reload();
    await expect(page.getByTestId('practice-record-empty')).toHaveText(
      'No questions answered yet.',
    );
    await expect(page.getByRole('button', { name: 'Show the solution' })).toBeVisible();
  });

  test('without storage (blocked), practice works for the session', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('?view=practice&topic=conv-size&seed=3');
    const o = await convAnswer(page);
    await input(page).fill(`${o}x${o}`);
    await input(page).press('Enter');
    await expect(page.getByTestId('practice-verdict')).toHaveText(`Right: ${o} × ${o}.`);
    await expect(page.getByTestId('practice-record')).toContainText('1 / 1');
  });

  test('topic and set number are in the URL; a bad topic falls back with a notice', async ({
    page,
  }) => {
    await page.goto('?view=practice');
    await page.getByTestId('practice-topic').selectOption('transposed-size');
    await expect(page).toHaveURL(/view=practice&topic=transposed-size&seed=1$/);
    await page.getByTestId('practice-new-set').click();
    await expect(page).toHaveURL(/topic=transposed-size&seed=2$/);
    const prompt = await page.getByTestId('practice-prompt').textContent();
    await page.reload();
    await expect(page.getByTestId('practice-prompt')).toHaveText(prompt ?? '');
    await expect(page.getByTestId('practice-topic')).toHaveValue('transposed-size');

    await page.goto('?view=practice&topic=algebra&seed=7');
    await expect(page.getByTestId('notice')).toContainText('“algebra” is not one of mixed');
    await expect(page.getByTestId('practice-topic')).toHaveValue('mixed');
  });

  for (const width of [1280, 375]) {
    test(`no axe violations at ${width} px: question, hint, solution`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('?view=practice&topic=checkerboard&seed=1&q=2&lvl=2');
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
      await page.goto('?view=practice&topic=receptive-field&seed=1&q=3&lvl=3');
      await page.getByRole('button', { name: 'Show the solution' }).click();
      await expect(page.getByTestId('practice-solution')).toBeVisible();
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
      await page.goto('?view=practice&topic=conv-size&seed=3');
      await input(page).fill('1');
      await input(page).press('Enter');
      await expect(page.getByTestId('practice-hint')).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Show the solution' }).click();
      await expect(page.getByTestId('practice-solution')).toBeVisible();
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
    });
  }

  for (const width of [1400, 800, 375]) {
    test(`at ${width} px the topic select fits its panel and shows the whole name of every topic`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('?view=practice');
      const select = page.getByTestId('practice-topic');
      await expect(select).toHaveValue('mixed');
      const box = (await select.boundingBox())!;
      const panel = (await page.locator('.practice-controls').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(panel.x);
      expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width);
      // Per topic, how wide the same select is when it sizes itself to that option alone.
      const needed = await select.evaluate((element: HTMLSelectElement) =>
        [...element.options].map((option) => {
          const alone = element.cloneNode(false) as HTMLSelectElement;
          alone.append(option.cloneNode(true));
          Object.assign(alone.style, { width: 'auto', minWidth: '0', position: 'absolute' });
          element.after(alone);
          const width = alone.getBoundingClientRect().width;
          alone.remove();
          return { name: option.text, width };
        }),
      );
      expect(needed).toHaveLength(11);
      for (const topic of needed) {
        expect(topic.width, topic.name).toBeGreaterThan(100);
        expect(topic.width, topic.name).toBeLessThanOrEqual(box.width);
      }
    });
  }
});
