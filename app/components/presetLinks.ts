import type { Preset } from '../views/conv/presets';
import { defaultParams, encode } from '../url/codec';
import type { ViewId, ViewParams } from '../url/schema';
import type { PresetLink } from './PresetList';

/** The paper's figures of a view as links: full URLs, marked active when they match the view. */
export function presetLinks<V extends ViewId>(
  view: V,
  presets: Preset<ViewParams<V>>[],
  current: ViewParams<V>,
): PresetLink[] {
  const here = encode(view, { ...current, t: 0 });
  let links = cache.get(presets);
  if (!links) {
    links = presets.map((preset) => {
      const href = encode(view, { ...defaultParams(view), ...preset.params });
      return {
        figure: preset.figure,
        title: preset.title,
        href,
        detail: href.replace(`?view=${view}&`, '').replace(/&/g, ' '),
        active: false,
      };
    });
    cache.set(presets, links);
  }
  return links.map((link) => ({ ...link, active: link.href === here }));
}

/** Preset URLs depend only on the presets: computed once per list. */
const cache = new WeakMap<object, PresetLink[]>();
