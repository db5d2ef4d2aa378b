import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { exactText, expectNoHorizontalScroll } from './support/exact';

// Expected texts typed from docs/semantics.md §5.5–5.7 (NumPy 2.x, torch 1.13).
const q = (text: string) => encodeURIComponent(text);

const NUMPY_AMBIGUOUS =
  'The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()';
const TORCH_AMBIGUOUS = 'Boolean value of Tensor with more than one value is ambiguous';

test.describe('mask lab', () => {
  test('argwhere, nonzero and torch.nonzero side by side (§5.6 example)', async ({ page }) => {
    await page.goto(`?view=mask&m=0,1,0;2,0,3&cond=${q('a != 0')}`);
    await exactText(page.getByTestId('mask-indexed')).toBe('array([1, 2, 3])');
    await exactText(page.getByTestId('argwhere')).toBe(
      'array([[0, 1],\n       [1, 0],\n       [1, 2]])',
    );
    await exactText(page.getByTestId('nonzero')).toBe('(array([0, 1, 1]), array([1, 0, 2]))');
    await exactText(page.getByTestId('torch-nonzero')).toBe(
      'tensor([[0, 1],\n        [1, 0],\n        [1, 2]])',
    );
    await exactText(page.getByTestId('torch-nonzero-tuple')).toBe(
      '(tensor([0, 1, 1]), tensor([1, 0, 2]))',
    );
    await expect(page.getByText('An array of shape (N, ndim) = (3, 2)')).toBeVisible();
  });

  test('the mask is drawn as a picture beside the matrix', async ({ page }) => {
    // a != 0 on [[0, 1, 0], [2, 0, 3]]: True at (0, 1), (1, 0), (1, 2)
    await page.goto(`?view=mask&m=0,1,0;2,0,3&cond=${q('a != 0')}`);
    const picture = page.getByTestId('mask-picture');
    await expect(picture).toContainText('mask (2, 3)');
    await expect(picture.getByRole('img')).toHaveAccessibleName(
      'The mask as a picture, shape (2, 3): 3 True (filled, checked), 3 False (empty)',
    );
    await expect(picture.locator('g')).toHaveClass([
      'mask-false',
      'mask-true',
      'mask-false',
      'mask-true',
      'mask-false',
      'mask-true',
    ]);
    // beside the matrix at desktop width: level with it, to its right
    const table = (await page.getByTestId('matrix').boundingBox())!;
    const drawn = (await picture.boundingBox())!;
    expect(drawn.x).toBeGreaterThan(table.x + table.width);
    expect(drawn.y).toBeLessThan(table.y + table.height);
    // a condition with no mask leaves nothing drawn, and says so
    await page.goto(`?view=mask&m=0,1,0;2,0,3&cond=${q('a > 0 and a < 1')}`);
    await expect(picture).toContainText('No mask to draw.');
  });

  test('index outputs of a full 6 × 6 mask need no sideways scrolling at 1400 px', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    const row = '0.5,0.2,0.1,0.7,0.3,0.9';
    await page.goto(`?view=mask&m=${Array(6).fill(row).join(';')}`);
    await expect(page.getByTestId('mask-picture')).toContainText('36 True of 36');
    for (const id of [
      'mask-repr',
      'mask-indexed',
      'argwhere',
      'torch-nonzero',
      'nonzero',
      'torch-nonzero-tuple',
    ]) {
      const output = page.getByTestId(id);
      await expect(output).toBeVisible();
      const overflow = await output.evaluate((pre) => pre.scrollWidth - pre.clientWidth);
      expect(overflow, id).toBeLessThanOrEqual(0);
    }
  });

  test('(a > 0) & (a < 1) on floats selects the values between 0 and 1', async ({ page }) => {
    await page.goto(`?view=mask&m=0.5,-1,2;0.2,1,0&cond=${q('(a > 0) & (a < 1)')}`);
    await exactText(page.getByTestId('mask-indexed')).toBe('array([0.5, 0.2])');
    await exactText(page.getByTestId('mask-repr')).toBe(
      'array([[ True, False, False],\n       [ True, False, False]])',
    );
    await expect(page.getByTestId('condition-error')).toHaveCount(0);
  });

  for (const [cond, fixed] of [
    ['(a > 0) and (a < 1)', '(a > 0) & (a < 1)'],
    ['0 < a < 1', '(0 < a) & (a < 1)'],
  ]) {
    test(`${cond} shows the ambiguous-truth errors and a fix`, async ({ page }) => {
      await page.goto(`?view=mask&m=0.5,-1,2;0.2,1,0&cond=${q('(a > 0) & (a < 1)')}`);
      await page.getByTestId('condition').fill(cond);
      const error = page.getByTestId('condition-error');
      await exactText(error.getByTestId('numpy-condition-error')).toBe(NUMPY_AMBIGUOUS);
      await exactText(error.getByTestId('torch-condition-error')).toBe(TORCH_AMBIGUOUS);
      await expect(error).toContainText('bool()');
      // the outputs of the last valid condition stay
      await exactText(page.getByTestId('mask-indexed')).toBe('array([0.5, 0.2])');
      await expect(page.getByText('these outputs are from the last one that did')).toBeVisible();
      await error.getByRole('button', { name: /^Use / }).click();
      await expect(page.getByTestId('condition')).toHaveValue(fixed);
      // The address bar is written after the frame that shows the fix; reload what it says.
      // (The default condition is left out of the link.)
      await expect
        .poll(() => new URL(page.url()).searchParams.get('cond') ?? '(a > 0) & (a < 1)')
        .toBe(fixed);
      await page.reload();
      await expect(page.getByTestId('condition')).toHaveValue(fixed);
      await expect(page.getByTestId('condition-error')).toHaveCount(0);
    });
  }

  test('unbracketed a > 0 & a < 1 explains the precedence', async ({ page }) => {
    await page.goto(`?view=mask&m=0.5,-1;0.2,1&cond=${q('a > 0 & a < 1')}`);
    const error = page.getByTestId('condition-error');
    await expect(error.getByTestId('parsed-as')).toHaveText('a > (0 & a) < 1');
    await exactText(error.getByTestId('numpy-condition-error')).toBe(
      "ufunc 'bitwise_and' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
    );
    await exactText(error.getByTestId('torch-condition-error')).toBe(
      '"bitwise_and_cpu" not implemented for \'Float\'',
    );
    // on an int matrix the same text fails on the chain instead
    await page.goto(`?view=mask&m=0,1;2,3&cond=${q('a > 0 & a < 1')}`);
    await exactText(page.getByTestId('numpy-condition-error')).toBe(NUMPY_AMBIGUOUS);
  });

  test('the trap ((a > 0) + (a < 1) == 2).nonzero() side by side in PyTorch ≤ 1.1 and ≥ 1.2', async ({
    page,
  }) => {
    // issue 11: bool + bool is a logical or since 1.2, so == 2 finds nothing, without an error
    await page.goto(`?view=mask&m=0.5,-1;0.3,2&cond=${q('((a > 0) + (a < 1) == 2).nonzero()')}`);
    await exactText(page.getByTestId('version-old')).toBe(
      '>>> ((a > 0) + (a < 1) == 2).nonzero()\ntensor([[0, 0],\n        [1, 0]])',
    );
    await exactText(page.getByTestId('version-new')).toBe(
      '>>> ((a > 0) + (a < 1) == 2).nonzero()\ntensor([], size=(0, 2), dtype=torch.int64)',
    );
    await expect(page.getByTestId('version-compare')).toContainText('True + True is True');
    // NumPy's .nonzero() is a tuple; PyTorch's is np.argwhere's layout
    await exactText(page.getByTestId('result-numpy')).toBe(
      '(array([], dtype=int64), array([], dtype=int64))',
    );
    await exactText(page.getByTestId('result-torch')).toBe(
      'tensor([], size=(0, 2), dtype=torch.int64)',
    );
    await expect(page.getByTestId('condition-error')).toHaveCount(0);
  });

  for (const [cond, numpy, torch] of [
    ['(a > 0).any()', 'np.True_', 'tensor(True)'],
    [
      'np.where(a > 0)',
      '(array([0, 1, 1]), array([0, 0, 1]))',
      '(tensor([0, 1, 1]), tensor([0, 0, 1]))',
    ],
  ]) {
    test(`${cond} prints each library's result`, async ({ page }) => {
      await page.goto(`?view=mask&m=0.5,-1;0.3,2&cond=${q(cond)}`);
      await exactText(page.getByTestId('result-numpy')).toBe(numpy);
      await exactText(page.getByTestId('result-torch')).toBe(torch);
      await expect(page.getByTestId('condition-error')).toHaveCount(0);
    });
  }

  test('errors and dtypes as each library has them (issue 11 reproducers)', async ({ page }) => {
    await page.goto(`?view=mask&m=0.5,-1;0.3,2&cond=${q('~a')}`);
    await exactText(page.getByTestId('torch-condition-error')).toBe(
      '~ (operator.invert) is only implemented on integer and Boolean-type tensors',
    );
    await page.getByTestId('condition').fill('+(a > 0)');
    await exactText(page.getByTestId('torch-condition-error')).toBe(
      'The `+` operator, on a bool tensor is not supported.',
    );
    await page.getByTestId('condition').fill('a > 01');
    await expect(page.getByTestId('condition-error')).toContainText(
      'leading zeros in decimal integer literals are not permitted',
    );
    // NumPy compares element by element; a tensor is not None
    await page.getByTestId('condition').fill('a == None');
    await exactText(page.getByTestId('result-numpy')).toBe(
      'array([[False, False],\n       [False, False]])',
    );
    await exactText(page.getByTestId('result-torch')).toBe('False');
    // float64 in NumPy, float32 in PyTorch: 0.3 and 0.30000001 are one float32
    await page.getByTestId('condition').fill('a < 0.30000001');
    await exactText(page.getByTestId('result-numpy')).toBe(
      'array([[False,  True],\n       [ True, False]])',
    );
    await exactText(page.getByTestId('result-torch')).toBe(
      'tensor([[False,  True],\n        [False, False]])',
    );
    await expect(page.getByTestId('matrix')).toContainText('float64 in NumPy, float32 in PyTorch');
  });

  test('a suggested rewrite is itself a mask: not a → a == 0', async ({ page }) => {
    await page.goto(`?view=mask&m=0.5,0;0.3,2&cond=${q('not a')}`);
    const error = page.getByTestId('condition-error');
    await error.getByRole('button', { name: /^Use / }).click();
    await expect(page.getByTestId('condition')).toHaveValue('a == 0');
    await exactText(page.getByTestId('mask-repr')).toBe(
      'array([[False,  True],\n       [False, False]])',
    );
  });

  test('the PyTorch version switch prints uint8 before 1.2 and bool after', async ({ page }) => {
    await page.goto(`?view=mask&m=0,1;1,0&cond=${q('a > 0')}`);
    const repl = page.getByTestId('repl-output');
    await expect(repl).toContainText('>>> mask\ntensor([[False,  True],\n        [ True, False]])');
    await expect(repl).toContainText(
      'RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.',
    );
    await expect(repl).toContainText(
      '>>> ~old\ntensor([[255, 254],\n        [254, 255]], dtype=torch.uint8)',
    );
    await page.getByLabel('PyTorch ≤ 1.1').check();
    await expect(page).toHaveURL(/torch=1\.1/);
    await expect(repl).toContainText(
      '>>> mask\ntensor([[0, 1],\n        [1, 0]], dtype=torch.uint8)',
    );
    await expect(repl).toContainText(
      '>>> 1 - mask\ntensor([[1, 0],\n        [0, 1]], dtype=torch.uint8)',
    );
    await page.reload();
    await expect(page.getByLabel('PyTorch ≤ 1.1')).toBeChecked();
    await page.goBack();
    await expect(page.getByLabel('PyTorch ≥ 1.2')).toBeChecked();
  });

  test('editing the matrix: bad values are explained and kept, good ones update the URL', async ({
    page,
  }) => {
    await page.goto(`?view=mask&m=0,1;2,3&cond=${q('a > 1')}`);
    const cell = page.getByTestId('cell-0-0');
    await cell.fill('x');
    await expect(page.getByRole('alert')).toHaveText(
      '“x” is not a number with at most one decimal',
    );
    await expect(cell).toHaveValue('x');
    await exactText(page.getByTestId('mask-indexed')).toBe('array([2, 3])');
    await cell.fill('5');
    await expect(page).toHaveURL(/m=5,1;2,3/);
    await exactText(page.getByTestId('mask-indexed')).toBe('array([5, 2, 3])');
    await page.getByLabel('Columns').fill('3');
    await expect(page).toHaveURL(/m=5,1,0;2,3,0/);
    await page.reload();
    await expect(page.getByTestId('cell-1-2')).toHaveValue('0');
  });

  test('a bad matrix in the URL falls back to seeded values with a notice', async ({ page }) => {
    await page.goto('?view=mask&m=1,2;3');
    await expect(page.getByTestId('notice')).toContainText(
      'm: the rows have different lengths; using the default none.',
    );
    await expect(page.getByTestId('matrix')).toContainText('shape (3, 4), float64');
  });

  for (const [width, lang] of [
    [1280, 'en'],
    [375, 'en'],
    [1280, 'zh'],
    [375, 'zh'],
  ] as const) {
    test(`axe finds no violations at ${width} px (lang=${lang})`, async ({ page }) => {
      // two full axe runs; slow on a busy machine
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`?view=mask&lang=${lang}`);
      await expect(page.getByTestId('argwhere')).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto(`?view=mask&cond=${q('a > 0 & a < 1')}&lang=${lang}`);
      await expect(page.getByTestId('condition-error')).toBeVisible();
      await expectNoAxeViolations(page);
      // the results of both libraries and the PyTorch 1.1 / 1.2 comparison
      await page.goto(`?view=mask&cond=${q('((a > 0) + (a < 1) == 2).nonzero()')}&lang=${lang}`);
      await expect(page.getByTestId('version-compare')).toBeVisible();
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
    });
  }

  test('in Chinese, library errors stay English beside the explanation; the lab’s own limits are Chinese', async ({
    page,
  }) => {
    await page.goto(`?view=mask&cond=${q('(a > 0) and (a < 1)')}&lang=zh`);
    const error = page.getByTestId('condition-error');
    await expect(error).toContainText('Python 的 and');
    await exactText(page.getByTestId('numpy-condition-error')).toBe(NUMPY_AMBIGUOUS);
    await expect(page.getByTestId('numpy-condition-error')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('torch-condition-error')).toHaveAttribute('lang', 'en');
    await page.goto(`?view=mask&cond=${q('np.sum(a) > 1')}&lang=zh`);
    await expect(page.getByTestId('numpy-condition-error')).toContainText(
      '不在本实验计算的函数之列',
    );
    await page.goto(`?view=mask&cond=${q('a > ')}&lang=zh`);
    await expect(error).toContainText('第 5 列应为 a、数字或“(”，实际是结尾');
    const cell = page.getByTestId('cell-0-0');
    await cell.fill('x');
    await expect(page.getByRole('alert')).toHaveText('“x” 不是最多一位小数的数');
    await cell.fill('120');
    await expect(page.getByRole('alert')).toHaveText('120 超出了 −99 到 99 的范围');
  });
});
