import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { expectNoHorizontalScroll } from './support/exact';
import { afterFrame, hoverCell } from './support/grid';

/** A size as the page writes it: no-break spaces around ×, so it never breaks across lines. */
const size = (text: string) => text.replaceAll(' ', '\u00a0');

const shapes = async (page: Page, count: number) => {
  const out: string[] = [];
  for (let n = 0; n < count; n++)
    out.push((await page.getByTestId(`stack-shape-${n}`).textContent()) ?? '');
  return out;
};

test.describe('stack sizes from the URL', () => {
  test('the issue example: sizes and receptive fields after every layer', async ({ page }) => {
    await page.goto('?view=stack&i=224&L=c7s2p3,m3s2p1,c3p1,c3s2p1');
    // 224 → ⌊(224 + 6 − 7)/2⌋ + 1 = 112 → ⌊(112 + 2 − 3)/2⌋ + 1 = 56 → 56 → 28
    expect(await shapes(page, 5)).toEqual(
      ['224 × 224', '112 × 112', '56 × 56', '56 × 56', '28 × 28'].map(size),
    );
    // r = 1 + 6·1 + 2·2 + 2·4 + 2·4 = 27
    await expect(page.getByTestId('stack-rf-4')).toHaveText('27 × 27');
    await expect(page.getByTestId('stack-rf-1')).toHaveText('7 × 7');
    await expect(page.getByTestId('stack-output')).toHaveText('28 × 28');
    await expect(page.getByTestId('config-error')).toHaveCount(0);
  });

  test('per-axis sizes', async ({ page }) => {
    await page.goto('?view=stack&i=9,6&L=c3x1s1x2g1,m2');
    // a closing x2 would be channels: g1 ends the token. Height ⌊(9 − 3)/1⌋ + 1 = 7, width
    // ⌊(6 − 1)/2⌋ + 1 = 3; then ⌊7/2⌋ = 3, ⌊3/2⌋ = 1
    expect(await shapes(page, 3)).toEqual(['9 × 6', '7 × 3', '3 × 1'].map(size));
  });
});

test.describe('a refused layer', () => {
  test('is marked in the table, explained with "layer N" and fixed in one click', async ({
    page,
  }) => {
    await page.goto('?view=stack&i=5&L=c3,c4');
    const error = page.getByTestId('config-error');
    await expect(error).toContainText('layer 2:');
    await expect(error).toContainText('4');
    await expect(page.getByTestId('stack-row-2')).toHaveClass(/refused/);
    await expect(page.getByTestId('stack-row-2')).toContainText('refused by PyTorch');
    await expect(page.getByTestId('stack-shape-1')).toHaveText('3 × 3');
    await expect(page.getByTestId('stack-shape-2')).toHaveText('—');
    await expect(page.getByTestId('grid-map-2')).toHaveCount(0);
    await page.getByTestId('fix-nearest').click();
    await expect(error).toHaveCount(0);
    await expect(page.getByTestId('stack-shape-2')).not.toHaveText('—');
    await expect(page).not.toHaveURL(/L=c3,c4(&|$)/);
  });

  test("padding='same' with a stride is refused when the layers are built", async ({ page }) => {
    await page.goto('?view=stack&i=8&L=c3p1,c3s2psame');
    await expect(page.getByTestId('config-error')).toContainText('layer 2:');
    await expect(page.getByTestId('code-pytorch')).toContainText(
      '# building nn.Sequential raises: layer 2:',
    );
  });

  test('an unreadable layer is left out and named in the notice', async ({ page }) => {
    await page.goto('?view=stack&i=8&L=c3,q2,m2');
    await expect(page.getByTestId('notice')).toContainText('could not read layer 2 “q2”');
    await expect(page.getByTestId('layer-text-2')).toHaveValue('m2');
    await expect(page).toHaveURL(/L=c3,m2/);
  });
});

