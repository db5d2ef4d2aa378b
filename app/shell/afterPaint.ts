import { startTransition, useEffect, useState } from 'react';

/**
 * Calls `fn` in a task of its own, posted now (through a `MessageChannel`, which no timer
 * clamp delays); the returned function cancels it. The channel is closed once its message has
 * come: a port left open with a listener is never collected.
 */
export function postTask(fn: () => void): () => void {
  let live = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (live) fn();
  };
  channel.port2.postMessage(null);
  return () => {
    live = false;
    channel.port1.close();
  };
}

/** What waits for the next frame: run, in the order asked, in one task posted from it. */
let nextFrame: Set<() => void> | null = null;

/** The frame came: one task for everything that asked for it. */
function framePainted() {
  const waiting = nextFrame;
  nextFrame = null;
  if (!waiting?.size) return;
  postTask(() =>
    waiting.forEach((fn) => {
      // One that throws does not keep the others from running; its error is reported as its
      // own task's would have been.
      try {
        fn();
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }),
  );
}

/**
 * Calls `fn` once the next frame has been painted (a frame, then a task posted from it);
 * the returned function cancels it. All that ask before a frame share its callback and the
 * task after it: a key press asks for several things at once (the panels, the preset links,
 * the header's links), and each would otherwise cost the frame a callback and a channel, and
 * React a render of its own for each.
 */
export function afterNextPaint(fn: () => void): () => void {
  if (!nextFrame) {
    nextFrame = new Set();
    requestAnimationFrame(framePainted);
  }
  // Its own function, so that asking twice with the same `fn` runs it twice.
  const call = () => fn();
  const waiting = nextFrame;
  waiting.add(call);
  return () => {
    waiting.delete(call);
  };
}

/**
 * False until the component's first render is on screen, then true: what may wait for the
 * first paint (and should not compete with it for the connection) renders once this is true.
 * The change is a transition, so what is on screen stays while that code downloads.
 * `already` true skips the wait.
 */
export function usePainted(already = false): boolean {
  const [painted, setPainted] = useState(already);
  useEffect(
    () => (painted ? undefined : afterNextPaint(() => startTransition(() => setPainted(true)))),
    [painted],
  );
  return painted;
}

/**
 * `value`, a render late: a change arrives in a render of its own, started after the frame that
 * shows what changed with it has been painted. React's `useDeferredValue` schedules its render
 * at once, in a task that the browser runs before that frame's own task when it can; this one
 * asks for it only from the frame, so a key press or a hover answers on screen first.
 * `now` true gives the change at once: for input inside what is deferred, whose own controlled
 * inputs would otherwise show their old state until the later render.
 */
export function useValueAfterPaint<T>(value: T, now = false): T {
  const [later, setLater] = useState(value);
  // Given at once: kept, so that the renders after this one show it too.
  if (now && !Object.is(later, value)) setLater(() => value);
  useEffect(
    () =>
      now || Object.is(later, value)
        ? undefined
        : afterNextPaint(() => startTransition(() => setLater(() => value))),
    [value, later, now],
  );
  return now ? value : later;
}
