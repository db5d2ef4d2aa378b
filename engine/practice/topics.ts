/**
 * The practice topics, light enough for the URL table: ids in the order the page lists them.
 * `mixed` draws one question of every topic in a seeded order.
 */
export const PRACTICE_TOPICS = [
  'mixed',
  'conv-size',
  'pool-size',
  'transposed-size',
  'relationship',
  'undo',
  'receptive-field',
  'checkerboard',
  'broadcast',
  'mask',
  'smooth-l1',
] as const;

export type PracticeTopic = (typeof PRACTICE_TOPICS)[number];

/** A topic with questions of its own (every topic but `mixed`). */
export type QuestionTopic = Exclude<PracticeTopic, 'mixed'>;

/** Questions in a set, and the difficulty levels (1 easy, 2 medium, 3 hard). */
export const PRACTICE_SET = { size: 10, levels: 3 } as const;

export type Level = 1 | 2 | 3;
