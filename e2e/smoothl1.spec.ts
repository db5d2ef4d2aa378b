import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { expectNoHorizontalScroll } from './support/exact';

/** The number a readout shows (it holds only the number). */
async function numberIn(locator: Locator): Promise<number> {
  const text = (await locator.textContent()) ?? '';
  expect(text.trim()).toMatch(/^-?\d+(\.\d+)?(e-?\d+)?$/);
  return Number(text);
}

async function expectNumber(locator: Locator, expected: number): Promise<void> {
  await expect
    .poll(async () => Math.abs((await numberIn(locator)) - expected))
    .toBeLessThan(1e-5 * Math.max(1, Math.abs(expected)));
}

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`?view=smoothl1${query}`);
  await expect(page.getByTestId('loss-value')).toBeVisible();
}

test.describe('Smooth L1 lab: probe', () => {
  // Expected values worked by hand from ½x²/β (|x| < β) and |x| − ½β, with β = 1/σ².
  const cases = [
    { query: '&beta=1&x=0.5', loss: 0.125, grad: 0.5 },
    { query: '&sigma=3&x=0.05', loss: 0.5 * 0.05 * 0.05 * 9, grad: 0.45 }, // β = 1/9 → 0.01125
    { query: '&beta=0.5&x=2', loss: 2 - 0.25, grad: 1 },
    { query: '&beta=1/9&x=0.5', loss: 0.5 - 1 / 18, grad: 1 },
    { query: '&sigma=0.5&x=1', loss: 0.5 / 4, grad: 0.25 }, // β = 4: still quadratic
    { query: '&beta=0&x=-1.5', loss: 1.5, grad: -1 }, // plain L1
  ];
  for (const { query, loss, grad } of cases) {
    test(`${query}: loss ${loss}, gradient ${grad}`, async ({ page }) => {
      await open(page, query);
      await expectNumber(page.getByTestId('loss-value'), loss);
      await expectNumber(page.getByTestId('grad-value'), grad);
      // At least 4 significant digits
      const digits = ((await page.getByTestId('loss-value').textContent()) ?? '')
        .replace(/e.*$/, '')
        .replace(/[-.]/g, '')
        .replace(/^0+/, '');
      expect(digits.length).toBeGreaterThanOrEqual(4);
    });
  }

  test('Huber_δ at the probe: δ = 2, x = 3 gives 2 · (3 − 1) = 4', async ({ page }) => {
    await open(page, '&delta=2&x=3');
    await expectNumber(page.getByTestId('huber-value'), 4);
  });

  test('β = 0 at x = 0: PyTorch’s subgradient is −1', async ({ page }) => {
    await open(page, '&beta=0&x=0');
    await expectNumber(page.getByTestId('loss-value'), 0);
    await expectNumber(page.getByTestId('grad-value'), -1);
    await expect(page.getByTestId('l1-note')).toContainText('returns −1 there');
  });

  test('arrow keys move the probe; Shift moves ten steps; Home goes to the left end', async ({
    page,
  }) => {
    await open(page, '&beta=1&x=0.5');
    const handle = page.getByRole('slider', { name: 'Probe x' });
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    // step 0.05 on [−3, 3]: x = 0.55, ½ · 0.55² = 0.15125
    await expectNumber(page.getByTestId('loss-value'), 0.15125);
    await expect(handle).toHaveAttribute('aria-valuenow', '0.55');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect(handle).toHaveAttribute('aria-valuenow', '0.05');
    await page.keyboard.press('Home');
    await expect(handle).toHaveAttribute('aria-valuenow', '-3');
    await expectNumber(page.getByTestId('loss-value'), 2.5);
    await expect(page).toHaveURL(/x=-3/);
  });

  test('pressing on the chart moves the probe there', async ({ page }) => {
    await open(page, '&beta=1&x=0.5');
    const chart = page.getByTestId('loss-chart');
    const box = (await chart.boundingBox())!;
    // The plot spans x ∈ [−3, 3] between the margins (56 px left, 18 px right).
    const left = box.x + 56;
    const right = box.x + box.width - 18;
    await page.mouse.move(left + (right - left) * 0.25, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(left + (right - left) * (2 / 3), box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    // 2/3 of the way is x = 1 (snapped to the 0.05 step): 1 − ½ = 0.5
    await expectNumber(page.getByTestId('loss-value'), 0.5);
    await expect(page).toHaveURL(/x=1(&|$)/);
  });

  test('zoom shows the region around the breakpoint and is in the URL', async ({ page }) => {
    await open(page, '&sigma=3&x=0.05');
    await expect(page.getByTestId('x-range')).toContainText('from −3 to 3');
    await page.getByTestId('zoom-toggle').click();
    await expect(page.getByTestId('x-range')).toContainText('from −0.2222 to 0.2222');
    await expect(page).toHaveURL(/zoom=1/);
    await page.reload();
    await expect(page.getByTestId('x-range')).toContainText('from −0.2222 to 0.2222');
  });

  test('σ = 3: a close-up of the breakpoints, and labels clear of each other and the probe', async ({
    page,
  }) => {
    await open(page, '&sigma=3');
    // 2β = 0.22 of a range of 6: the whole range stays, and a close-up shows |x| ≤ 2β
    await expect(page.getByTestId('closeup-caption')).toHaveText(
      'Close-up of the breakpoints: x from −0.2222 to 0.2222 (±2β), where the quadratic zone |x| < β is.',
    );
    await expect(page.getByTestId('closeup-chart-curve-sl1')).toBeVisible();
    const chart = page.getByTestId('loss-chart');
    const labels = chart.locator('.breakpoint-label');
    await expect(labels).toHaveText(['−β', 'β = 0.1111']);
    const [minus, plus] = [await labels.nth(0).boundingBox(), await labels.nth(1).boundingBox()];
    expect(minus!.x + minus!.width).toBeLessThanOrEqual(plus!.x);
    // neither label is crossed by the probe line (x = 0.5)
    const probe = (await chart.locator('.probe-line').first().boundingBox())!;
    for (const box of [minus!, plus!]) {
      const crossed = probe.x >= box.x && probe.x <= box.x + box.width;
      expect(crossed).toBe(false);
    }
    // zoomed in, the close-up is the chart itself
    await page.getByTestId('zoom-toggle').click();
    await expect(page.getByTestId('closeup-chart')).toHaveCount(0);
    // a β that is not small needs none
    await open(page, '&beta=1');
    await expect(page.getByTestId('closeup-chart')).toHaveCount(0);
  });

  test('Huber at δ = 1 coincides with Smooth L1 at β = 1: drawn on top, and said so', async ({
    page,
  }) => {
    await open(page, '&beta=1&delta=1');
    await expect(page.getByTestId('coincide-note')).toHaveText(
      'Huber (δ = 1) is the same curve as Smooth L1 (β = 1) here: drawn dashed on top of it.',
    );
    // painted after (over) Smooth L1, dashed
    const ids = await page
      .getByTestId('loss-chart')
      .locator('path[data-testid^="loss-curve-"]')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('data-testid')));
    expect(ids.indexOf('loss-curve-huber')).toBeGreaterThan(ids.indexOf('loss-curve-sl1'));
    await expect(page.getByTestId('loss-curve-huber')).toHaveAttribute('stroke-dasharray', /\d/);
    await open(page, '&beta=1&delta=2');
    await expect(page.getByTestId('coincide-note')).toHaveCount(0);
  });
});

