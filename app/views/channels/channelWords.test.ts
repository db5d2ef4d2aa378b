import { describe, expect, it } from 'vitest';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { buildChannelsModel } from './channelsModel';
import { channelsWords, layerCaption } from './channelWords';

const model = (query: string) =>
  buildChannelsModel(decode(`?view=channels&${query}`).params as ViewParams<'channels'>);

describe('channel picture words', () => {
  it('write every shape with no-break spaces, so no line breaks inside one', () => {
    const m = model('i=5&k=3&s=1&p=1&cin=3&cout=4&g=1&pw=0');
    expect(layerCaption(m.layers[0])).toBe(
      'input 3\u00a0×\u00a05\u00a0×\u00a05 (padding dashed)' +
        ' → weight 4\u00a0×\u00a03\u00a0×\u00a03\u00a0×\u00a03' +
        ' → output 4\u00a0×\u00a05\u00a0×\u00a05',
    );
    expect(channelsWords(m.layers).title).toContain('kernel 3\u00a0×\u00a03');
  });
});
