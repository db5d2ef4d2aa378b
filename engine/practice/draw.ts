import { seededRandom } from '../random';

/**
 * A 32-bit seed from a text (FNV-1a), so that every (topic, seed, slot, level, attempt) of a set
 * has its own stream of numbers.
 *
 * @example seedOf('conv-size:1:0:1:0') === seedOf('conv-size:1:0:1:0') // true
 */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let n = 0; n < text.length; n++) {
    hash ^= text.charCodeAt(n);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Seeded choices for a question generator: the same seed draws the same question everywhere. */
export interface Draw {
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number;
  /** One element of a list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** The list in a seeded order (a new array). */
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * A {@link Draw} over mulberry32 (`seededRandom`).
 *
 * @example makeDraw(7).int(1, 6) // the same number from 1 to 6 on every machine
 */
export function makeDraw(seed: number): Draw {
  const next = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    int,
    pick: (items) => items[int(0, items.length - 1)],
    chance: (p) => next() < p,
    shuffle: (items) => {
      const out = items.slice();
      for (let n = out.length - 1; n > 0; n--) {
        const m = int(0, n);
        [out[n], out[m]] = [out[m], out[n]];
      }
      return out;
    },
  };
}
