import { useEffect, useRef } from 'react';

interface Props {
  /** TeX source. */
  tex: string;
  /** Display (block) style instead of inline. */
  display?: boolean;
  className?: string;
}

type Katex = typeof import('katex').default;

/** Quiet time after the last change before a formula is typeset again. */
const SETTLE_MS = 150;

let katexPromise: Promise<Katex> | null = null;

/** KaTeX and its stylesheet are loaded on first use, so they never delay the first paint. */
function loadKatex(): Promise<Katex> {
  katexPromise ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(
    ([module]) => module.default,
    (error: unknown) => {
      // A failed download is not kept: the next formula asks the network again.
      katexPromise = null;
      throw error;
    },
  );
  return katexPromise;
}

const requestIdle = (fn: () => void): number =>
  window.requestIdleCallback ? window.requestIdleCallback(fn) : window.setTimeout(fn, 1);
const cancelIdle = (handle: number): void =>
  window.cancelIdleCallback ? window.cancelIdleCallback(handle) : window.clearTimeout(handle);

/**
 * A formula rendered by KaTeX: drawn with KaTeX's fonts, with MathML beside it for screen
 * readers. React renders the empty element; KaTeX fills it (until then it shows the TeX).
 * A display formula is a scroller around a body as wide as its content: a change of either
 * width (a narrower screen, the TeX typeset, KaTeX's fonts arriving) is observed, so the
 * scroller is a Tab stop exactly while it has to scroll.
 */
export function Formula({ tex, display = false, className }: Props) {
  const outer = useRef<HTMLSpanElement>(null);
  const inner = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const scroller = outer.current;
    const element = display ? inner.current : scroller;
    if (!scroller || !element) return;
    if (!element.firstChild) element.textContent = tex;
    let live = true;
    const typeset = () =>
      loadKatex().then(
        (katex) => {
          if (!live) return;
          katex.render(tex, element, {
            displayMode: display,
            output: 'htmlAndMathml',
            throwOnError: false,
          });
          reachable();
        },
        // KaTeX could not be downloaded (offline): the TeX stays readable as text, and
        // typesetting is tried again when the connection comes back.
        () => live && window.addEventListener('online', onOnline, { once: true }),
      );
    const onOnline = () => (idle = requestIdle(typeset));
    // A display formula that has to scroll sideways (a narrow screen) must be reachable by
    // keyboard; one that fits is not a Tab stop.
    const reachable = () => {
      if (!display) return;
      if (scroller.scrollWidth > scroller.clientWidth + 1) scroller.tabIndex = 0;
      else scroller.removeAttribute('tabindex');
    };
    reachable();
    const resize = display && window.ResizeObserver ? new ResizeObserver(reachable) : null;
    resize?.observe(scroller);
    resize?.observe(element);
    // Typesetting waits until the parameters have stopped changing for a moment and the
    // browser is idle: dragging a slider repaints the figure, not the formula, on every step.
    let idle = 0;
    const settle = element.querySelector('.katex') ? SETTLE_MS : 0;
    const timer = window.setTimeout(() => (idle = requestIdle(typeset)), settle);
    return () => {
      live = false;
      resize?.disconnect();
      window.clearTimeout(timer);
      window.removeEventListener('online', onOnline);
      cancelIdle(idle);
    };
  }, [tex, display]);
  return display ? (
    <span ref={outer} className={className ?? 'formula formula-display'} data-tex={tex}>
      <span ref={inner} className="formula-body" />
    </span>
  ) : (
    <span ref={outer} className={className ?? 'formula'} data-tex={tex} />
  );
}
