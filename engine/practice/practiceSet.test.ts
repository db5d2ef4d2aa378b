import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convAxisOutput, convTransposeAxisOutput, poolAxisOutput } from '../shape';
import { checkAnswer, formatAnswer } from './answerText';
import { interiorOverlap, isUneven } from './checkerboard';
import { relationshipLabel } from './relationship';
import { nextLevel, practiceTable, setTopics } from './practiceSet';
import { PRACTICE_SET, PRACTICE_TOPICS, type QuestionTopic } from './topics';
import type { Answer, Question } from './types';

// PyTorch 1.13's answers to every question of seeds 0–11 (scripts/vectors/gen_practice.py runs
// the code each prompt quotes).
const VECTORS = JSON.parse(
  readFileSync(join(import.meta.dirname, '../vectors/practice/practice-torch.json'), 'utf8'),
) as { answers: Record<string, number[] | number> };
const TOPICS = PRACTICE_TOPICS.filter((t): t is QuestionTopic => t !== 'mixed');
const VECTOR_SEEDS = 12;
const MANY_SEEDS = 60;
/** Mask questions run the condition evaluator many times: fewer seeds keep the run short. */
const seedsOf = (topic: string) => (topic === 'mask' || topic === 'mixed' ? 20 : MANY_SEEDS);

function expectMatches(question: Question, expected: number[] | number) {
  const { answer } = question;
  if (answer.kind === 'shape') expect(answer.value, question.key).toEqual(expected);
  else if (answer.kind === 'number')
    expect(answer.value, question.key).toBeCloseTo(expected as number, 9);
  else if (answer.kind === 'choice') expect(answer.correct, question.key).toEqual(expected);
  else
    expect(
      [...answer.value].sort((a, b) => a - b),
      question.key,
    ).toEqual(expected);
}

// Which relationship applies is the paper's classification, not a number PyTorch computes: it is
// checked against hand-worked cases below.
const COMPUTED = TOPICS.filter((topic) => topic !== 'relationship');

describe('practice answers agree with PyTorch 1.13 and NumPy', () => {
  it.each(COMPUTED)(
    '%s, seeds 0–11, every level',
    (topic) => {
      for (let seed = 0; seed < VECTOR_SEEDS; seed++) {
        for (const question of practiceTable(topic, seed).flat()) {
          const expected = VECTORS.answers[question.key];
          expect(expected, `no vector for ${question.key}: rerun gen_practice.py`).toBeDefined();
          expectMatches(question, expected);
        }
      }
    },
    60_000,
  );
});

/** A typed text that states an answer, and texts that must be refused. */
function rightText(answer: Answer): string {
  if (answer.kind === 'shape') return `(${answer.value.join(', ')})`;
  if (answer.kind === 'number') return formatAnswer(answer);
  throw new Error('not typed');
}

describe('practice sets', () => {
  it.each(PRACTICE_TOPICS)(
    '%s: 10 places × 3 levels, no duplicates, for many seeds',
    (topic) => {
      for (let seed = 0; seed < seedsOf(topic); seed++) {
        const table = practiceTable(topic, seed);
        expect(table).toHaveLength(PRACTICE_SET.size);
        table.forEach((row) => expect(row.map((q) => q.level)).toEqual([1, 2, 3]));
        const keys = table.flat().map((q) => `${q.topic}:${q.key}`);
        expect(new Set(keys).size, `seed ${seed}`).toBe(keys.length);
      }
    },
    60_000,
  );

  it.each(TOPICS)(
    '%s: the checker takes the stated answer and refuses a wrong one',
    (topic) => {
      for (let seed = 0; seed < seedsOf(topic); seed++) {
        for (const question of practiceTable(topic, seed).flat()) {
          const { answer } = question;
          if (answer.kind === 'cells') {
            expect(checkAnswer(answer, { kind: 'picked', indices: answer.value }).status).toBe(
              'right',
            );
            expect(
              checkAnswer(answer, { kind: 'picked', indices: answer.value.slice(1) }).status,
            ).toBe(answer.value.length > 1 ? 'wrong' : 'unreadable');
            continue;
          }
          if (answer.kind === 'choice') {
            expect(checkAnswer(answer, { kind: 'picked', indices: answer.correct }).status).toBe(
              'right',
            );
            const others = answer.options
              .map((_, n) => n)
              .filter((n) => !answer.correct.includes(n));
            expect(others.length).toBeGreaterThan(0);
            expect(checkAnswer(answer, { kind: 'picked', indices: [others[0]] }).status).toBe(
              'wrong',
            );
            continue;
          }
          expect(checkAnswer(answer, { kind: 'text', text: rightText(answer) }).status).toBe(
            'right',
          );
          const wrong =
            answer.kind === 'number'
              ? String(answer.value + 0.01)
              : answer.value.map((v, n) => (n === 0 ? v + 1 : v)).join(' × ');
          expect(checkAnswer(answer, { kind: 'text', text: wrong }).status).toBe('wrong');
        }
      }
    },
    60_000,
  );

  it('size answers are what the engine gives for the parameters the question opens', () => {
    for (let seed = 0; seed < MANY_SEEDS; seed++) {
      for (const topic of ['conv-size', 'pool-size', 'transposed-size'] as const) {
        for (const question of practiceTable(topic, seed).flat()) {
          const { see, answer } = question;
          if (answer.kind !== 'shape' || question.key.startsWith('same-split')) continue;
          const sizes =
            see.view === 'conv'
              ? see.axes.map(convAxisOutput)
              : see.view === 'pool'
                ? see.axes.map(poolAxisOutput)
                : see.view === 'transposed'
                  ? see.axes.map(convTransposeAxisOutput)
                  : null;
          expect(sizes, question.key).toEqual(answer.value);
        }
      }
    }
  });

  it('the same topic and seed give the same questions; another seed others', () => {
    const a = practiceTable('conv-size', 42);
    expect(practiceTable('conv-size', 42)).toEqual(a);
    expect(practiceTable('conv-size', 43)[0][0].key).not.toBe(a[0][0].key);
  });

  it('a mixed set visits every topic, each once while there are places', () => {
    for (let seed = 0; seed < 20; seed++) {
      const topics = setTopics('mixed', seed);
      expect(topics).toHaveLength(PRACTICE_SET.size);
      expect(new Set(topics.slice(0, TOPICS.length)).size).toBe(TOPICS.length);
    }
  });

  it('levels: up after a right first answer, down after a shown solution', () => {
    expect(nextLevel(1, 'first')).toBe(2);
    expect(nextLevel(3, 'first')).toBe(3);
    expect(nextLevel(2, 'second')).toBe(2);
    expect(nextLevel(2, 'shown')).toBe(1);
    expect(nextLevel(1, 'shown')).toBe(1);
  });
});

