/**
 * Practice progress kept in the browser: for each set (topic and seed), how each question went.
 * Optional by design: without storage (private windows, blocked cookies, a full quota) the page
 * keeps progress for the session only, and nothing ever needs it.
 */
import type { Level, Outcome, PracticeTopic } from '../../engine';

/** How one question of a set went, at the level it was asked. */
export interface PracticeResult {
  level: Level;
  outcome: Outcome;
  /** What was picked when it was answered (options or cells, by place), shown again on a revisit. */
  picked?: number[];
}

/** Every set the learner has started, by `topic:seed`; each place of a set is a result or null. */
export interface PracticeProgress {
  sets: Record<string, (PracticeResult | null)[]>;
}

/** The storage key; the version changes if the format does. */
export const PROGRESS_KEY = 'conv-arithmetic-explorer.practice.v1';

export const emptyProgress = (): PracticeProgress => ({ sets: {} });

/** The key of a set in the record. */
export const setKey = (topic: PracticeTopic, seed: number): string => `${topic}:${seed}`;

const OUTCOMES: readonly Outcome[] = ['first', 'second', 'shown'];

/** More places than any question's grid or list has. */
const MAX_PICKS = 1024;

function readResult(value: unknown): PracticeResult | null {
  if (typeof value !== 'object' || value === null) return null;
  const { level, outcome, picked } = value as Record<string, unknown>;
  if (level !== 1 && level !== 2 && level !== 3) return null;
  if (!OUTCOMES.includes(outcome as Outcome)) return null;
  const result: PracticeResult = { level, outcome: outcome as Outcome };
  // Picks are places in a small grid or list: anything else is dropped, the outcome kept.
  if (
    Array.isArray(picked) &&
    picked.length <= MAX_PICKS &&
    picked.every((n) => Number.isInteger(n) && n >= 0 && n < MAX_PICKS)
  )
    result.picked = picked as number[];
  return result;
}

/**
 * Reads the record from a JSON text, keeping what is well formed and dropping the rest (a record
 * edited by hand or written by another version never breaks the page).
 *
 * @example parseProgress('{"sets":{"mixed:1":[{"level":1,"outcome":"first"}]}}').sets['mixed:1'][0]?.outcome // 'first'
 */
export function parseProgress(text: string | null, places: number): PracticeProgress {
  if (!text) return emptyProgress();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return emptyProgress();
  }
  const sets = (data as { sets?: unknown })?.sets;
  if (typeof sets !== 'object' || sets === null) return emptyProgress();
  const out: PracticeProgress = { sets: {} };
  for (const [key, value] of Object.entries(sets)) {
    if (!/^[a-z0-9-]+:\d{1,5}$/.test(key) || !Array.isArray(value)) continue;
    out.sets[key] = Array.from({ length: places }, (_, n) => readResult(value[n]));
  }
  return out;
}

/** The record with one result set (a new object; the old one is left as it was). */
export function withResult(
  progress: PracticeProgress,
  key: string,
  place: number,
  result: PracticeResult,
  places: number,
): PracticeProgress {
  const results = (
    progress.sets[key] ?? new Array<PracticeResult | null>(places).fill(null)
  ).slice();
  results[place] = result;
  return { sets: { ...progress.sets, [key]: results } };
}

/** The record without one set (to take the set again). */
export function withoutSet(progress: PracticeProgress, key: string): PracticeProgress {
  const sets = { ...progress.sets };
  delete sets[key];
  return { sets };
}

/** The browser's localStorage, or null where it cannot be used. */
export function browserStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

/** Reads the record from storage (an empty one when there is none or it cannot be read). */
export function loadProgress(storage: Storage | null, places: number): PracticeProgress {
  try {
    return parseProgress(storage?.getItem(PROGRESS_KEY) ?? null, places);
  } catch {
    return emptyProgress();
  }
}

/** Writes the record, or removes it when empty; a refusal (quota, privacy mode) is ignored. */
export function saveProgress(storage: Storage | null, progress: PracticeProgress): void {
  try {
    if (Object.keys(progress.sets).length === 0) storage?.removeItem(PROGRESS_KEY);
    else storage?.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Progress is a convenience: the session keeps it in memory.
  }
}
