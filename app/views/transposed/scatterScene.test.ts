import { describe, expect, it } from 'vitest';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { scatterSceneData } from './equivalentAnimation';
import { scatterSequence, type ScatterSceneData } from './scatterScene';
import { buildTransposedModel } from './transposedModel';

function data(query: string): ScatterSceneData {
  const params = decode(`?view=transposed&num=1&${query}`).params as ViewParams<'transposed'>;
  return scatterSceneData(buildTransposedModel(params), true);
}

describe('scatterSequence: one frame per input cell stamping the kernel', () => {
  it.each([
    ['i=2&k=3&s=1&p=0', 4],
    ['i=3&k=3&s=2&p=1&op=1', 9],
    ['i=3,2&k=2&s=2&p=0&d=2', 6],
  ])('%s: %i frames, the last one holding what convTranspose computes', (query, frames) => {
    const source = data(query);
    const sequence = scatterSequence(source);
    expect(sequence.frames).toBe(frames);
    const params = decode(`?view=transposed&num=1&${query}`).params as ViewParams<'transposed'>;
    const model = buildTransposedModel(params);
    const v = model.valid!;
    const result = v.numbers!.result;
    const [sh, sw] = v.scatter;
    const last = sequence.frame(frames - 1);
    const full = last.grids.find((g) => g.id === 'output')!;
    // Every kept cell shows the engine's ConvTranspose2d value once all stamps are in.
    for (let r = 0; r < sh.output; r++) {
      for (let c = 0; c < sw.output; c++) {
        const cell = full.cells[(r + sh.cropBefore) * full.cols + c + sw.cropBefore];
        const expected = result[r * v.output[1] + c];
        const shown = cell.text === undefined ? 0 : Number(cell.text.replace('−', '-'));
        expect(shown).toBeCloseTo(expected, 1);
      }
    }
    // Frames keep one size, and going back rebuilds the sums from the start.
    const first = sequence.frame(0);
    expect([first.width, first.height]).toEqual([last.width, last.height]);
    expect(sequence.frame(0).grids[2].cells).toEqual(first.grids[2].cells);
  });

  it('frame 0 frames input cell 0 and stamps only its kernel', () => {
    const sequence = scatterSequence(data('i=2&k=3&s=1&p=0'));
    const scene = sequence.frame(0);
    expect(scene.grids[0].frame).toEqual({ row: 0, col: 0, rows: 1, cols: 1 });
    const full = scene.grids[2];
    const stamped = full.cells.filter((cell) => cell.shaded).length;
    expect(stamped).toBe(9);
    // The rest of the 4 × 4 result is still empty.
    expect(full.cells.filter((cell) => cell.text === undefined)).toHaveLength(16 - 9);
  });
});
