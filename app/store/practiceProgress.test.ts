import { describe, expect, it } from 'vitest';
import {
  PROGRESS_KEY,
  emptyProgress,
  loadProgress,
  parseProgress,
  saveProgress,
  withResult,
  withoutSet,
} from './practiceProgress';

/** A Storage in memory; `broken` throws on every call, as a blocked localStorage does. */
function memoryStorage(broken = false): Storage {
  const data = new Map<string, string>();
  const guard = () => {
    if (broken) throw new DOMException('blocked', 'SecurityError');
  };
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (n: number) => [...data.keys()][n] ?? null,
    getItem: (key: string) => (guard(), data.get(key) ?? null),
    setItem: (key: string, value: string) => (guard(), void data.set(key, value)),
    removeItem: (key: string) => (guard(), void data.delete(key)),
  };
}

describe('practice progress', () => {
  it('records results per set and place, without touching the old record', () => {
    const before = emptyProgress();
    const after = withResult(before, 'mixed:1', 2, { level: 2, outcome: 'first' }, 10);
    expect(before.sets).toEqual({});
    expect(after.sets['mixed:1']).toHaveLength(10);
    expect(after.sets['mixed:1'][2]).toEqual({ level: 2, outcome: 'first' });
    expect(after.sets['mixed:1'].filter(Boolean)).toHaveLength(1);
    expect(withoutSet(after, 'mixed:1').sets).toEqual({});
  });

  it('survives a round trip through storage', () => {
    const storage = memoryStorage();
    const progress = withResult(
      emptyProgress(),
      'conv-size:7',
      0,
      { level: 1, outcome: 'shown' },
      10,
    );
    saveProgress(storage, progress);
    expect(loadProgress(storage, 10)).toEqual(progress);
    saveProgress(storage, emptyProgress());
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('keeps what is well formed of a damaged record and drops the rest', () => {
    expect(parseProgress('not json', 10)).toEqual(emptyProgress());
    expect(parseProgress('null', 10)).toEqual(emptyProgress());
    expect(parseProgress('{"sets": 5}', 10)).toEqual(emptyProgress());
    const parsed = parseProgress(
      JSON.stringify({
        sets: {
          'mixed:1': [{ level: 3, outcome: 'second' }, { level: 9, outcome: 'first' }, 'x'],
          '<script>:1': [{ level: 1, outcome: 'first' }],
          'pool-size:2': 'nope',
        },
      }),
      3,
    );
    expect(parsed).toEqual({ sets: { 'mixed:1': [{ level: 3, outcome: 'second' }, null, null] } });
  });

  it('keeps the picks of an answer through storage, and drops picks that are not places', () => {
    const storage = memoryStorage();
    const progress = withResult(
      emptyProgress(),
      'receptive-field:1',
      2,
      { level: 3, outcome: 'second', picked: [0, 4] },
      10,
    );
    saveProgress(storage, progress);
    expect(loadProgress(storage, 10).sets['receptive-field:1'][2]).toEqual({
      level: 3,
      outcome: 'second',
      picked: [0, 4],
    });
    const parsed = parseProgress(
      JSON.stringify({
        sets: {
          'mixed:1': [
            { level: 1, outcome: 'first', picked: [1.5] },
            { level: 1, outcome: 'shown', picked: 'x' },
            { level: 2, outcome: 'first', picked: [-1, 2] },
            { level: 2, outcome: 'first', picked: [] },
          ],
        },
      }),
      4,
    );
    expect(parsed.sets['mixed:1']).toEqual([
      { level: 1, outcome: 'first' },
      { level: 1, outcome: 'shown' },
      { level: 2, outcome: 'first' },
      { level: 2, outcome: 'first', picked: [] },
    ]);
  });

  it('a storage that refuses every call changes nothing and throws nothing', () => {
    const storage = memoryStorage(true);
    const progress = withResult(emptyProgress(), 'mixed:1', 0, { level: 1, outcome: 'first' }, 10);
    expect(() => saveProgress(storage, progress)).not.toThrow();
    expect(loadProgress(storage, 10)).toEqual(emptyProgress());
    expect(loadProgress(null, 10)).toEqual(emptyProgress());
  });
});
