import { describe, expect, it } from 'vitest';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { buildStackModel } from './stackModel';
import { stackWords } from './stackWords';

describe('stackWords', () => {
  it('titles the still by its cell and each GIF frame by the centre of its layer’s output', () => {
    const model = buildStackModel(decode('?view=stack&i=8&L=c3,m2').params as ViewParams<'stack'>);
    const words = stackWords(model.input, model.maps, { map: 0, cell: [1, 2] });
    expect(words.still).toBe(
      'Layer stack, input 8\u00a0×\u00a08, 2 layers: what cell (1, 2) of the input is linked to',
    );
    expect(words.frames).toEqual([
      'Layer stack, input 8\u00a0×\u00a08, 2 layers: what cell (2, 2) of the output of layer 1 is linked to',
      'Layer stack, input 8\u00a0×\u00a08, 2 layers: what cell (1, 1) of the output of layer 2 is linked to',
    ]);
    expect(words.scaledDown).toBe(' · scaled down');
  });
});
