import { i18n, type Messages } from '@lingui/core';
import { afterAll, describe, expect, it } from 'vitest';
import { msgIds, torchMaskSession, type MaskAnalysis, type Msg } from '../../../engine';
// Catalogues as the build imports them: message ids to compiled messages.
import english from '../../i18n/locales/en/mask.json';
import chinese from '../../i18n/locales/zh/mask.json';
import { say } from '../../i18n/say';
import { buildMaskModel } from './maskModel';

/** Conditions that reach each of the lab's explanations, refusals and kinds of result. */
const CONDITIONS = [
  '(a > 0) & (a < 1)',
  '(a > 0) and (a < 1)',
  '0 < a < 1',
  'a > 0 & a < 1',
  '~(a > 0.5)',
  '-(a > 0)',
  '(a > 0) - (a < 1)',
  '+(a > 0)',
  't > 0',
  '(1).any()',
  'a > None',
  'a == None',
  '1 // 0',
  'a + np.argwhere(a > 0)',
  'torch.abs(1)',
  'np.sum(a) > 1',
  'a.sum()',
  'a ** 2 > 1',
  'np.where(a > 0, 1)',
  'a.any(1)',
  'np.where(a > 0) + a',
  'a.shape',
  '99999999999999999999 > a',
  'np.abs(None)',
  'a + 1',
  '~a',
  '(a > 0).any()',
  'np.where(a > 0)',
  '((a > 0) + (a < 1) == 2).nonzero()',
  'a < 0.30000001',
  '',
  'a > ',
  '(a > 0',
  'a > 0 a',
  'a ? 1',
  'a > 01',
  'a > 1a',
  '(a > 0) & not (a < 1)',
  'a is None',
  'np.',
];

const params = (cond: string) => ({
  m: [
    ['0.5', '-1.0', '0.3'],
    ['2.0', '0.2', '0.0'],
  ],
  seed: 1,
  cond,
  torch: '1.2' as const,
});

/** Every message the lab can put on the page for a condition. */
function messagesOf(analysis: MaskAnalysis): Msg[] {
  const results = analysis.results;
  const failures = [analysis.numpy, analysis.torch].flatMap((o) =>
    o && !o.ok && o.error.lab ? [o.error.lab] : [],
  );
  return [
    ...(analysis.explanation ? [analysis.explanation] : []),
    ...failures,
    ...(results?.notes ?? []),
    ...(results
      ? [results.numpy, results.torch].flatMap((r) => [
          ...(r.describe ? [r.describe] : []),
          ...(r.labError ? [r.labError] : []),
        ])
      : []),
    ...(analysis.versions
      ? [analysis.versions.old.describe, analysis.versions.current.describe]
      : []),
  ];
}

const models = CONDITIONS.map((cond) => buildMaskModel(params(cond)));
const session = (version: '1.1' | '1.2') =>
  torchMaskSession({ shape: [2], data: [1, 0] }, 'a > 0', version).flatMap((entry) =>
    entry.note ? [entry.note] : [],
  );
const all = [
  ...models.flatMap((model) => messagesOf(model.analysis)),
  ...session('1.1'),
  ...session('1.2'),
];

describe('mask lab messages', () => {
  afterAll(() => i18n.activate('en'));

  it('reach every kind of explanation, refusal and note', () => {
    const ids = new Set(all.flatMap(msgIds));
    for (const prefix of ['explain', 'lab', 'parse', 'value', 'result', 'repl', 'kind'])
      expect(
        [...ids].some((id) => id.startsWith(`mask.${prefix}.`)),
        prefix,
      ).toBe(true);
    expect(ids.size).toBeGreaterThan(40);
  });

  it('every message the engine writes is in both catalogues', () => {
    const missing = new Set<string>();
    for (const id of all.flatMap(msgIds))
      for (const catalogue of [english, chinese] as Record<string, unknown>[])
        if (!(id in catalogue)) missing.add(id);
    expect([...missing]).toEqual([]);
  });

  it('say the lab’s sentences in English as before', () => {
    const explain = (cond: string) => say(buildMaskModel(params(cond)).analysis.explanation!);
    expect(explain('a > ')).toBe(
      'The condition is not a Python expression this lab understands. Expected `a`, a number or “(” at column 5, found the end.',
    );
    expect(explain('a > 01')).toBe(
      'The condition is not a Python expression this lab understands. SyntaxError at column 5: `leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers`.',
    );
    expect(explain('np.where(a > 0, 1)')).toBe(
      'This lab evaluates part of Python: the names `a`, `np` and `torch`; numbers, `True`, `False`, `None`; comparisons; `+ - * / // %`; `& | ^ ~`; `and`, `or`, `not`; and a few functions. Here: `where` takes one argument in this lab (the condition).',
    );
    expect(explain('np.where(a > 0) + a')).toMatch(
      /Here: this lab combines arrays and numbers only, not a tuple\.$/,
    );
    const tuple = buildMaskModel(params('np.where(a > 0)')).analysis.results!;
    expect(say(tuple.numpy.describe!)).toBe('tuple of 2 arrays');
    expect(say(tuple.torch.describe!)).toBe('tuple of 2 tensors');
    const floats = buildMaskModel(params('a + 1')).analysis.results!;
    expect(say(floats.torch.describe!)).toBe('`torch.float32` tensor of size (2, 3)');
  });

  it('in Chinese, every sentence is Chinese around its code and numbers', () => {
    // The build compiles a catalogue as it is imported.
    i18n.load('zh', chinese as unknown as Messages);
    i18n.activate('zh');
    for (const message of all) {
      const text = say(message);
      expect(text, message.id).toMatch(/\p{Script=Han}/u);
      expect(text, message.id).not.toMatch(/[{}]/);
      // English words only inside code spans, or the libraries' names and Python's constants
      const prose = text.replace(/`[^`]*`/g, ' ').replace(/“[^”]*”/g, ' ');
      expect(prose, message.id).not.toMatch(
        /\b(?!(?:NumPy|PyTorch|Python|True|False|None|bool|uint8|float32|float64|int64|dtype|N|a)\b)[A-Za-z]{2,}/,
      );
    }
    expect(say(buildMaskModel(params('a > 01')).analysis.explanation!)).toBe(
      '这个条件不是本实验能理解的 Python 表达式。第 5 列 Python 报 `SyntaxError`：`leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers`。',
    );
  });
});
