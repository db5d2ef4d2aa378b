import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededIntegerAt, seededIntegers } from './random';

describe('seededIntegerAt', () => {
  it('is element n of the sequential stream, for any seed and range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400_000 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: -5, max: 5 }),
        fc.integer({ min: 0, max: 20 }),
        (seed, n, min, span) => {
          const stream = seededIntegers(seed, n + 1, min, min + span);
          expect(seededIntegerAt(seed, n, min, min + span)).toBe(stream[n]);
        },
      ),
    );
  });

  it('reaches positions past 2³²: the state advances by a fixed step modulo 2³²', () => {
    // a 64⁶ tensor has 2³⁶ elements; position 2³⁶ − 1 wraps onto 2³² − 1, 2³² + 5 onto 5
    expect(seededIntegerAt(7, 2 ** 32 + 5, 0, 1_000_000)).toBe(
      seededIntegers(7, 6, 0, 1_000_000)[5],
    );
    expect(seededIntegerAt(3, 2 ** 36 - 1, 0, 1_000_000)).toBe(
      seededIntegerAt(3, 2 ** 32 - 1, 0, 1_000_000),
    );
  });
});
