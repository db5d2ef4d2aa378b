import { useEffect, useRef } from 'react';
import { morphChildren } from './morph';

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
/**
 * The longest a formula waits for the browser to be idle: a busy page (or machine) may have no
 * idle time for a long while, and a formula must not keep the numbers of a state left behind.
 */
const IDLE_WAIT_MS = 500;

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
  window.requestIdleCallback
    ? window.requestIdleCallback(fn, { timeout: IDLE_WAIT_MS })
    : window.setTimeout(fn, 1);
const cancelIdle = (handle: number): void =>
  window.cancelIdleCallback ? window.cancelIdleCallback(handle) : window.clearTimeout(handle);

/**
 * The height, in em of the formula's font, kept for KaTeX's display of `tex`: KaTeX sets one
 * line about 1.3 high, a fraction 2.4, an array such as `cases` 1.5 a row (measured in
 * Chromium; `e2e/layout-shift.spec.ts` checks that no formula of the app is cut).
 */
export function displayHeight(tex: string): number {
  if (/\\begin\b/.test(tex)) return 1.5 * tex.split('\\\\').length + 0.3;
  if (/\\d?frac\b/.test(tex)) return 2.7;
  return 1.65;
}

/** A formula waiting to be typeset. */
interface Job {
  element: HTMLElement;
  tex: string;
  display: boolean;
  /** False once the formula has changed again or left the page. */
  live: () => boolean;
}

/** Typesetting of one task stops starting new formulas after this long (the rest wait). */
const BATCH_MS = 8;
const waiting = new Map<HTMLElement, Job>();
let batchHandle = 0;

/** Typesets the waiting formulas in the browser's next idle time. */
function typesetSoon(katex: Katex) {
  batchHandle ||= requestIdle(() => {
    batchHandle = 0;
    void typesetWaiting(katex);
  });
}

/**
 * Typesets the waiting formulas once the fonts they use have loaded: KaTeX lays them out
 * first in a hidden box, whose text makes the browser fetch exactly those fonts, so that
 * nothing moves when they arrive; then each result replaces its TeX in one step (where a formula
 * was typeset before, only what differs is changed, see `morphChildren`). The formulas
 * that change together (a key press changes every number in them) are laid out together, in
 * one layout of the page rather than one each; a task stops starting new ones after
 * `BATCH_MS`, so the page's formulas, all waiting for KaTeX on the first load, do not become
 * one long task when it arrives.
 */
async function typesetWaiting(katex: Katex) {
  const start = performance.now();
  const staging = document.createElement('span');
  staging.className = 'formula-staging';
  staging.setAttribute('aria-hidden', 'true');
  const batch: [Job, HTMLElement][] = [];
  for (const job of waiting.values()) {
    if (batch.length && performance.now() - start > BATCH_MS) break;
    waiting.delete(job.element);
    if (!job.live()) continue;
    const box = document.createElement('span');
    katex.render(job.tex, box, {
      displayMode: job.display,
      output: 'htmlAndMathml',
      throwOnError: false,
    });
    staging.append(box);
    batch.push([job, box]);
  }
  if (waiting.size) typesetSoon(katex);
  if (!batch.length) return;
  document.body.append(staging);
  try {
    staging.getBoundingClientRect();
    await document.fonts.ready;
    for (const [job, box] of batch) if (job.live()) morphChildren(job.element, box);
  } finally {
    staging.remove();
  }
}

/**
 * A formula rendered by KaTeX: drawn with KaTeX's fonts, with MathML beside it for screen
 * readers. React renders the empty element; KaTeX fills it (until then it shows the TeX).
 * A display formula is a scroller around a body as wide as its content: a change of either
 * width (a narrower screen, the TeX typeset, KaTeX's fonts arriving) is observed, so the
 * scroller is a Tab stop exactly while it has to scroll. Its height is kept the same before
 * and after, so the page does not move when KaTeX, loaded after the first paint, arrives.
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
    const job: Job = { element, tex, display, live: () => live };
    const typeset = () =>
      loadKatex().then(
        (katex) => {
          if (!live) return;
          waiting.set(element, job);
          typesetSoon(katex);
        },
        // KaTeX could not be downloaded (offline): the TeX stays readable as text, and
        // typesetting is tried again when the connection comes back.
        () => live && window.addEventListener('online', onOnline, { once: true }),
      );
    const onOnline = () => (idle = requestIdle(typeset));
    // A display formula that has to scroll sideways (a narrow screen) must be reachable by
    // keyboard; one that fits is not a Tab stop. Checked when the observer reports its sizes
    // (at once, and whenever the scroller or the typeset formula changes width), after the
    // browser's own layout: reading the widths then costs no layout of its own.
    const reachable = () => {
      if (scroller.scrollWidth > scroller.clientWidth + 1) scroller.tabIndex = 0;
      else scroller.removeAttribute('tabindex');
    };
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
      waiting.delete(element);
      resize?.disconnect();
      window.clearTimeout(timer);
      window.removeEventListener('online', onOnline);
      cancelIdle(idle);
    };
  }, [tex, display]);
  return display ? (
    <span
      ref={outer}
      className={className ?? 'formula formula-display'}
      style={{ height: `${displayHeight(tex)}em` }}
      data-tex={tex}
    >
      <span ref={inner} className="formula-body" />
    </span>
  ) : (
    <span ref={outer} className={className ?? 'formula'} data-tex={tex} />
  );
}