test.describe('linked maps', () => {
  test('hovering a cell lights the earlier maps and the later one, by paths', async ({ page }) => {
    // 9 → 7 → 5 → 3 with three 3 × 3 convolutions
    await page.goto('?view=stack&i=9&L=c3,c3,c3');
    await page.getByText('Linked rows and columns, map by map').click();
    await hoverCell(page, 'grid-map-2', 2, 2);
    // map 2 cell (2, 2) sees map 1 rows 2–4 and the input rows 2–6; it reaches map 3 rows 0–2
    await expect(page.getByTestId('stack-map-2')).toHaveAttribute('data-linked', '1');
    await expect(page.getByTestId('stack-map-1')).toHaveAttribute('data-linked', '9');
    await expect(page.getByTestId('stack-map-0')).toHaveAttribute('data-linked', '25');
    await expect(page.getByTestId('stack-map-3')).toHaveAttribute('data-linked', '9');
    // the input's centre is reached by 3 paths per axis: 9
    await expect(page.getByTestId('stack-map-0')).toHaveAttribute('data-max-paths', '9');
    await expect(page.getByTestId('link-summary')).toContainText(
      'cell (2, 2) of the output of layer 2',
    );
    await expect(page.getByTestId('stack-links-0')).toContainText('rows 2–6, columns 2–6');
    await expect(page.getByTestId('stack-links-3')).toContainText('rows 0–2, columns 0–2');
  });

  test('dilation leaves holes: a DeepLab cell sees every sixth input cell', async ({ page }) => {
    await page.goto('?view=stack&i=65&L=c3p6d6,c3p12d12,c3p18d18');
    await page.getByText('Linked rows and columns, map by map').click();
    // default: the centre of the output, (32, 32); r = 1 + 12 + 24 + 36 = 73 spans past both ends
    await expect(page.getByTestId('stack-links-0')).toContainText('every 6th');
    await expect(page.getByTestId('stack-rf-3')).toHaveText('73 × 73');
  });

  test('keyboard: the arrow keys move the linked cell', async ({ page }) => {
    await page.goto('?view=stack&i=9&L=c3,c3,c3');
    const cell = page.getByTestId('grid-map-3').locator('.grid-focus');
    await cell.focus();
    await expect(page.getByTestId('link-summary')).toContainText(
      'cell (0, 0) of the output of layer 3',
    );
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('link-summary')).toContainText(
      'cell (1, 1) of the output of layer 3',
    );
    await expect(cell).toHaveAttribute('aria-label', /Layer 3 · Conv2d, row 1, column 1/);
  });
});

test.describe('editing layers', () => {
  test('edit, add, move and remove by keyboard; the URL follows, reload and back work', async ({
    page,
  }) => {
    await page.goto('?view=stack&i=16&L=c3,m2');
    const first = page.getByTestId('layer-text-1');
    await first.fill('c5p2');
    await expect(page).toHaveURL(/L=c5p2,m2/);
    await expect(page.getByTestId('stack-shape-1')).toHaveText('16 × 16');
    // add a transposed layer that doubles the size
    await page.getByTestId('layer-kind').selectOption('convTranspose');
    await page.getByTestId('layer-add').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('layer-text-3')).toBeFocused();
    await expect(page).toHaveURL(/L=c5p2,m2,t2s2/);
    await expect(page.getByTestId('stack-shape-3')).toHaveText('16 × 16');
    // move the pool down: the focus follows it
    await page.getByTestId('layer-down-2').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/L=c5p2,t2s2,m2/);
    await expect(page.getByTestId('layer-down-3')).toBeDisabled();
    await expect(page.getByTestId('layer-up-3')).toBeFocused();
    await expect(page.getByTestId('stack-shape-2')).toHaveText('32 × 32');
    await page.reload();
    await expect(page.getByTestId('layer-text-2')).toHaveValue('t2s2');
    await expect(page.getByTestId('stack-shape-3')).toHaveText('16 × 16');
    // remove the transposed layer
    await page.getByTestId('layer-remove-2').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/L=c5p2,m2(&|$)/);
    await page.goBack();
    await expect(page).toHaveURL(/L=c5p2,t2s2,m2/);
    await expect(page.getByTestId('layer-text-2')).toHaveValue('t2s2');
  });

  test('a layer text that cannot be read stays in the box with the reason', async ({ page }) => {
    await page.goto('?view=stack&i=16&L=c3,m2');
    await page.getByTestId('layer-text-2').fill('m2o1');
    await expect(page.getByText('MaxPool2d takes no output padding (o)')).toBeVisible();
    await expect(page).toHaveURL(/L=c3,m2(&|$)/);
  });

  test('"open" takes a layer to its own view with its exact input size', async ({ page }) => {
    await page.goto('?view=stack&i=32&L=c3p1,m3s2p1');
    await page.getByTestId('stack-open-2').click();
    await expect(page).toHaveURL(/view=pool&i=32&k=3&s=2&p=1&mode=max/);
    await expect(page.getByTestId('output-size')).toHaveText('16 × 16');
  });
});

