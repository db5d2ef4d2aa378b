import { activeLang, t } from '../i18n/i18n';

/**
 * The engine names its fixes in English from a few fixed phrases ("Kernel size 5 → 3
 * (height), 4 → 3 (width)", "Groups 4 → 2"); in another language each phrase is put into it,
 * the numbers and arrows kept as they are. The label is read once from left to right, so a
 * phrase already put into the other language is never read again; where two phrases start at
 * the same place, the one listed first (the longer) is taken.
 */
const PHRASES: readonly [string, string][] = [
  ['Stride → 1 \\(PyTorch allows padding=same only without a stride\\)', 'common.fix.strideSame'],
  ['Keep the stride; pad ⌊d\\(k − 1\\)/2⌋ on each side instead of same', 'common.fix.keepStride'],
  ['; dilation → 1 \\(average pooling has none\\)', 'common.fix.avgDilationAlso'],
  ['Dilation → 1 \\(average pooling has none\\)', 'common.fix.avgDilation'],
  ['Dilation → 1 \\(Keras’ pooling has none\\)', 'common.fix.kerasPoolDilation'],
  ['\\bPadding per side\\b', 'common.fix.paddingPerSide'],
  ['\\bOutput padding\\b', 'common.outputPadding'],
  ['\\bOutput channels\\b', 'common.fix.outChannels'],
  ['\\bInput channels\\b', 'common.fix.inChannels'],
  ['\\bKernel size\\b', 'common.kernelSize'],
  ['\\bInput size\\b', 'common.inputSize'],
  ['\\bPool size\\b', 'common.fix.poolSize'],
  ['\\bPadding\\b', 'common.padding'],
  ['\\bStride\\b', 'common.stride'],
  ['\\bDilation\\b', 'common.dilation'],
  ['\\bGroups\\b', 'common.fix.groups'],
  [' ?\\(height\\)', 'common.fix.height'],
  [' ?\\(width\\)', 'common.fix.width'],
  [', ', 'common.fix.next'],
];

const ANY = new RegExp(PHRASES.map(([source]) => `(${source})`).join('|'), 'gi');

/** A fix's button text in the interface's language. */
export function fixLabel(label: string): string {
  if (activeLang() === 'en') return label;
  return label.replace(ANY, (...groups: (string | undefined)[]) => {
    const phrase = groups.slice(1, PHRASES.length + 1).findIndex((group) => group !== undefined);
    return t(PHRASES[phrase][1]);
  });
}
