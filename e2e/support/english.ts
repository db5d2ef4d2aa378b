/**
 * Finds English words a Chinese page still shows. Text inside an element marked `lang="en"`
 * (framework error messages, identifiers), code, formulas and figures' own labels is skipped,
 * and so are proper names and the symbols of the maths (one letter, or an allowed word).
 */
import type { Page } from '@playwright/test';

/** Names and symbols that stay as they are in a Chinese text. */
export const ALLOWED_WORDS = [
  // Libraries, papers, people, networks, datasets
  'PyTorch',
  'NumPy',
  'TensorFlow',
  'Keras',
  'Lingui',
  'Dumoulin',
  'Visin',
  'arXiv',
  'Fast',
  'Faster',
  'R-CNN',
  'RoI',
  'py-faster-rcnn',
  'SmoothL1',
  'RPN',
  'Huber',
  'caffe',
  'torchvision',
  'detectron2',
  'torchinfo',
  'Distill',
  'AlexNet',
  'VGG',
  'ResNet',
  'ResNeXt',
  'U-Net',
  'DCGAN',
  'DeepLab',
  'Smooth',
  'Okabe',
  'Ito',
  // Identifiers of the libraries, written as they are typed
  'same',
  'valid',
  'SAME',
  'VALID',
  'full',
  'max',
  'avg',
  'argwhere',
  'nonzero',
  'uint8',
  'bool',
  'float32',
  'float64',
  'int64',
  'dtype',
  'nn',
  'np',
  'torch',
  'Cin',
  'Cout',
  'MobileNet',
  'Conv2DTranspose',
  'CPU',
  'URL',
  // File formats
  'PNG',
  'SVG',
  'GIF',
  'GPU',
  'Python',
  'True',
  'False',
  'None',
  // Keys of the keyboard
  'Enter',
  'Tab',
  'Esc',
  'Space',
  'Escape',
  // Units and symbols
  'px',
  'dx',
  'dy',
  'dw',
  'dh',
  'ms',
  'Cx',
  // Values as PyTorch prints them
  'nan',
  'inf',
];

export interface EnglishWord {
  word: string;
  /** The text around it, and where it is. */
  text: string;
  where: string;
}

/** Every English word in the visible text (and labels) of the page, outside the allowed places. */
export async function englishWords(page: Page): Promise<EnglishWord[]> {
  return page.evaluate((allowed) => {
    const allow = new Set(allowed.map((word) => word.toLowerCase()));
    const SKIP =
      'code, pre, kbd, samp, var, .katex, .formula, math, script, style, noscript, svg text, [translate="no"]';
    const skipped = (el: Element | null): boolean =>
      !el ||
      el.closest(SKIP) !== null ||
      (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('en');
    const visible = (el: Element) =>
      el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true }) ||
      el.closest('.visually-hidden') !== null;
    const found: EnglishWord[] = [];
    const check = (text: string, el: Element, where: string) => {
      for (const match of text.matchAll(/[A-Za-z][\w.’'-]*[A-Za-z0-9]/g)) {
        const word = match[0].replace(/[’']s$/, '');
        // A name with its number (ResNeXt-50, VGG-16) is the name.
        if (allow.has(word.toLowerCase()) || allow.has(word.replace(/-\d+$/, '').toLowerCase()))
          continue;
        // One letter and one-letter subscripts are the maths' symbols (i, k, s, p, x₁, k̂).
        if (/^[A-Za-z][0-9]*$/.test(word)) continue;
        // Identifiers: count_include_pad, F.pad, Conv2d, MaxPool2d, L1.
        if (/[_.]|[a-z][0-9]+[a-z]?$|^[A-Z][0-9]$/.test(word)) continue;
        const path = [el.tagName.toLowerCase(), el.className && `.${String(el.className)}`]
          .filter(Boolean)
          .join('');
        found.push({
          word,
          text: text.trim().slice(0, 120),
          where: `${where} in ${path}`,
        });
      }
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || skipped(el) || !visible(el)) continue;
      check(node.textContent ?? '', el, 'text');
    }
    for (const el of document.body.querySelectorAll(
      '[aria-label], [title], [placeholder], [alt]',
    )) {
      if (skipped(el) || !visible(el)) continue;
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(attribute);
        if (value) check(value, el, attribute);
      }
    }
    return found;
  }, ALLOWED_WORDS);
}
