import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { expectNoHorizontalScroll, pastPanelEdge } from './support/exact';
import { afterFrame, cellLabel, hoverCell, readGridValues } from './support/grid';

// Chapter 4's figures with the sizes and relationships the paper gives.
const FIGURES = [
  { figure: '4.1', size: '4 × 4', rel: 8 },
  { figure: '4.2', size: '5 × 5', rel: 9 },
  { figure: '4.3', size: '5 × 5', rel: 10 },
  { figure: '4.4', size: '5 × 5', rel: 11 },
  { figure: '4.5', size: '5 × 5', rel: 12 },
  { figure: '4.6', size: '5 × 5', rel: 13 },
  { figure: '4.7', size: '6 × 6', rel: 14 },
];

test.describe('transposed presets', () => {
  for (const { figure, size, rel } of FIGURES) {
    test(`figure ${figure}: ${size}, Relationship ${rel}`, async ({ page }) => {
      await page.goto('?view=transposed');
      await page.getByTestId(`preset-${figure}`).click();
      await expect(page.getByTestId('output-size')).toHaveText(size);
      await expect(page.getByTestId('relationship')).toHaveText(
        new RegExp(`^Relationship ${rel}\\b`),
      );
      await page.reload();
      await expect(page.getByTestId('output-size')).toHaveText(size);
    });
  }

  test('output padding a ≥ s is outside the paper and gets the general formula', async ({
    page,
  }) => {
    // issue 11 reproducer: dilation 3 > stride 1 lets output_padding reach 1 ≥ s
    await page.goto('?view=transposed&i=8&k=2&s=1&p=0&d=3&op=1');
    const rel = page.getByTestId('relationship');
    await expect(rel).toHaveText(/^None of the paper’s relationships/);
    await expect(rel.locator('strong')).toHaveText('None of the paper’s relationships');
    await expect(rel).toContainText("a = 1 ≥ s = 1: none of the paper's relationships covers this");
    await expect(rel).toContainText('o′ = s(i′ − 1) + a + d(k − 1) + 1 − 2p');
    // (8 − 1)·1 + 1 + 3·(2 − 1) + 1 − 0 = 12
    await expect(page.getByTestId('output-size')).toHaveText('12 × 12');
  });

  test('figure 4.7 notes the caption typo', async ({ page }) => {
    await page.goto('?view=transposed');
    await expect(page.getByTestId('preset-4.7')).toContainText('typo for 3 × 3');
  });
});

