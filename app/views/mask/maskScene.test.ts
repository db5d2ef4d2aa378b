import { i18n, type Messages } from '@lingui/core';
import { afterEach, describe, expect, it } from 'vitest';
import zh from '../../i18n/locales/zh/mask.json';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { buildMaskModel } from './maskModel';
import { maskScene } from './maskScene';

const scene = (search: string) => {
  const params = decode(`?view=mask&${search}`).params as ViewParams<'mask'>;
  return maskScene(buildMaskModel(params), params.cond);
};

describe('maskScene', () => {
  it('the matrix with the selected cells marked, the mask checked, a[mask] in one row', () => {
    const s = scene('m=0.7,-1.5,0.3;1.9,0.1,2.0&cond=(a > 0) %26 (a < 1)');
    if (!s) throw new Error('no scene');
    const [a, mask, out] = s.grids;
    expect([a.id, mask.id, out.id]).toEqual(['a', 'mask', 'output']);
    expect([a.rows, a.cols, mask.rows, mask.cols, out.rows, out.cols]).toEqual([2, 3, 2, 3, 1, 3]);
    expect(a.cells.map((c) => c.text)).toEqual(['0.7', '-1.5', '0.3', '1.9', '0.1', '2.0']);
    expect(a.cells.map((c) => Boolean(c.strong))).toEqual([true, false, true, false, true, false]);
    expect(mask.cells.map((c) => c.text ?? '')).toEqual(['✓', '', '✓', '', '✓', '']);
    expect(out.cells.map((c) => c.text)).toEqual(['0.7', '0.3', '0.1']);
    expect(out.caption).toMatch(/^a\[mask\] \(3,\)/);
    expect(a.caption).toBe('a (2, 3), float64');
    expect(s.texts?.[0].text).toBe('mask = (a > 0) & (a < 1)');
    // The mask sits right of the matrix, a[mask] under both.
    expect(mask.x).toBeGreaterThan(a.x + 3 * a.cell);
    expect(out.y).toBeGreaterThan(a.y + 2 * a.cell);
  });

  it('an empty selection is an empty row, said so', () => {
    const s = scene('m=1,2;3,4&cond=a > 9');
    expect(s?.grids[2].cols).toBe(0);
    expect(s?.grids[2].caption).toBe('a[mask] (0,): empty');
  });

  it('no scene for a condition that gives no mask', () => {
    expect(scene('cond=(a > 0) and (a < 1)')).toBeNull();
  });

  describe('in Chinese', () => {
    afterEach(() => i18n.activate('en'));

    it('heads and captions the picture in Chinese, code and numbers as they are', () => {
      i18n.load('zh', zh as unknown as Messages);
      i18n.activate('zh');
      const s = scene('m=0.7,-1.5,0.3;1.9,0.1,2.0&cond=(a > 0) %26 (a < 1)');
      expect(s?.title).toBe('布尔掩码：a[(a > 0) & (a < 1)]');
      expect(s?.grids.map((grid) => grid.caption)).toEqual([
        'a (2, 3), float64',
        'mask (2, 3)，3 个 True',
        'a[mask] (3,)，按行优先顺序排列的选中元素',
      ]);
      expect(scene('m=1,2;3,4&cond=a > 9')?.grids[2].caption).toBe('a[mask] (0,)：空');
    });

    it('is wide enough for its Chinese captions', () => {
      i18n.load('zh', zh as unknown as Messages);
      i18n.activate('zh');
      const s = scene('m=1,2;3,4&cond=a > 1');
      const output = s!.grids[2];
      // 10 Latin characters at 7.2 px and 14 Chinese characters and marks at 14 px
      expect(s!.width).toBeGreaterThanOrEqual(output.x + 10 * 7.2 + 14 * 14);
    });
  });
});