test.describe('networks', () => {
  const NETWORKS = [
    // [preset, last map, its size, its receptive field (direct stacks)]
    ['alexnet', 8, '6 × 6', '195 × 195'],
    ['vgg16', 18, '7 × 7', '212 × 212'],
    ['resnet50', 14, '7 × 7', null],
    ['unet', 18, '160 × 160', null],
    ['dcgan', 5, '64 × 64', null],
    ['deeplab', 3, '65 × 65', '73 × 73'],
  ] as const;
  for (const [id, last, size, rf] of NETWORKS) {
    test(`${id}: ${size}`, async ({ page }) => {
      await page.goto('?view=stack&L=c3');
      await page.getByTestId(`preset-${id}`).click();
      await expect(page.getByTestId(`preset-${id}`)).toHaveAttribute('aria-current', 'true');
      await expect(page.getByTestId(`stack-shape-${last}`)).toHaveText(size);
      if (rf) await expect(page.getByTestId(`stack-rf-${last}`)).toHaveText(rf);
      await expect(page.getByTestId('config-error')).toHaveCount(0);
    });
  }

  test('U-Net at 161: the first pool drops a row, the decoder comes back one short', async ({
    page,
  }) => {
    await page.goto('?view=stack&L=c3');
    await page.getByTestId('preset-unet').click();
    await expect(page.getByTestId('stack-shape-0')).toHaveText('161 × 161');
    await expect(page.getByTestId('stack-shape-2')).toHaveText('80 × 80');
  });
});

test.describe('the sentence about the focused cell', () => {
  test('sits under the maps, which it never moves, in a box as tall as its lines', async ({
    page,
  }) => {
    // Its box is laid out on its own at a held height: the legend below must start where the
    // sentence ends, however many lines it takes, and the maps above must stay where they are
    // (a sentence above them moved the cell under the pointer when it took another line).
    const places = async () => {
      await afterFrame(page);
      return page.evaluate(() => {
        const text = document.querySelector('[data-testid="link-summary"]')!;
        const maps = document.querySelector('[data-testid="stack-maps"]')!;
        const legend = text.closest('.stack-picture')!.querySelector('.legend')!;
        const box = text.closest('.held-height')!;
        const heading = document.querySelector('#stack-picture-title')!;
        return {
          box: box.getBoundingClientRect().height,
          text: text.getBoundingClientRect().height,
          // Under the panel's heading: what moves above the panel moves both.
          maps: maps.getBoundingClientRect().top - heading.getBoundingClientRect().top,
          above: text.getBoundingClientRect().top - maps.getBoundingClientRect().bottom,
          below: legend.getBoundingClientRect().top - text.getBoundingClientRect().bottom,
        };
      });
    };
    await page.goto('?view=stack&i=64');
    const summary = page.getByTestId('link-summary');
    await expect(summary).toContainText('Until you pick a cell');
    const resting = await places();
    expect(resting.box).toBe(resting.text);
    expect(resting.above).toBeGreaterThan(0);
    await hoverCell(page, 'grid-map-0', 3, 5);
    await expect(summary).toContainText('(3, 5)');
    const hovered = await places();
    // At 1280 px the resting sentence takes two lines and this one one.
    expect(hovered.text).toBeLessThan(resting.text);
    expect(hovered.box).toBe(hovered.text);
    expect(hovered.maps).toBe(resting.maps);
    expect(hovered.below).toBe(resting.below);
    // Narrow, by keyboard: the sentence wraps onto more lines.
    await page.mouse.move(0, 0);
    await page.setViewportSize({ width: 375, height: 800 });
    await expect(summary).toContainText('Until you pick a cell');
    const narrowResting = await places();
    await page.getByTestId('grid-map-1').locator('.grid-focus').focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowDown']) {
      await page.keyboard.press(key);
    }
    await expect(summary).toContainText('(2, 2)');
    const narrow = await places();
    expect(narrow.text).toBeGreaterThan(hovered.text);
    expect(narrow.box).toBe(narrow.text);
    expect(narrow.maps).toBe(narrowResting.maps);
    expect(narrow.below).toBe(resting.below);
  });
});

