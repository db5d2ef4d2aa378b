import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../store/store';
import { startUrlSync } from './history';
import { englishOf } from './englishText';

/** A minimal browser location and history: enough for the sync to run in Node. */
function fakeWindow(search: string) {
  const entries = [search];
  let index = 0;
  const listeners: Record<string, ((event: object) => void)[]> = {};
  const calls = { push: 0, replace: 0 };
  const win = {
    location: {
      get search() {
        return entries[index];
      },
      hash: '',
    },
    history: {
      state: null,
      pushState: (_: unknown, __: string, url: string) => {
        entries.splice(index + 1, entries.length, url);
        index += 1;
        calls.push += 1;
      },
      replaceState: (_: unknown, __: string, url: string) => {
        entries[index] = url;
        calls.replace += 1;
      },
    },
    addEventListener: (type: string, fn: (event: object) => void) =>
      (listeners[type] ??= []).push(fn),
    removeEventListener: () => undefined,
    dispatch: (type: string, event: object = {}) =>
      (listeners[type] ?? []).forEach((fn) => fn(event)),
    back: () => {
      index -= 1;
      win.dispatch('popstate');
    },
  };
  return { win, calls, entries: () => entries.slice(0, index + 1), all: () => entries.slice() };
}

const initial = useAppStore.getState();
let stop: () => void = () => undefined;

