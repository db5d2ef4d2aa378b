import { i18n, type Messages } from '@lingui/core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkAnswer,
  msgIds,
  practiceTable,
  PRACTICE_TOPICS,
  type Msg,
  type Question,
} from '../../../engine';
// Catalogues as the build imports them: message ids to compiled messages.
import english from '../../i18n/locales/en/practice.json';
import chineseCommon from '../../i18n/locales/zh/common.json';
import chinese from '../../i18n/locales/zh/practice.json';
import { say, sayAnswer } from './say';

/** Every message a question can put on the page, the checker's refusals included. */
function messagesOf(question: Question): Msg[] {
  const { answer } = question;
  const refusal = checkAnswer(
    answer,
    answer.kind === 'choice' || answer.kind === 'cells'
      ? { kind: 'picked', indices: [] }
      : { kind: 'text', text: 'eleven' },
  );
  return [
    question.prompt,
    question.format,
    question.hint,
    question.seeLabel,
    ...question.solution,
    ...(answer.kind === 'choice' ? answer.options : []),
    ...(refusal.status === 'unreadable' ? [refusal.message] : []),
  ];
}

const questions = PRACTICE_TOPICS.flatMap((topic) =>
  [0, 1, 2, 3, 4, 5].flatMap((seed) => practiceTable(topic, seed).flat()),
);

describe('practice messages', () => {
  afterAll(() => i18n.activate('en'));

  it('every message the engine writes is in both catalogues', () => {
    const missing = new Set<string>();
    for (const question of questions)
      for (const id of messagesOf(question).flatMap(msgIds))
        for (const catalogue of [english, chinese] as Record<string, unknown>[])
          if (!(id in catalogue)) missing.add(id);
    expect([...missing]).toEqual([]);
  });

  it('say fills an engine message in English', () => {
    expect(
      say({
        id: 'practice.conv.prompt',
        values: { module: 'nn.Conv2d(3, 8, kernel_size=3)', input: '(1, 3, 5, 5)' },
      }),
    ).toBe(
      '`nn.Conv2d(3, 8, kernel_size=3)` takes an input of shape `(1, 3, 5, 5)`. What is the height × width of its output?',
    );
    expect(
      say({
        id: 'practice.cells.answer',
        values: { rows: '0, 1', cols: '2', count: 1 },
      }),
    ).toBe('Rows 0, 1 and columns 2: 1 cell.');
    expect(
      sayAnswer({
        kind: 'choice',
        options: [{ id: 'practice.checker.yes' }, { id: 'practice.checker.no' }],
        correct: [1],
        multiple: false,
      }),
    ).toBe('No: the overlap is even');
  });

  it('in Chinese, every prompt, hint, step and link is Chinese around its code and numbers', () => {
    // The build compiles a catalogue as it is imported.
    i18n.load('zh', { ...chineseCommon, ...chinese } as unknown as Messages);
    i18n.activate('zh');
    for (const question of questions) {
      for (const message of [question.prompt, question.hint, question.seeLabel]) {
        const text = say(message);
        expect(text, message.id).toMatch(/\p{Script=Han}/u);
        expect(text, message.id).not.toMatch(/[{}]/);
      }
      for (const step of question.solution) expect(say(step), step.id).not.toMatch(/[{}]/);
    }
    // A section title of the paper, given in Chinese inside the option.
    expect(
      say({ id: 'practice.rel.label', values: { number: 3, title: 'Half (same) padding' } }),
    ).toMatch(/^关系式 3：.*填充/);
  });
});
