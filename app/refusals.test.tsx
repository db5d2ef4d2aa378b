import { i18n, type Messages } from '@lingui/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decode } from './url/codec';
import type { ViewParams } from './url/schema';
import { buildChannelsModel } from './views/channels/channelsModel';
import { buildConvModel } from './views/conv/convModel';
import { buildPoolModel } from './views/pool/poolModel';
import { buildStackModel } from './views/stack/stackModel';
import { buildTransposedModel } from './views/transposed/transposedModel';
import { ConfigErrorPanel } from './components/ConfigErrorPanel';
import type { ViewProblem } from './components/ViewLayout';

const zh = import.meta.glob<Messages>('./i18n/locales/zh/*.json', {
  eager: true,
  import: 'default',
});

const params = <V extends 'conv'>(query: string) => decode(query).params as ViewParams<V>;

/** Refused states of every figure view, with who refuses and numbers the sentence must keep. */
const REFUSED: [string, () => ViewProblem, string, string[]][] = [
  [
    'conv: kernel larger than the input',
    () => buildConvModel(params('?view=conv&i=3&k=7')),
    'PyTorch',
    ['7', '3'],
  ],
  [
    'conv: same with a stride',
    () => buildConvModel(params('?view=conv&p=same&s=2')),
    'PyTorch',
    ['2'],
  ],
  [
    'conv, TensorFlow: valid with a kernel too large',
    () => buildConvModel(params('?view=conv&fw=tf&p=valid&i=3&k=5')),
    'TensorFlow',
    ['5', '3'],
  ],
  [
    'pool: padding over half the window',
    () => buildPoolModel(params('?view=pool&k=2&p=2') as never),
    'PyTorch',
    ['2', '⌊2/2⌋'],
  ],
  [
    'pool: average with dilation',
    () => buildPoolModel(params('?view=pool&mode=avg&d=2') as never),
    'PyTorch',
    ['2'],
  ],
  [
    'pool, TensorFlow: no window',
    () => buildPoolModel(params('?view=pool&fw=tf&tfpad=valid&i=2&k=3') as never),
    'TensorFlow',
    ['3', '2'],
  ],
  [
    'transposed: output padding',
    () => buildTransposedModel(params('?view=transposed&s=1&op=1') as never),
    'PyTorch',
    ['1'],
  ],
  [
    'transposed, Keras: output padding',
    () => buildTransposedModel(params('?view=transposed&fw=tf&s=2&kop=2') as never),
    'Keras',
    ['2'],
  ],
  [
    'transposed, Keras: an output size TensorFlow cannot give',
    () =>
      buildTransposedModel(params('?view=transposed&fw=tf&i=3&k=4&s=2&tfpad=same&kop=0') as never),
    'Keras',
    ['5', '6', '4'],
  ],
  [
    'channels: groups',
    () => buildChannelsModel(params('?view=channels&cin=6&cout=8&g=4') as never),
    'PyTorch',
    ['6', '4'],
  ],
  [
    'stack: a layer',
    () => buildStackModel(params('?view=stack&i=4&L=c3,c5') as never),
    'PyTorch',
    ['2'],
  ],
];

/** Names and formula words a Chinese sentence keeps. */
const NAMES = new Set(['PyTorch', 'TensorFlow', 'Keras', 'max']);

const markup = (problem: ViewProblem) =>
  renderToStaticMarkup(
    <ConfigErrorPanel
      message={problem.error!}
      explain={problem.explain}
      refuser={problem.refuser}
      fixes={problem.fixes}
      onFix={() => undefined}
    />,
  );

/** The page's text outside code and English-marked elements. */
const ownWords = (html: string) =>
  html.replace(/<(code|span) lang="en"[^>]*>[^<]*<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');

const count = (text: string, part: string) => text.split(part).length - 1;
const unescape = (html: string) =>
  html
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('ConfigErrorPanel', () => {
  beforeAll(() => {
    for (const messages of Object.values(zh)) i18n.load('zh', messages);
  });
  afterEach(() => i18n.activate('en'));

  it.each(REFUSED)(
    '%s: in English, headed by who refuses, the sentence said once',
    (_, build, refuser) => {
      const problem = build();
      expect(problem.error).toBeTruthy();
      const html = unescape(markup(problem));
      expect(html).toContain(`${refuser} rejects this configuration.`);
      expect(count(html, problem.error!)).toBe(1);
      expect(html).not.toContain('config-error-english');
    },
  );

  it.each(REFUSED)(
    '%s: in Chinese, explained in Chinese with its numbers, the English quoted once',
    (_, build, refuser, numbers) => {
      const problem = build();
      i18n.activate('zh');
      const html = unescape(markup(problem));
      expect(html).toContain(`${refuser} 拒绝此配置。`);
      expect(count(html, problem.error!)).toBe(1);
      expect(html).toContain(
        `<span lang="en" data-testid="config-error-english">${problem.error}</span>`,
      );
      const explanation = ownWords(html.split('<p class="config-error-english">')[0]);
      expect(explanation).toMatch(/\p{Script=Han}{4}/u);
      // No English words of its own besides names and formulas, and no placeholder left.
      const words = explanation.match(/[A-Za-z]{3,}/g) ?? [];
      expect(words.filter((word) => !NAMES.has(word))).toEqual([]);
      expect(explanation).not.toMatch(/[{}]/);
      for (const n of numbers)
        expect(html.split('<p class="config-error-english">')[0]).toContain(n);
    },
  );
});