beforeEach(() => {
  useAppStore.setState(initial, true);
  vi.useFakeTimers();
});
afterEach(() => {
  stop();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function start(search: string) {
  const fake = fakeWindow(search);
  vi.stubGlobal('window', fake.win);
  stop = startUrlSync(useAppStore);
  return fake;
}

describe('URL sync', () => {
  it('writes the canonical URL at start and lists corrections in a notice', () => {
    const fake = start('?view=conv&k=abc&zzz=1');
    expect(fake.entries()).toEqual(['?view=conv&i=5&k=3&s=2&p=1']);
    expect(useAppStore.getState().notices[0].items.map(englishOf)).toEqual([
      'k: “abc” is not a number; using the default 3.',
    ]);
  });

  it('adds an entry per change, but one for quick repeats of the same control', () => {
    const fake = start('?view=conv');
    const { setParams } = useAppStore.getState();
    setParams('conv', { k: [4, 4] });
    setParams('conv', { k: [5, 5] });
    setParams('conv', { s: [1, 1] });
    vi.advanceTimersByTime(1);
    expect(fake.entries()).toEqual([
      '?view=conv&i=5&k=3&s=2&p=1',
      '?view=conv&i=5&k=5&s=2&p=1',
      '?view=conv&i=5&k=5&s=1&p=1',
    ]);
  });

  it('never merges a change of view or a preset with the entry before', () => {
    const fake = start('?view=conv');
    useAppStore.getState().setView('pool');
    useAppStore.getState().setView('conv');
    vi.advanceTimersByTime(1);
    expect(fake.entries()).toHaveLength(3);
  });

  it('replaces the entry for the animation step, after a pause', () => {
    const fake = start('?view=conv');
    useAppStore.getState().setParams('conv', { t: 3 });
    expect(fake.entries()).toEqual(['?view=conv&i=5&k=3&s=2&p=1']);
    vi.advanceTimersByTime(500);
    expect(fake.entries()).toEqual(['?view=conv&i=5&k=3&s=2&p=1&t=3']);
  });

  it('follows a playing animation within 400 ms instead of waiting for it to stop', () => {
    const fake = start('?view=conv');
    // A step every 100 ms for a second: a debounce would write nothing until the end.
    for (let t = 1; t <= 10; t += 1) {
      useAppStore.getState().setParams('conv', { t });
      vi.advanceTimersByTime(100);
      if (t === 5) expect(fake.entries()[0]).toMatch(/&t=[34]$/);
    }
    expect(fake.entries()).toHaveLength(1);
    vi.advanceTimersByTime(400);
    expect(fake.entries()).toEqual(['?view=conv&i=5&k=3&s=2&p=1&t=10']);
  });

  it('back restores the previous state', () => {
    const fake = start('?view=conv');
    useAppStore.getState().setParams('conv', { k: [4, 4] });
    vi.advanceTimersByTime(1);
    fake.win.back();
    expect(useAppStore.getState().params.conv.k).toEqual([3, 3]);
  });

  it('writes a held key as one new entry, and one replacement once the key is let go', () => {
    const fake = start('?view=conv');
    const writes = { ...fake.calls };
    // A key held on the kernel slider: the press, then a repeat every 33 ms for almost a second.
    fake.win.dispatch('keydown', { repeat: false });
    useAppStore.getState().setParams('conv', { k: [4, 4] });
    vi.advanceTimersByTime(33);
    for (let k = 5; k <= 33; k += 1) {
      fake.win.dispatch('keydown', { repeat: true });
      useAppStore.getState().setParams('conv', { k: [(k % 15) + 1, (k % 15) + 1] });
      vi.advanceTimersByTime(33);
    }
    expect(fake.calls.push - writes.push).toBe(1);
    expect(fake.calls.replace - writes.replace).toBe(0);
    fake.win.dispatch('keyup');
    vi.advanceTimersByTime(1);
    expect(fake.calls.replace - writes.replace).toBe(1);
    expect(fake.entries()).toEqual(['?view=conv&i=5&k=3&s=2&p=1', '?view=conv&i=5&k=4&s=2&p=1']);
  });

  it('lets a write wait for the frame it asked for when the key is let go', () => {
    const fake = start('?view=conv');
    const frames: (() => void)[] = [];
    const requested = vi.fn((fn: () => void) => frames.push(fn));
    Object.assign(fake.win, { requestAnimationFrame: requested, cancelAnimationFrame: vi.fn() });
    fake.win.dispatch('keydown', { repeat: false });
    useAppStore.getState().setParams('conv', { k: [4, 4] });
    fake.win.dispatch('keyup');
    expect(requested).toHaveBeenCalledTimes(1);
    frames.splice(0).forEach((fn) => fn());
    vi.advanceTimersByTime(1);
    expect(fake.entries()).toEqual(['?view=conv&i=5&k=3&s=2&p=1', '?view=conv&i=5&k=4&s=2&p=1']);
  });

  it('writes a repeat at once when nothing is held, after the frame', () => {
    const fake = start('?view=conv');
    useAppStore.getState().setParams('conv', { k: [4, 4] });
    vi.advanceTimersByTime(1);
    useAppStore.getState().setParams('conv', { k: [5, 5] });
    expect(fake.entries()[1]).toBe('?view=conv&i=5&k=4&s=2&p=1');
    vi.advanceTimersByTime(1);
    expect(fake.entries()).toEqual(['?view=conv&i=5&k=3&s=2&p=1', '?view=conv&i=5&k=5&s=2&p=1']);
  });

  it('writes a waiting change when the page is hidden', () => {
    const fake = start('?view=conv');
    useAppStore.getState().setParams('conv', { k: [4, 4] });
    vi.advanceTimersByTime(1);
    useAppStore.getState().setParams('conv', { k: [5, 5] });
    expect(fake.entries()[1]).toBe('?view=conv&i=5&k=4&s=2&p=1');
    fake.win.dispatch('pagehide');
    expect(fake.entries()[1]).toBe('?view=conv&i=5&k=5&s=2&p=1');
  });

  it('never writes a waiting change into the entry that Back arrives at', () => {
    const fake = start('?view=conv');
    useAppStore.getState().setParams('conv', { k: [4, 4] });
    vi.advanceTimersByTime(1);
    useAppStore.getState().setParams('conv', { k: [5, 5] });
    fake.win.back();
    vi.advanceTimersByTime(1000);
    expect(fake.all()).toEqual(['?view=conv&i=5&k=3&s=2&p=1', '?view=conv&i=5&k=4&s=2&p=1']);
    expect(useAppStore.getState().params.conv.k).toEqual([3, 3]);
  });
});
