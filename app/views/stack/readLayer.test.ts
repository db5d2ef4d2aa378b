import { i18n, type Messages } from '@lingui/core';
import { afterEach, describe, expect, it } from 'vitest';
import { parseLayers } from '../../../engine';
import { say } from '../../i18n/say';
import zh from '../../i18n/locales/zh/stack.json';
import { readLayer } from './LayerRow';

/** Layer texts the reader refuses, one for each of its reasons. */
const REFUSED = [
  'q3',
  'c',
  'cx',
  'c0',
  'c16',
  'c3s9',
  'c31234567',
  'c3s2s1',
  'c3x64s2',
  'c3q1',
  'c3s',
  'c3g2x3s1',
  'm2s1g2',
  't3psame',
];

describe('a layer text’s reasons', () => {
  afterEach(() => i18n.activate('en'));

  it('in English say what the engine says, field names and all (the list of letters aside)', () => {
    for (const text of REFUSED) {
      const [problem] = parseLayers(text).problems;
      if (problem.msg.id === 'stack.text.takesNo' || problem.msg.id === 'stack.text.field') {
        const [before, after] = say(problem.msg).split(String(problem.msg.values?.letters));
        expect(problem.reason.startsWith(before) && problem.reason.endsWith(after), text).toBe(
          true,
        );
      } else expect(say(problem.msg), text).toBe(problem.reason);
    }
  });

  it('in Chinese are Chinese, the layer’s letters as code', () => {
    i18n.load('zh', zh as unknown as Messages);
    i18n.activate('zh');
    for (const text of REFUSED) {
      const read = readLayer(text);
      expect(read.ok, text).toBe(false);
      const error = read.ok ? '' : read.error;
      const prose = error.replace(/`[^`]*`/g, ' ');
      expect(prose, text).toMatch(/\p{Script=Han}{2}/u);
      expect(prose.match(/[a-z]{3,}/g) ?? [], text).toEqual([]);
    }
    expect(readLayer('c3s9')).toEqual({ ok: false, error: '步幅 9 超过了最大值 8' });
    expect(readLayer('c3,m2')).toEqual({ ok: false, error: '每行一层：请删去逗号。' });
  });
});
