import { broadcastQuestion } from './broadcast';
import { checkerboardQuestion } from './checkerboard';
import { convSizeQuestion } from './convSize';
import { makeDraw, seedOf, type Draw } from './draw';
import { maskQuestion } from './mask';
import { poolSizeQuestion } from './poolSize';
import { receptiveFieldQuestion } from './receptiveField';
import { relationshipQuestion } from './relationship';
import { smoothL1Question } from './smoothL1';
import {
  PRACTICE_SET,
  PRACTICE_TOPICS,
  type Level,
  type PracticeTopic,
  type QuestionTopic,
} from './topics';
import { transposedSizeQuestion } from './transposedSize';
import { undoQuestion } from './undo';
import type { Question } from './types';

type Generator = (draw: Draw, level: Level) => Question | null;

/** The generator of every topic; a topic missing here is a type error. */
const GENERATORS: Record<QuestionTopic, Generator> = {
  'conv-size': convSizeQuestion,
  'pool-size': poolSizeQuestion,
  'transposed-size': transposedSizeQuestion,
  relationship: relationshipQuestion,
  undo: undoQuestion,
  'receptive-field': receptiveFieldQuestion,
  checkerboard: checkerboardQuestion,
  broadcast: broadcastQuestion,
  mask: maskQuestion,
  'smooth-l1': smoothL1Question,
};

/** Draws tried for one question before a set gives up on avoiding a duplicate. */
const ATTEMPTS = 400;

/** The topic of each question of a set: the topic itself, or for `mixed` a seeded tour of all. */
export function setTopics(topic: PracticeTopic, seed: number): QuestionTopic[] {
  if (topic !== 'mixed') return new Array<QuestionTopic>(PRACTICE_SET.size).fill(topic);
  const all = PRACTICE_TOPICS.filter((t): t is QuestionTopic => t !== 'mixed');
  const out: QuestionTopic[] = [];
  const draw = makeDraw(seedOf(`mixed:${seed}`));
  while (out.length < PRACTICE_SET.size) out.push(...draw.shuffle(all));
  return out.slice(0, PRACTICE_SET.size);
}

/**
 * Every question a set can ask: for each of its 10 places, one question per difficulty level
 * (the learner meets one of the three, depending on how the set goes). The table is a function
 * of the topic and the seed alone, so a link with `topic`, `seed`, `q` and `lvl` shows the same
 * question on every machine, and no two questions of the table are the same, whichever path
 * the learner takes.
 *
 * @returns `table[place][level − 1]`
 * @example practiceTable('conv-size', 7)[0][0].level // 1
 */
export function practiceTable(topic: PracticeTopic, seed: number): Question[][] {
  const topics = setTopics(topic, seed);
  const seen = new Set<string>();
  return topics.map((questionTopic, place) =>
    ([1, 2, 3] as const).map((level) => {
      const generate = GENERATORS[questionTopic];
      let last: Question | null = null;
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const draw = makeDraw(
          seedOf(`${topic}:${questionTopic}:${seed}:${place}:${level}:${attempt}`),
        );
        const question = generate(draw, level);
        if (!question) continue;
        last = question;
        if (!seen.has(question.key)) break;
      }
      if (!last) throw new Error(`no ${questionTopic} question at level ${level}`);
      seen.add(last.key);
      return last;
    }),
  );
}

/** How a question went: right at once, right after the hint, or the solution shown. */
export type Outcome = 'first' | 'second' | 'shown';

/**
 * The level of the next question: up one after a right first answer, down one after the
 * solution was needed, the same after a right second answer.
 *
 * @example nextLevel(1, 'first') // 2
 */
export function nextLevel(level: Level, outcome: Outcome): Level {
  if (outcome === 'first') return Math.min(level + 1, PRACTICE_SET.levels) as Level;
  if (outcome === 'shown') return Math.max(level - 1, 1) as Level;
  return level;
}
