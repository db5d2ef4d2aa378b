// What follows a key press in a render of its own (the panels under the figure, the preset
// links) and what is typeset after it (the formulas, changed in place where they were typeset
// before) ends as a fresh page of the same state shows it.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/test';

/** KaTeX loads after the first paint, and formulas are typeset when the browser is idle. */
const WAIT = { timeout: 15_000 };

/** Each formula's TeX source, the TeX its typeset MathML carries, and its markup. */
function formulas(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-tex]')].map((formula) => ({
      tex: formula.dataset.tex,
      annotation: formula.querySelector('annotation')?.textContent ?? null,
      markup: formula.innerHTML,
    })),
  );
}

/** The preset links marked as the page's state. */
function currentPresets(page: Page) {
  return page
    .locator('[data-testid^="preset-"][aria-current="true"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('data-testid')));
}

/** What a page opened at `url` shows once every formula is typeset. */
async function fresh(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  await expect
    .poll(async () => {
      const all = await formulas(page);
      return all.length > 0 && all.every((f) => f.annotation === f.tex);
    }, WAIT)
    .toBe(true);
  const shown = { formulas: await formulas(page), presets: await currentPresets(page) };
  await page.close();
  return shown;
}

// Figure 2.3 of the paper, and a transposed convolution.
for (const url of ['?view=conv&i=5&k=3&s=1&p=1', '?view=transposed&i=5&k=3&s=2&p=1']) {
  test(`kernel key presses: formulas and preset links end as a fresh page shows them (${url})`, async ({
    page,
    context,
  }) => {
    const atStart = await fresh(context, url);
    const atFour = await fresh(context, url.replace('k=3', 'k=4'));
    expect(atFour.formulas.map((f) => f.tex)).not.toEqual(atStart.formulas.map((f) => f.tex));

    await page.goto(url);
    await expect.poll(() => formulas(page), WAIT).toEqual(atStart.formulas);
    const k = page.getByTestId('control-k-range');
    await k.focus();
    // Out of the preset the page opened with, past a two-digit size, and back to k = 4.
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(60);
    }
    await expect(k).toHaveValue('4');
    await expect.poll(() => formulas(page), WAIT).toEqual(atFour.formulas);
    await expect.poll(() => currentPresets(page), WAIT).toEqual(atFour.presets);

    // Back where the page opened: the formulas changed in place again, its preset current.
    await page.keyboard.press('ArrowLeft');
    await expect(k).toHaveValue('3');
    await expect.poll(() => formulas(page), WAIT).toEqual(atStart.formulas);
    await expect.poll(() => currentPresets(page), WAIT).toEqual(atStart.presets);
  });
}

// The frame that shows the new figure comes before the render of the panels: a task posted
// from that frame finds the figure changed and the code panel still as it was, and the panel
// follows. (A deferred render that React schedules at once runs before such a task.)
test('a kernel key press paints the figure before the panels under it are rewritten', async ({
  page,
}) => {
  await page.goto('?view=conv&i=5&k=3&s=1&p=1');
  const code = page.getByTestId('code-panel');
  await expect(code).toContainText('kernel_size=3');
  await expect(page.getByTestId('grid-output')).toHaveAttribute('data-cols', '5');
  await page.evaluate(() => {
    const seen: { cols: string | null; code: string }[] = [];
    (window as unknown as { seen: typeof seen }).seen = seen;
    window.addEventListener(
      'keydown',
      () =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () =>
            seen.push({
              cols: document
                .querySelector('[data-testid="grid-output"]')!
                .getAttribute('data-cols'),
              code: document.querySelector('[data-testid="code-panel"]')!.textContent ?? '',
            });
          channel.port2.postMessage(null);
        }),
      { capture: true, once: true },
    );
  });
  await page.getByTestId('control-k-range').focus();
  await page.keyboard.press('ArrowRight');
  await expect(code).toContainText('kernel_size=4');
  const [first] = await page.evaluate(
    () => (window as unknown as { seen: { cols: string | null; code: string }[] }).seen,
  );
  expect(first.cols).toBe('4');
  expect(first.code).toContain('kernel_size=3');
  expect(first.code).not.toContain('kernel_size=4');
});

/** Every control's value and the header's links: what a change must leave as a fresh page has them. */
function controlsAndLinks(page: Page) {
  return page.evaluate(() => ({
    controls: [...document.querySelectorAll<HTMLInputElement>('.view-controls input')].map(
      (input) =>
        `${input.dataset.testid ?? input.name}=${input.type === 'checkbox' || input.type === 'radio' ? input.checked : input.value}`,
    ),
    text: document.querySelector('.view-controls')?.textContent,
    links: [...document.querySelectorAll<HTMLAnchorElement>('.site-header nav a')].map((link) =>
      link.getAttribute('href'),
    ),
  }));
}

// The controls are rendered again only where their values changed, and the header's links
// follow a render later: a key press, a preset that changes several parameters at once, and
// Back must each end with every control and link as a page opened at that URL shows them.
for (const { url, key, preset } of [
  // Figure 2.7 changes the input size, the stride and the kernel back at once.
  { url: '?view=conv&i=5&k=3&s=1&p=1&num=1', key: 'control-k-range', preset: 'preset-2.7' },
  // A word for the padding: what it resolves to changes with the kernel.
  { url: '?view=conv&i=5&k=3&s=1&p=same', key: 'control-k-range', preset: 'preset-2.7' },
  // U-Net changes the input size and every layer.
  { url: '?view=stack&i=64', key: 'control-i-range', preset: 'preset-unet' },
]) {
  test(`controls and header links follow a key press, a preset and Back (${url})`, async ({
    page,
    context,
  }) => {
    const expected = async (at: string) => {
      const other = await context.newPage();
      await other.goto(at);
      await expect(other.getByTestId(key)).toBeVisible();
      const shown = await controlsAndLinks(other);
      await other.close();
      return shown;
    };
    await page.goto(url);
    const control = page.getByTestId(key);
    const before = await control.inputValue();
    await control.focus();
    await page.keyboard.press('ArrowRight');
    await expect(control).not.toHaveValue(before);
    await expect(page).not.toHaveURL(new RegExp(`\\${url}$`));
    const pressed = page.url();
    const afterPress = await expected(pressed);
    await expect.poll(() => controlsAndLinks(page), WAIT).toEqual(afterPress);

    await page.getByTestId(preset).click();
    await expect(page.getByTestId(preset)).toHaveAttribute('aria-current', 'true');
    const chosen = await expected(page.url());
    expect(chosen.controls).not.toEqual(afterPress.controls);
    expect(chosen.links).not.toEqual(afterPress.links);
    await expect.poll(() => controlsAndLinks(page), WAIT).toEqual(chosen);

    await page.goBack();
    await expect(page).toHaveURL(pressed);
    await expect.poll(() => controlsAndLinks(page), WAIT).toEqual(afterPress);
  });
}

// A control inside the panels shows its own change at once: with the panels a render late, a
// controlled switch would show its old state until then.
test('a switch inside the panels is checked as soon as it is clicked', async ({ page }) => {
  await page.goto('?view=mask&m=0,1;1,0&cond=a%20%3E%200');
  const old = page.getByLabel('PyTorch ≤ 1.1');
  await expect(old).not.toBeChecked();
  const checkedAfterClick = await old.evaluate((radio: HTMLInputElement) => {
    radio.click();
    return radio.checked;
  });
  expect(checkedAfterClick).toBe(true);
  await expect(page).toHaveURL(/torch=1\.1/);
  await expect(page.getByTestId('repl-output')).toContainText('dtype=torch.uint8');
});