describe('checkerboard overlap', () => {
  // Worked by hand: stamps of k cells at stride s; count the stamps over each interior cell.
  it.each([
    [3, 2, 1, [2, 1]],
    [4, 2, 1, [2, 2]],
    [2, 2, 1, [1, 1]],
    [5, 3, 1, [2, 1, 2]],
    [3, 1, 1, [3]],
    [3, 2, 2, [3, 0]],
    [2, 4, 1, [1, 0, 0, 1]],
  ])('k = %i, s = %i, d = %i covers %j', (kernel, stride, dilation, counts) => {
    expect(interiorOverlap({ kernel, stride, dilation })).toEqual(counts);
    expect(isUneven({ kernel, stride, dilation })).toBe(new Set(counts).size > 1);
  });
});

describe('relationship questions', () => {
  // Worked by hand from the paper's conditions (sections 2–5).
  it.each([
    [1, 'No zero padding, unit strides'],
    [3, 'Half (same) padding'],
    [6, 'Zero padding, non-unit strides'],
    [7, 'Pooling arithmetic'],
    [12, 'No zero padding, non-unit strides, transposed'],
    [14, 'Zero padding, non-unit strides, transposed (odd case)'],
    [15, 'Dilated convolutions'],
  ])('option of relationship %i: its number and the section title', (number, title) => {
    expect(relationshipLabel(number)).toEqual({
      id: 'practice.rel.label',
      values: { number, title },
    });
  });

  it('every example stands for its own number', () => {
    for (let n = 1; n <= 15; n++) expect(relationshipLabel(n).values?.number).toBe(n);
  });

  it('the right option follows the settings in the prompt', () => {
    for (let seed = 0; seed < 60; seed++) {
      for (const question of practiceTable('relationship', seed).flat()) {
        const { answer } = question;
        // The code the prompt quotes, as the page shows it.
        const prompt = String(question.prompt.values?.module);
        if (answer.kind !== 'choice') throw new Error('a choice');
        const chosen = answer.options[answer.correct[0]];
        const m =
          /kernel_size=(\d+), stride=(\d+)(?:, padding=(\d+))?(?:, (?:dilation|output_padding)=(\d+))?/.exec(
            prompt,
          )!;
        const [k, s, p] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
        const extra = Number(m[4] ?? 0);
        let number: number | null;
        if (prompt.includes('MaxPool2d')) number = 7;
        else if (prompt.includes('ConvTranspose2d')) {
          const a = prompt.includes('output_padding') ? extra : 0;
          if (a >= s) number = null;
          else if (s === 1)
            number = p === 0 ? 8 : k % 2 === 1 && p === (k - 1) / 2 ? 10 : p === k - 1 ? 11 : 9;
          else number = a > 0 ? 14 : p === 0 ? 12 : 13;
        } else if (prompt.includes('dilation')) number = 15;
        else if (s === 1)
          number = p === 0 ? 1 : k % 2 === 1 && p === (k - 1) / 2 ? 3 : p === k - 1 ? 4 : 2;
        else number = p === 0 ? 5 : 6;
        expect(chosen, prompt).toEqual(relationshipLabel(number));
      }
    }
  });
});
