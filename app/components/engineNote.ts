import { activeLang, t } from '../i18n/i18n';

/** A sentence's last group, when it is named so, is a further note, translated in its turn. */
const REST = 'rest';

/**
 * The engine writes its notes and the paper's section titles in English (its tests read them);
 * in another language each known sentence is given by its message, numbers filled in from the
 * English. A sentence not listed stays English, which the page marks with `lang="en"`.
 */
const SENTENCES: readonly [RegExp, string, string[]][] = [
  [
    /^The equivalent convolution gives the same numbers only with the kernel rotated 180°/,
    'common.note.rotation',
    [],
  ],
  [/^PyTorch's extension of Relationship 7 with padding and dilation\.$/, 'common.note.rel7', []],
  [/^PyTorch's ceil mode: the last window may hang over the end/, 'common.note.ceil', []],
  [
    /^PyTorch's ceil mode drops the last window: it would start at (\S+), inside the right padding \(\(o − 1\)s = (\S+) ≥ i \+ p = (\S+)\)\.$/,
    'common.note.ceilDrop',
    ['start', 'a', 'b'],
  ],
  [
    /^Padding (\S+) before and (\S+) after: the paper pads both ends equally, so p₁ \+ p₂ stands in for 2p\.$/,
    'common.note.pads',
    ['before', 'after'],
  ],
  [
    /^p = (\S+) > (k̂?) − 1 = (\S+): the equivalent convolution's padding p′ = (\S+) is negative, so the full result is cropped \(the paper does not cover this; PyTorch does\)\.$/,
    'transposed.note.negative',
    ['p', 'k', 'k1', 'pp'],
  ],
  [
    /^a = (\S+) ≥ s = (\S+): none of the paper's relationships covers this \(Relationship 14's a = \(i \+ 2p − k\) mod s is always less than s\)\. PyTorch accepts it because output_padding only has to be below max\(s, d\) = (\S+); the general formula is o′ = s\(i′ − 1\) \+ a \+ d\(k − 1\) \+ 1 − 2p\.(?: (.+))?$/,
    'transposed.note.beyond',
    ['a', 's', 'max', REST],
  ],
];

const TITLES: Record<string, string> = {
  'Dilated convolutions': 'common.title.dilated',
  'No zero padding, unit strides': 'common.title.noPadUnit',
  'Half (same) padding': 'common.title.half',
  'Full padding': 'common.title.full',
  'Zero padding, unit strides': 'common.title.padUnit',
  'No zero padding, non-unit strides': 'common.title.noPadStrides',
  'Zero padding, non-unit strides': 'common.title.padStrides',
  'Beyond the paper: output padding a ≥ s': 'common.title.beyond',
  'No zero padding, unit strides, transposed': 'common.title.tNoPadUnit',
  'Half (same) padding, transposed': 'common.title.tHalf',
  'Full padding, transposed': 'common.title.tFull',
  'Zero padding, unit strides, transposed': 'common.title.tPadUnit',
  'No zero padding, non-unit strides, transposed': 'common.title.tNoPadStrides',
  'Zero padding, non-unit strides, transposed': 'common.title.tPadStrides',
  'Zero padding, non-unit strides, transposed (odd case)': 'common.title.tOdd',
  'Pooling arithmetic': 'common.title.pooling',
};

/** An engine note in the interface's language, or null when it has no translation. */
export function engineNote(text: string): string | null {
  if (activeLang() === 'en') return text;
  for (const [pattern, id, names] of SENTENCES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const values = names.map((name, k) => {
      const value = match[k + 1];
      return [name, name === REST && value !== undefined ? engineNote(value) : (value ?? '')];
    });
    if (values.some(([, value]) => value === null)) return null;
    return t(id, Object.fromEntries(values));
  }
  return null;
}

/** A section title of the paper in the interface's language (English when it has none). */
export function sectionTitle(title: string): string {
  const id = TITLES[title];
  return id && activeLang() !== 'en' ? t(id) : title;
}
