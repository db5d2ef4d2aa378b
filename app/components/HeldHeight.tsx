import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * A box exactly as tall as what it holds, whose changes inside lay out that box alone: on the
 * screen it has size and layout containment, and the height of its content, measured by a
 * ResizeObserver (which reports after the browser's layout and before its paint, so every
 * frame shows the height its content has then). A sentence rewritten at every hover then lays
 * out one paragraph instead of the page, and the page paints no more than the sentence. The box
 * sits in a plain block of its own, so that a caller may put it anywhere: Chromium never lays out
 * a grid or flex item on its own, and a contained box placed straight in a grid would lay out the
 * page as if it had no containment.
 */
export function HeldHeight({ children }: { children: ReactNode }) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = outer.current;
    const content = inner.current;
    if (!box || !content) return;
    const hold = (height: number) => box.style.setProperty('--held-height', `${height}px`);
    // Before the first paint: the box is empty until it is given a height.
    hold(content.getBoundingClientRect().height);
    const observer = new ResizeObserver(([entry]) =>
      hold(entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height),
    );
    observer.observe(content, { box: 'border-box' });
    return () => observer.disconnect();
  }, []);
  return (
    <div>
      <div ref={outer} className="held-height">
        <div ref={inner}>{children}</div>
      </div>
    </div>
  );
}
