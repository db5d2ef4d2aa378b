import { describe, expect, it } from 'vitest';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { broadcastScenes } from './broadcastScene';
import { buildBroadcastModel } from './broadcastModel';

const scenes = (query: string) =>
  broadcastScenes(
    buildBroadcastModel(decode(`?view=broadcast&${query}`).params as ViewParams<'broadcast'>),
  );

/** A tensor's cells over all its slices, by grid id prefix. */
const cellsOf = (scene: ReturnType<typeof scenes>[number], name: string) =>
  scene.grids.filter((g) => g.id === name || g.id.startsWith(`${name}[`)).flatMap((g) => g.cells);

describe('broadcastScenes', () => {
  it('one scene per step of the stretch: as stored, then axis 2, 1 and 0 stretched', () => {
    const all = scenes('a=4,1,3&b=2,1&op=add');
    expect(all).toHaveLength(4);
    // (4, 2, 3): four slices of 2 × 3 per tensor.
    expect(all[0].grids.map((g) => g.id)).toEqual([
      ...['a', 'b', 'result'].flatMap((n) => [0, 1, 2, 3].map((d) => `${n}[${d}]`)),
    ]);
    // a (4, 1, 3) stores 12 elements: row 1 of each slice is blank until axis 1 is stretched
    // (step 2), then dashed copies.
    const dashed = (k: number, name: string) => cellsOf(all[k], name).filter((c) => c.dashed);
    const blank = (k: number, name: string) => cellsOf(all[k], name).filter((c) => !c.stroke);
    expect([0, 1, 2, 3].map((k) => dashed(k, 'a').length)).toEqual([0, 0, 12, 12]);
    expect([0, 1, 2, 3].map((k) => blank(k, 'a').length)).toEqual([12, 12, 0, 0]);
    // b (2, 1) stores 2: along axis 2 (step 1) 2 × 2 copies, then every row (step 2 adds
    // none: b has 2 rows), then the 3 other slices (step 3): 24 − 2 = 22 copies.
    expect([0, 1, 2, 3].map((k) => dashed(k, 'b').length)).toEqual([0, 4, 4, 22]);
    // The result is there from the start: 24 values, 9 + 6 = 15 first.
    const result = cellsOf(all[0], 'result');
    expect(result).toHaveLength(24);
    expect(result[0].text).toBe('15');
    // The step said in words.
    expect(all[1].texts?.map((t) => t.text)).toContain('Step 1 of 3: stretched along axis 2.');
  });

  it('a clash: the operands only, one scene, the result said to be missing', () => {
    const all = scenes('a=2,3&b=4&op=add');
    expect(all).toHaveLength(1);
    expect(all[0].grids.map((g) => g.id)).toEqual(['a', 'b']);
    expect(all[0].texts?.map((t) => t.text)).toContain('No result: the shapes clash.');
  });

  it('a summarised axis is drawn as the screen draws it: dots between its ends', () => {
    const [scene] = scenes('a=64&b=64&op=mul');
    const result = cellsOf(scene, 'result');
    // 3 first, a gap, 3 last.
    expect(result[3].text).toBe('⋯');
    expect(result).toHaveLength(7);
  });
});