test.describe('three views, one operation', () => {
  test('the equivalent convolution, the scatter and Cᵀx give the same numbers, and they are right', async ({
    page,
  }) => {
    // figure 4.7 with numbers; at the clock's last step the scatter holds every sum
    await page.goto('?view=transposed&i=3&k=3&s=2&p=1&op=1&num=1&seed=3&t=35');
    const x = await readGridValues(page, 'grid-in');
    const w = await readGridValues(page, 'grid-kernel', 'weight');
    // Transposed convolution computed here: stamp x[n]·w at 2n − 1 (s = 2, p = 1), keep 0…5.
    const expected = Array.from({ length: 6 }, () => new Array<number>(6).fill(0));
    for (let r = 0; r < 3; r++)
      for (let c = 0; c < 3; c++)
        for (let a = 0; a < 3; a++)
          for (let b = 0; b < 3; b++) {
            const [orow, ocol] = [2 * r - 1 + a, 2 * c - 1 + b];
            if (orow >= 0 && orow < 6 && ocol >= 0 && ocol < 6)
              expected[orow][ocol] += x[r][c] * w[a][b];
          }
    expect(await readGridValues(page, 'grid-output')).toEqual(expected);
    const y = await readGridValues(page, 'vector-y');
    expect(y.map((row) => row[0])).toEqual(expected.flat());
    const scatter = await readGridValues(page, 'grid-scatter', 'sum');
    expect(scatter.slice(1, 7).map((row) => row.slice(1, 7))).toEqual(expected);
  });

  test('hovering a matrix entry lights the two cells it connects in the grids', async ({
    page,
  }) => {
    await page.goto('?view=transposed&i=2&k=3&s=2&p=0');
    // C is 4 × 25; row 0 (input (0, 0)) reaches output (0, 0) through tap (0, 0)
    await hoverCell(page, 'grid-matrix', 0, 0);
    const summary = page.getByTestId('link-summary');
    await expect(summary).toContainText('C[0, 0] = w(0, 0): input (0, 0) reaches output (0, 0)');
    await expect(summary).toHaveAttribute('data-inputs', '1');
    await expect(summary).toHaveAttribute('data-outputs', '1');
    await hoverCell(page, 'grid-matrix', 0, 24);
    await expect(summary).toContainText('C[0, 24] = 0');
  });

  test('hovering an output cell shows its overlap count, and the input it comes from', async ({
    page,
  }) => {
    await page.goto('?view=transposed&i=3&k=3&s=2&p=0');
    // output (2, 2) = input (1, 1)·w(0, 0) + the other three neighbours' corner taps: 4 stamps
    await hoverCell(page, 'grid-output', 2, 2);
    await expect(page.getByTestId('link-summary')).toContainText(
      'Output (2, 2) receives 4 stamps (overlap count 4)',
    );
    await expect(page.getByTestId('link-summary')).toHaveAttribute('data-inputs', '4');
    await hoverCell(page, 'grid-in', 1, 1);
    await expect(page.getByTestId('link-summary')).toContainText(
      'Input (1, 1) stamps the kernel onto 9 cells',
    );
  });

  test('the sentence about the cell keeps its panel as tall as its lines', async ({ page }) => {
    // The sentence is laid out in a box of its own at a held height: the panel must hold all
    // of it, however many lines it takes, and the scatter must start below it.
    // Read once a frame has been produced: the box takes its content's height from a
    // ResizeObserver, which reports after layout and before paint, so a read between a render
    // and its frame may see the height of the frame before.
    const gap = async () => {
      await afterFrame(page);
      return page.evaluate(() => {
        const text = document.querySelector('[data-testid="link-summary"]')!;
        const box = text.closest('.held-height')!;
        const scatter = document.querySelector('[data-testid="scatter-panel"]')!;
        return {
          box: box.getBoundingClientRect().height,
          text: text.getBoundingClientRect().height,
          below: scatter.getBoundingClientRect().top - text.getBoundingClientRect().bottom,
        };
      });
    };
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('?view=transposed&i=3&k=3&s=2&p=0');
    const summary = page.getByTestId('link-summary');
    await expect(summary).toContainText('Output (0, 0) receives 1 stamp');
    const resting = await gap();
    expect(resting.box).toBe(resting.text);
    // Pinned, the sentence gains the button to unpin it and takes more lines.
    await page.getByTestId('grid-output').locator('.grid-focus').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(summary.getByRole('button')).toBeVisible();
    const pinned = await gap();
    expect(pinned.text).toBeGreaterThan(resting.text);
    expect(pinned.box).toBe(pinned.text);
    expect(pinned.below).toBe(resting.below);
  });

  test('one clock: both panels compute the same output at each step, and no further', async ({
    page,
  }) => {
    // figure 4.6 with numbers at step 13: output (2, 2), full result (3, 3) of the scatter
    await page.goto('?view=transposed&i=3&k=3&s=2&p=1&num=1&seed=3&t=12');
    await expect(page.getByTestId('play')).toHaveCount(1);
    const note = page.getByTestId('scatter-step');
    await expect(note).toContainText('step 13 of 25: output (2, 2)');
    // output (2, 2) lies under input (1, 1)'s centre tap alone
    await expect(note).toContainText('the sum of 1 stamp');
    const eq = await cellLabel(page, 'grid-output', 2, 2);
    const value = /value ([−\d.]+)\./.exec(eq)?.[1];
    expect(value).toBeDefined();
    expect(await cellLabel(page, 'grid-scatter', 3, 3)).toContain(
      `output (2, 2), 1 overlapping stamp, sum ${value}.`,
    );
    // the next output has not been computed in either panel
    expect(await cellLabel(page, 'grid-output', 2, 3)).toContain('not computed yet');
    expect(await cellLabel(page, 'grid-scatter', 3, 4)).toContain(
      'output (2, 3), not computed yet, 2 overlapping stamps.',
    );
    // one step on, in the one animation bar: both panels move to output (2, 3)
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(note).toContainText('step 14 of 25: output (2, 3)');
    await expect(note).toContainText('the sum of 2 stamps');
    await expect(page).toHaveURL(/t=13/);
    expect(await cellLabel(page, 'grid-output', 2, 3)).toMatch(/value [−\d.]+\./);
  });

  test('the heat map grows with the clock and has a colour scale', async ({ page }) => {
    await page.goto('?view=transposed&i=3&k=3&s=2&p=1&heat=1&t=0');
    const figure = page.getByTestId('scatter-figure');
    await expect(page.getByTestId('heat-legend')).toContainText('Stamps on a cell (overlap count)');
    await expect(page.getByTestId('heat-legend').locator('li')).toHaveText([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6 or more',
    ]);
    // the first step shows one output's count, the next one two
    await expect(figure).toHaveAttribute('data-shown', '1');
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(figure).toHaveAttribute('data-shown', '2');
    // at the last step every cell of the 7 × 7 full result, the cropped frame too
    await page.goto('?view=transposed&i=3&k=3&s=2&p=1&heat=1&t=24');
    await expect(figure).toHaveAttribute('data-shown', '49');
  });

  test('the overlap heat map is a URL state', async ({ page }) => {
    await page.goto('?view=transposed&i=3&k=3&s=2&p=1');
    await page.getByTestId('toggle-heat').check();
    await expect(page).toHaveURL(/heat=1/);
    await page.reload();
    await expect(page.getByTestId('toggle-heat')).toBeChecked();
  });
});