test.describe('accessibility', () => {
  test('no axe violations at 1280 px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('?view=stack&i=5&L=c3,c4');
    await expect(page.getByTestId('config-error')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('no axe violations and no sideways scroll at 375 px', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('?view=stack');
    await expect(page.getByTestId('grid-map-0')).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });
});

test.describe('planning sizes', () => {
  test('U-Net: the input sizes that come back whole, one click away', async ({ page }) => {
    await page.goto('?view=stack&L=c3');
    await page.getByTestId('preset-unet').click();
    await expect(page.getByTestId('stack-shape-18')).toHaveText('160 × 160');
    await expect(page.getByTestId('solver-same')).toContainText('16–512, every 16th');
    await page.getByTestId('solver-use-same').click();
    await expect(page.getByTestId('stack-shape-0')).toHaveText('160 × 160');
    await expect(page.getByTestId('stack-shape-18')).toHaveText('160 × 160');
    await expect(page).toHaveURL(/i=160&/);
  });

  test('the stack: the input sizes that reach a size', async ({ page }) => {
    await page.goto('?view=stack&i=32&L=c3p1,m2&reach=8');
    // ⌊i/2⌋ = 8 for i = 16 and 17
    await expect(page.getByTestId('solver-reaching')).toContainText(
      'Input sizes that give 8: 16–17',
    );
    await page.getByTestId('solver-use-reach').click();
    await expect(page.getByTestId('stack-shape-2')).toHaveText('8 × 8');
  });

  test('a layer: the settings that reach a size, applied by keyboard', async ({ page }) => {
    await page.goto('?view=stack&i=32&L=c3p1x64,m2');
    await page.getByTestId('solver-target').selectOption('1');
    await page.getByTestId('solver-reach').fill('16');
    const first = page.getByTestId('solver-choices').getByRole('button').first();
    await expect(first).toHaveText('k3 s2 p1');
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/L=c3s2p1x64,m2&/);
    await expect(page).toHaveURL(/solve=1&reach=16/);
    await expect(page.getByTestId('stack-shape-1')).toHaveText('16 × 16');
  });

  test('a transposed layer: the output padding that undoes the pool it mirrors', async ({
    page,
  }) => {
    // 17 → 8 → 16; output_padding 1 gives 17 back
    await page.goto('?view=stack&i=17&L=m2,t2s2&solve=2');
    await expect(page.getByTestId('stack-shape-2')).toHaveText('16 × 16');
    await page.getByRole('button', { name: 'output_padding (1, 1) → 17 × 17' }).click();
    await expect(page.getByTestId('stack-shape-2')).toHaveText('17 × 17');
    await expect(page).toHaveURL(/L=m2,t2s2o1/);
  });
});
