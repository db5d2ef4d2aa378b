import { startTransition, useEffect, useState } from 'react';

/**
 * Calls `fn` once the next frame has been painted (a frame, then a task posted from it);
 * the returned function cancels it.
 */
export function afterNextPaint(fn: () => void): () => void {
  let live = true;
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => live && fn();
    channel.port2.postMessage(null);
  });
  return () => {
    live = false;
    cancelAnimationFrame(frame);
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
