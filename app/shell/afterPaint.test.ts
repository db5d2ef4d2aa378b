import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, postTask } from './afterPaint';

/** The frame callbacks asked for and not yet run, by their ids. */
let frames = new Map<number, FrameRequestCallback>();
let lastId = 0;

/** Runs the frame: every callback asked for before it. */
function paintFrame() {
  const due = frames;
  frames = new Map();
  due.forEach((callback) => callback(0));
}

/** Waits until the tasks posted so far (and their microtasks) have run. */
const tasksRun = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(() => {
  frames = new Map();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(++lastId, callback);
    return lastId;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
});

afterEach(() => {
  paintFrame();
  vi.unstubAllGlobals();
});

describe('afterNextPaint', () => {
  it('runs nothing before the frame, then everything asked in one task, in order', async () => {
    const ran: string[] = [];
    for (const name of ['panels', 'presets', 'links']) {
      afterNextPaint(() => {
        ran.push(name);
        // Microtasks run when the task ends: after all three if they share it.
        queueMicrotask(() => ran.push(`${name} done`));
      });
    }
    expect(frames.size).toBe(1);
    await tasksRun();
    expect(ran).toEqual([]);
    paintFrame();
    expect(ran).toEqual([]);
    await tasksRun();
    expect(ran).toEqual([
      'panels',
      'presets',
      'links',
      'panels done',
      'presets done',
      'links done',
    ]);
  });

  it('drops what was cancelled, before the frame or after it', async () => {
    const ran: string[] = [];
    const cancelEarly = afterNextPaint(() => ran.push('early'));
    afterNextPaint(() => ran.push('kept'));
    const cancelLate = afterNextPaint(() => ran.push('late'));
    cancelEarly();
    paintFrame();
    cancelLate();
    await tasksRun();
    expect(ran).toEqual(['kept']);
  });

  it('gives what is asked from the task after a frame the frame after it', async () => {
    const ran: string[] = [];
    afterNextPaint(() => {
      ran.push('first');
      afterNextPaint(() => ran.push('second'));
    });
    paintFrame();
    await tasksRun();
    expect(ran).toEqual(['first']);
    paintFrame();
    await tasksRun();
    expect(ran).toEqual(['first', 'second']);
  });

  it('runs the same function once per time it was asked', async () => {
    const fn = vi.fn();
    afterNextPaint(fn);
    afterNextPaint(fn);
    paintFrame();
    await tasksRun();
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('runs the others when one throws, and reports the error', async () => {
    const ran: string[] = [];
    const reported: unknown[] = [];
    const report = (error: unknown) => reported.push(error);
    process.on('uncaughtException', report);
    try {
      afterNextPaint(() => {
        throw new Error('broken');
      });
      afterNextPaint(() => ran.push('after'));
      paintFrame();
      await tasksRun();
    } finally {
      process.off('uncaughtException', report);
    }
    expect(ran).toEqual(['after']);
    expect(reported).toEqual([new Error('broken')]);
  });
});

describe('postTask', () => {
  it('closes its channel once the task has run, and when cancelled before', async () => {
    const closed: string[] = [];
    const Real = MessageChannel;
    /** A channel whose first port notes when it is closed. */
    class Noted extends Real {
      constructor() {
        super();
        const close = this.port1.close.bind(this.port1);
        this.port1.close = () => {
          closed.push('port');
          close();
        };
      }
    }
    vi.stubGlobal('MessageChannel', Noted);
    let ran = 0;
    postTask(() => ran++);
    await tasksRun();
    expect(ran).toBe(1);
    expect(closed).toEqual(['port']);
    const cancel = postTask(() => ran++);
    cancel();
    await tasksRun();
    expect(ran).toBe(1);
    expect(closed).toEqual(['port', 'port']);
  });
});