test.describe('shapes', () => {
  test('output padding at or above max(stride, dilation) is refused, with the fix', async ({
    page,
  }) => {
    await page.goto('?view=transposed&i=3&k=3&s=2&p=1&op=2');
    await expect(page.getByTestId('config-error')).toContainText(
      'output padding must be smaller than either stride or dilation: output_padding 2 on axis 0 (height) needs to be < max(stride 2, dilation 1) = 2',
    );
    await page.getByTestId('fix-nearest').click();
    await expect(page).toHaveURL(/op=1/);
    await expect(page.getByTestId('output-size')).toHaveText('6 × 6');
  });

  test('lists the direct convolutions it transposes', async ({ page }) => {
    await page.goto('?view=transposed&i=3&k=3&s=2&p=1');
    const list = page.getByTestId('direct-convs');
    // The tables are folded under the link back; a click opens them.
    await expect(list).toBeHidden();
    await expect(page.getByTestId('back-to-conv')).toBeVisible();
    await page.getByTestId('shape-details').locator('summary').click();
    await expect(list).toBeVisible();
    await expect(page.getByTestId('equivalent-table')).toContainText('Stretched input');
    await expect(list).toContainText('5 × 5 with output_padding = 0');
    await expect(list).toContainText('6 × 6 with output_padding = 1');
    await expect(list.locator('li')).toHaveCount(4);
  });

  test('transpose this convolution, and back', async ({ page }) => {
    await page.goto('?view=conv&i=6&k=3&s=2&p=1');
    await page.getByTestId('transpose-link').click();
    await expect(page).toHaveURL(/\?view=transposed&i=3&k=3&s=2&p=1&op=1$/);
    await expect(page.getByTestId('output-size')).toHaveText('6 × 6');
    await page.getByTestId('back-to-conv').click();
    await expect(page).toHaveURL(/\?view=conv&i=6&k=3&s=2&p=1$/);
    await expect(page.getByTestId('output-size')).toHaveText('3 × 3');
    await page.goBack();
    await expect(page.getByTestId('output-size')).toHaveText('6 × 6');
  });

  test('a URL change survives a reload, and garbage gives a notice', async ({ page }) => {
    await page.goto('?view=transposed&i=3&k=3&s=2&p=1');
    await page.getByTestId('control-op-field').fill('1');
    await expect(page).toHaveURL(/op=1/);
    await page.reload();
    await expect(page.getByTestId('control-op-field')).toHaveValue('1');
    await page.goto('?view=transposed&i=x&op=99');
    await expect(page.getByTestId('notice')).toContainText(
      'op: 99 is above the maximum 7; using 7.',
    );
    await expect(page.getByTestId('config-error')).toBeVisible();
  });

  test('a DCGAN upsample: y stays beside Cᵀ row by row, and the page stays short', async ({
    page,
  }) => {
    for (const [width, height] of [
      [1400, 900],
      [800, 900],
      [375, 800],
    ]) {
      await page.setViewportSize({ width, height });
      await page.goto('?view=transposed&i=8&k=4&s=2&p=1');
      await expect(page.getByTestId('grid-matrix-t')).toBeVisible();
      await expect(page.locator('.relationship .katex').first()).toBeVisible();
      // both boxes in one frame: formulas typeset later move everything down
      const [y, ct] = await page.evaluate(() =>
        ['vector-y', 'grid-matrix-t'].map((id) => {
          const box = document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
          return { x: box.x, y: box.y, width: box.width, height: box.height };
        }),
      );
      // 256 entries of y beside the 256 rows of Cᵀ: same top, same height, y to the left
      expect(await page.getByTestId('vector-y').getAttribute('data-rows')).toBe('256');
      expect(await page.getByTestId('grid-matrix-t').getAttribute('data-rows')).toBe('256');
      expect(Math.abs(y.y - ct.y)).toBeLessThan(1);
      expect(Math.abs(y.height - ct.height)).toBeLessThan(1);
      expect(y.x + y.width).toBeLessThanOrEqual(ct.x);
      const tall = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(tall, `page height at ${width} px`).toBeLessThan(4000);
    }
  });

  test('the folded matrix, opened after a pin, shows what a page that opened it first shows', async ({
    page,
  }) => {
    // Folded, C is not laid out: it is painted after the frame, without reading its place, and
    // when too large to paint whole (256 × 324 below) it paints nothing until it is shown.
    await page.setViewportSize({ width: 1400, height: 1000 });
    const picture = async (url: string, openFirst: boolean) => {
      await page.goto(url);
      const folded = page.getByTestId('matrix-c-folded');
      const open = async () => {
        await folded.locator('summary').focus();
        await page.keyboard.press('Enter');
        await expect(folded).toHaveAttribute('open', '');
      };
      if (openFirst) await open();
      await cellLabel(page, 'grid-output', 2, 2);
      const cell = page.getByTestId('grid-output').locator('.grid-focus');
      await cell.focus();
      await expect(cell).toHaveAttribute('data-row', '2');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('link-summary')).toContainText('Output (2, 2)');
      if (!openFirst) await open();
      await expect(page.getByTestId('link-summary')).toContainText('Output (2, 2)');
      const matrix = page.getByTestId('grid-matrix');
      // The same place on the screen in both: a windowed grid paints the block in view.
      await matrix.evaluate((element) =>
        scrollTo(0, Math.round(element.getBoundingClientRect().top + scrollY - 100)),
      );
      await afterFrame(page);
      await afterFrame(page);
      return matrix.screenshot();
    };
    for (const url of ['?view=transposed&i=6&k=3&s=1&p=0', '?view=transposed&i=16&k=3&s=1&p=0']) {
      const first = await picture(url, true);
      const after = await picture(url, false);
      expect(after.equals(first), url).toBe(true);
    }
  });

  test('a matrix too large to draw is described instead', async ({ page }) => {
    await page.goto('?view=transposed&i=24&k=3&s=2&p=1');
    await expect(page.getByTestId('matrix-too-large')).toContainText('C would be 576 × 2209');
  });
});

test.describe('accessibility', () => {
  test('no axe violations, desktop and 375 px', async ({ page }) => {
    await page.goto('?view=transposed&i=3&k=3&s=2&p=1&op=1&num=1&heat=1');
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
  });
});

test.describe('the scatter fits its panel', () => {
  // The input's values need 16 px cells; a 32 × 32 input at 800 px has room for 14 px, at
  // 375 px for 9 px: its cells then shrink to the panel instead of running past it.
  for (const width of [1400, 800, 375]) {
    test(`a 32 × 32 input with numbers at ${width} px stays inside the panel`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('?view=transposed&i=32&k=4&s=2&p=1&num=1');
      const input = page.getByTestId('grid-in');
      await expect(input).toBeVisible();
      expect(await pastPanelEdge(input)).toBeLessThanOrEqual(0.5);
      const edges = await input.evaluate((grid) => ({
        cols: Number(grid.getAttribute('data-cols')),
        width: grid.getBoundingClientRect().width,
      }));
      // Still one cell per input value, each at least 6 px.
      expect(edges.cols).toBe(32);
      expect((edges.width - 2) / edges.cols).toBeGreaterThanOrEqual(6);
    });
  }
});
