import { PRACTICE_SET, type Level, type Question } from '../../../engine';
import type { PracticeResult } from '../../store/practiceProgress';
import type { ViewParams } from '../../url/schema';
import { sayAnswer } from './say';
import { seeHref } from './seeLink';

/** A set's score so far: right at the first try, right after the hint, solution shown. */
export interface PracticeScore {
  first: number;
  second: number;
  shown: number;
  answered: number;
}

/** What the practice page shows. */
export interface PracticeModel {
  /** 0-based place of the question in the set. */
  place: number;
  level: Level;
  question: Question;
  /** The right answer, stated in the page's language (backticked spans are code). */
  answerText: string;
  /** The explorer view in the question's state. */
  seeHref: string;
  /** How this question went, when it was answered at this level. */
  recorded: PracticeResult | null;
  /** How each question of the set went, null where not answered yet. */
  results: (PracticeResult | null)[];
  score: PracticeScore;
  /** Every question of the set answered. */
  complete: boolean;
  /** The last question of the set. */
  last: boolean;
}

/** The score of a set's results. */
export function scoreOf(results: readonly (PracticeResult | null)[]): PracticeScore {
  const count = (outcome: PracticeResult['outcome']) =>
    results.filter((r) => r?.outcome === outcome).length;
  const score = { first: count('first'), second: count('second'), shown: count('shown') };
  return { ...score, answered: score.first + score.second + score.shown };
}

/**
 * The page's model: the question at the URL's place and level, taken from the set's table, and
 * the set's results so far.
 *
 * @param table `practiceTable(topic, seed)`
 */
export function buildPracticeModel(
  table: readonly Question[][],
  params: ViewParams<'practice'>,
  stored: readonly (PracticeResult | null)[] | undefined,
): PracticeModel {
  const place = Math.min(Math.max(params.q, 1), table.length) - 1;
  const level = Math.min(Math.max(params.lvl, 1), PRACTICE_SET.levels) as Level;
  const question = table[place][level - 1];
  const results = Array.from({ length: table.length }, (_, n) => stored?.[n] ?? null);
  const here = results[place];
  return {
    place,
    level,
    question,
    answerText: sayAnswer(question.answer),
    seeHref: seeHref(question.see),
    recorded: here && here.level === level ? here : null,
    results,
    score: scoreOf(results),
    complete: results.every((r) => r !== null),
    last: place === table.length - 1,
  };
}
