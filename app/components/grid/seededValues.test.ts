import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededIntegers } from '../../../engine';
import { seededValues } from './seededValues';

describe('seededValues', () => {
  it('draws what seededIntegers draws, however often and in whatever order it is asked', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            seed: fc.integer({ min: 0, max: 20 }),
            inputs: fc.integer({ min: 0, max: 40 }),
            taps: fc.integer({ min: 0, max: 12 }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (asks) => {
          for (const { seed, inputs, taps } of asks) {
            const { input, kernel } = seededValues(seed, inputs, taps);
            expect([...input]).toEqual([...seededIntegers(seed, inputs, 0, 3)]);
            expect([...kernel]).toEqual([...seededIntegers(seed + 7919, taps, -1, 2)]);
          }
        },
      ),
    );
  });

  it('gives the same arrays again while the seed and sizes repeat', () => {
    const first = seededValues(3, 1024, 16);
    const again = seededValues(3, 1024, 25);
    expect(again.input).toBe(first.input);
    expect(again.kernel).not.toBe(first.kernel);
    expect(seededValues(3, 1024, 16).kernel).toBe(first.kernel);
  });
});