test.describe('Smooth L1 lab: conversions and the misprint', () => {
  test('σ = 3 is β = 1/9; β = 1/4 is σ = 2', async ({ page }) => {
    await open(page, '&sigma=3');
    await expectNumber(page.getByTestId('beta-from-sigma'), 1 / 9);
    await open(page, '&beta=0.25');
    await expectNumber(page.getByTestId('sigma-from-beta'), 2);
    await expect(page.getByTestId('sigma-from-beta')).toHaveText('2.00000');
  });

  test('Huber_δ = δ · SmoothL1_(β=δ) at the probe', async ({ page }) => {
    // δ = 2, x = 1: SmoothL1_2(1) = ½ · 1 / 2 = 0.25, Huber_2(1) = ½ = 2 × 0.25
    await open(page, '&delta=2&x=1');
    const identity = page.getByTestId('huber-identity');
    await expect(identity).toContainText('2 × 0.250000');
    await expect(identity).toContainText('Huber_δ(x) = 0.500000');
  });

  test('switching to the σ form converts β and back', async ({ page }) => {
    await open(page, '&beta=1/9&x=0.05');
    await page.getByRole('radio', { name: /σ \(caffe/ }).check();
    await expect(page).toHaveURL(/sigma=3/);
    await expect(page).not.toHaveURL(/beta=/);
    await expect(page.getByTestId('sigma-input')).toHaveValue('3');
    await expectNumber(page.getByTestId('loss-value'), 0.01125);
    await page.getByRole('radio', { name: /β \(PyTorch/ }).check();
    await expect(page).toHaveURL(/beta=1\/9/);
    await expect(page.getByTestId('beta-input')).toHaveValue('1/9');
  });

  test('σ wins when the link gives both', async ({ page }) => {
    await open(page, '&beta=0.5&sigma=2&x=0.1');
    // β = 1/σ² = 0.25: ½ · 0.01 / 0.25 = 0.02
    await expectNumber(page.getByTestId('loss-value'), 0.02);
    await expect(page.getByText('sigma wins')).toBeVisible();
  });

  test('the misprint jumps at |x| = 1/σ²; its curve can be toggled', async ({ page }) => {
    await open(page, '&sigma=3&x=0.1');
    await expect(page.getByTestId('misprint-jump')).toContainText('a jump of −0.4444');
    // ½(σ²x)² = ½ · 0.9² = 0.405
    await expectNumber(page.getByTestId('misprint-value'), 0.405);
    await expect(page.getByTestId('loss-curve-misprint')).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Show the misprint curve' }).check();
    await expect(page.getByTestId('loss-curve-misprint')).toHaveCount(1);
    await expect(page).toHaveURL(/show=sl1,l1,l2,huber,misprint/);
    await expect(page.getByTestId('loss-chart')).toContainText('misprint jumps by −0.4444');
  });
});

test.describe('Smooth L1 lab: URL and history', () => {
  test('controls round-trip through the URL', async ({ page }) => {
    await open(page, '');
    await page.getByTestId('beta-input').fill('0.5');
    await page.getByTestId('delta-input').fill('2');
    await page.getByTestId('x-input').fill('0.3');
    await page.getByTestId('show-l2').uncheck();
    await expect(page).toHaveURL(/\?view=smoothl1&beta=0.5&delta=2&x=0.3&show=sl1,l1,huber$/);
    await page.reload();
    await expect(page.getByTestId('beta-input')).toHaveValue('0.5');
    await expect(page.getByTestId('delta-input')).toHaveValue('2');
    await expect(page.getByTestId('show-l2')).not.toBeChecked();
    // ½ · 0.09 / 0.5 = 0.09
    await expectNumber(page.getByTestId('loss-value'), 0.09);
    await expect(page.getByTestId('loss-curve-l2')).toHaveCount(0);
  });

  test('back and forward restore earlier parameters', async ({ page }) => {
    await open(page, '&x=0.5');
    await page.getByTestId('beta-input').fill('0.25');
    await expect(page).toHaveURL(/beta=0.25/);
    await page.getByTestId('zoom-toggle').click();
    await expect(page).toHaveURL(/zoom=1/);
    await page.goBack();
    await expect(page).not.toHaveURL(/zoom=1/);
    await expect(page.getByTestId('zoom-toggle')).toHaveAttribute('aria-pressed', 'false');
    await page.goBack();
    await expect(page.getByTestId('beta-input')).toHaveValue('1');
    await expectNumber(page.getByTestId('loss-value'), 0.125);
    await page.goForward();
    await expect(page.getByTestId('beta-input')).toHaveValue('0.25');
    // x = 0.5 ≥ β = 0.25: 0.5 − 0.125
    await expectNumber(page.getByTestId('loss-value'), 0.375);
  });
});

test.describe('Smooth L1 lab: bad input', () => {
  test('typed values PyTorch refuses are explained; the plot keeps the last valid curve', async ({
    page,
  }) => {
    await open(page, '&x=0.5');
    const beta = page.getByTestId('beta-input');
    await beta.fill('0.5');
    await expectNumber(page.getByTestId('loss-value'), 0.25);
    const curve = page.getByTestId('loss-curve-sl1');
    const before = await curve.getAttribute('d');

    await beta.fill('-1');
    await expect(page.getByTestId('param-error')).toContainText(
      'smooth_l1_loss does not support negative values for beta',
    );
    await expect(beta).toHaveValue('-1');
    await expect(beta).toHaveAttribute('aria-invalid', 'true');
    await expectNumber(page.getByTestId('loss-value'), 0.25);
    expect(await curve.getAttribute('d')).toBe(before);
    await expect(page).toHaveURL(/beta=0.5/);

    await beta.fill('abc');
    await expect(page.getByTestId('param-error')).toContainText('must be a number');
    expect(await curve.getAttribute('d')).toBe(before);

    const delta = page.getByTestId('delta-input');
    await delta.fill('0');
    await expect(page.getByTestId('delta-error')).toContainText(
      'huber_loss does not support non-positive values for delta',
    );
    await expectNumber(page.getByTestId('huber-value'), 0.125);
  });

  const urlCases = [
    ['&beta=-1', 'beta: smooth_l1_loss does not support negative values for beta'],
    ['&delta=0', 'delta: huber_loss does not support non-positive values for delta'],
    ['&beta=abc', 'beta: “abc” is not a number; beta must be a number ≥ 0'],
    ['&sigma=-2', 'sigma: sigma must be positive (β = 1/σ²)'],
  ];
  for (const [query, message] of urlCases) {
    test(`${query} in the link gives a notice and the defaults`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await open(page, `${query}&x=0.5`);
      await expect(page.getByTestId('notice')).toContainText(message);
      await expectNumber(page.getByTestId('loss-value'), 0.125);
      // x = 0.5 is the default, so the corrected link is the bare view
      await expect(page).toHaveURL(/\?view=smoothl1$/);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('Smooth L1 lab: accessibility', () => {
  for (const width of [1280, 375]) {
    test(`no axe violations at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page, '&sigma=3&x=0.05&show=sl1,l1,l2,huber,misprint');
      await expect(page.locator('math').first()).toBeAttached();
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
    });
  }

  for (const width of [700, 800, 959]) {
    test(`the parameter column’s formulas fit without scrolling at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const form of ['', '&sigma=3']) {
        await open(page, form);
        const formulas = page.locator('.loss-params .formula-display');
        await expect(formulas.first().locator('.katex')).toBeVisible();
        await expect(formulas.nth(1).locator('.katex')).toBeVisible();
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const sides = await formulas.evaluateAll((all) =>
          all.map((f) => [f.getAttribute('data-tex')?.slice(0, 24), f.scrollWidth - f.clientWidth]),
        );
        expect(sides).toHaveLength(2);
        for (const [tex, overflow] of sides) expect(overflow, String(tex)).toBeLessThanOrEqual(1);
        await expect(page.locator('.loss-params .formula-display[tabindex]')).toHaveCount(0);
      }
    });
  }

  test('no axe violations with an input error showing', async ({ page }) => {
    await open(page, '');
    await page.getByTestId('beta-input').fill('-1');
    await expect(page.getByTestId('param-error')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('Smooth L1 lab on a phone', () => {
  for (const lang of ['en', 'zh']) {
    test(`a name and its value, "β = 0.1111", stay on one line at 375 px (${lang})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(`?view=smoothl1&sigma=3&lang=${lang}`);
      await expect(page.getByTestId('sigma-input')).toBeVisible();
      // Every "β = 0.1111", "σ = 3", "x = 1.5" in the page's text, and the lines it is drawn on.
      const pairs = await page.evaluate(() => {
        const found: { text: string; lines: number }[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('svg, code, pre, script, style')) continue;
          for (const m of (node.textContent ?? '').matchAll(
            /[βσδx][\s\u00a0]=[\s\u00a0][−\d.]+/g,
          )) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.bottom)));
            if (tops.size) found.push({ text: m[0], lines: tops.size });
          }
        }
        return found;
      });
      expect(pairs.length).toBeGreaterThan(3);
      expect(pairs.filter((p) => p.lines > 1)).toEqual([]);
    });
  }
});
