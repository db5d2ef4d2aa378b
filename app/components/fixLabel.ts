import { activeLang, t } from '../i18n/i18n';

/**
 * The engine names its fixes in English from a few fixed phrases ("Kernel size 5 → 3
 * (height)", "Groups 4 → 2, output channels 6 → 4"); in another language each phrase is put
 * into it, the numbers and arrows kept as they are. Longer phrases are replaced first.
 */
const PHRASES: readonly [RegExp, string][] = [
  [/Stride → 1 \(PyTorch allows padding=same only without a stride\)/, 'common.fix.strideSame'],
  [/Keep the stride; pad ⌊d\(k − 1\)\/2⌋ on each side instead of same/, 'common.fix.keepStride'],
  [/;? ?dilation → 1 \(average pooling has none\)/i, 'common.fix.avgDilation'],
  [/Padding per side/i, 'common.fix.paddingPerSide'],
  [/Output padding/i, 'common.outputPadding'],
  [/Output channels/i, 'common.fix.outChannels'],
  [/Input channels/i, 'common.fix.inChannels'],
  [/Kernel size/i, 'common.kernelSize'],
  [/Input size/i, 'common.inputSize'],
  [/\bPadding/i, 'common.padding'],
  [/Stride/i, 'common.stride'],
  [/Dilation/i, 'common.dilation'],
  [/Groups/i, 'common.fix.groups'],
  [/\(height\)/g, 'common.fix.height'],
  [/\(width\)/g, 'common.fix.width'],
];

/** A fix's button text in the interface's language. */
export function fixLabel(label: string): string {
  if (activeLang() === 'en') return label;
  let text = label;
  for (const [pattern, id] of PHRASES) text = text.replace(pattern, () => t(id));
  return text;
}
