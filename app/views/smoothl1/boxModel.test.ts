import { describe, expect, it } from 'vitest';
import { boxLoss } from '../../../engine';
import { buildBatch, setDelta, togglePositive } from './boxModel';

describe('buildBatch', () => {
  it('uses the built-in batch, anchors 1 and 2 positive', () => {
    const batch = buildBatch({}, {}, [1, 2]);
    expect(batch).toHaveLength(8);
    expect(batch.map((a) => a.positive)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(batch[0].pred).toEqual([0.1, -0.05, 0.2, 0.02]);
    expect(batch[1].target).toEqual([0.1, 0.2, 0, -0.2]);
  });

  it('applies edits by row (from 1) and coordinate', () => {
    const batch = buildBatch({ '1dx': 0.5 }, { '8dh': -1 }, []);
    expect(batch[0].pred).toEqual([0.5, -0.05, 0.2, 0.02]);
    expect(batch[7].target).toEqual([0, 0, 0, -1]);
  });

  it('the default batch at β = 1/9, sum / #sampled: Σ = 0.7823833…, loss = Σ / 8', () => {
    // Differences (−0.05, 0.05, 0.3, −0.03) and (−0.4, 0.05, 0.05, −0.2), worked by hand in
    // engine/boxLoss.test.ts: Σ = 0.045 + 0.00405 + 0.9 − 3/18.
    const { loss } = boxLoss(buildBatch({}, {}, [1, 2]), 1 / 9, 'sampled');
    expect(loss).toBeCloseTo((0.045 + 0.00405 + 0.9 - 3 / 18) / 8, 12);
  });
});

describe('setDelta', () => {
  it('records a change and forgets it when the built-in value comes back', () => {
    const edited = setDelta({}, 'pred', 1, 'dx', 0.5);
    expect(edited).toEqual({ '1dx': 0.5 });
    expect(setDelta(edited, 'pred', 1, 'dx', 0.1)).toEqual({});
  });
});

describe('togglePositive', () => {
  it.each([
    [[1, 2], 4, [1, 2, 4]],
    [[1, 4], 2, [1, 2, 4]],
    [[1, 2], 1, [2]],
  ])('%o toggling %d → %o', (positives, row, next) => {
    expect(togglePositive(positives, row)).toEqual(next);
  });
});
