import { defaultParams, encode } from '../url/codec';
import { SCHEMA, type ViewId, type ViewParams } from '../url/schema';

/** A named setting of a view: a figure of the paper, a detector's convention. */
export interface Preset<V extends ViewId> {
  /** Stable id, for keys and `data-testid="preset-…"`: '2.1', 'rpn'. */
  id: string;
  /** What the link says first: 'Figure 2.1', 'py-faster-rcnn RPN'. */
  label: string;
  /** One line under it: the paper's name for the figure, the convention in short. */
  caption: string;
  /** The parameters it sets; choosing it keeps the others as they are. */
  params: Partial<ViewParams<V>>;
}

/** A preset ready to render: its own URL and whether the view shows it now. */
export interface PresetLink<V extends ViewId> extends Preset<V> {
  /** The preset's URL from the view's defaults, e.g. "?view=conv&i=4&k=3&s=1&p=0". */
  href: string;
  /** That URL's parameters in short ("i=4 k=3 s=1 p=0"), when the list shows them. */
  detail: string | null;
  /** The view's parameters agree with every parameter the preset sets. */
  active: boolean;
}

/** The text of a value as the URL writes it, so that values compare as the URL sees them. */
function urlText<V extends ViewId>(view: V, key: string, value: unknown): string {
  const field = (SCHEMA[view] as Record<string, { format: (v: unknown) => string }>)[key];
  return field.format(value);
}

/**
 * A view's presets as links: each one's URL (the view's defaults with the preset's
 * parameters) and whether the current parameters match it.
 *
 * @param withDetail show each URL's parameters under the caption
 * @example presetLinks('conv', CONV_PRESETS, params, true)[0].href // '?view=conv&i=4&k=3&s=1&p=0'
 */
export function presetLinks<V extends ViewId>(
  view: V,
  presets: readonly Preset<V>[],
  current: ViewParams<V>,
  withDetail: boolean,
): PresetLink<V>[] {
  const values = current as Record<string, unknown>;
  let written = hrefs.get(presets);
  if (!written) {
    // A preset's URL depends on the preset only: written once per list.
    const defaults = defaultParams(view);
    written = presets.map((preset) => encode(view, { ...defaults, ...preset.params }));
    hrefs.set(presets, written);
  }
  return presets.map((preset, n) => {
    const href = written[n];
    const active = Object.entries(preset.params).every(
      ([key, value]) => urlText(view, key, value) === urlText(view, key, values[key]),
    );
    const detail = withDetail ? href.replace(`?view=${view}&`, '').replace(/&/g, ' ') : null;
    return { ...preset, href, detail, active };
  });
}

/** The URLs of each list of presets, in its order. */
const hrefs = new WeakMap<readonly Preset<ViewId>[], string[]>();

/**
 * A figure of the paper as a preset: "Figure 2.1" with the paper's name for it (`caption`,
 * the message id of the caption, `common.fig.2.1`).
 *
 * @example figurePreset('2.1', 'No padding, unit strides', { i: [4, 4] }).label // 'Figure 2.1'
 */
export function figurePreset<V extends ViewId>(
  figure: string,
  /** The paper's caption, in English as printed; the list shows its message. */
  _caption: string,
  params: Partial<ViewParams<V>>,
): Preset<V> {
  return { id: figure, label: `Figure ${figure}`, caption: `common.fig.${figure}`, params };
}
