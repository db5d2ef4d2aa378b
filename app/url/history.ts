/**
 * Keeps the address bar and the store in step: the URL is read once at start-up and on
 * back/forward; every parameter change writes it back. A change adds a history entry, except
 * the animation step and quick repeats of the same control, which replace the current entry
 * so that Back goes to the previous state rather than the previous keystroke.
 *
 * Writing the address bar costs the browser far more than the page (10–20 ms of its CPU per
 * write), so it is written as seldom as the history allows: a new entry once the frame showing
 * the change is painted; a repeat (a key held on a slider, a number typed digit by digit) once
 * the input has settled, as one `replaceState`.
 */
import type { StoreApi } from 'zustand';
import type { AppState } from '../store/store';
import { decode, encode, isTransientKey } from './codec';

/** Repeated changes of the same keys within this time collapse into one history entry. */
const COALESCE_MS = 1000;
/** A repeat is written once the control has been still this long. */
const SETTLE_MS = 300;
/**
 * The animation step is written at most this often (throttled, not debounced: during playback
 * the address bar follows within this time, so a link copied mid-play shows the step on screen).
 */
const TRANSIENT_MS = 400;

function changedKeys(from: string, to: string): string[] {
  const a = new URLSearchParams(from);
  const b = new URLSearchParams(to);
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((key) => a.get(key) !== b.get(key)).sort();
}

/** Runs `fn` in a task after the next frame has been painted; returns a function that cancels. */
function afterNextPaint(fn: () => void): () => void {
  if (typeof window.requestAnimationFrame !== 'function') {
    const timer = setTimeout(fn, 0);
    return () => clearTimeout(timer);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = window.requestAnimationFrame(() => (timer = setTimeout(fn, 0)));
  return () => {
    window.cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

const CORRECTIONS_TITLE = 'Some values in the link were corrected';

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(store: StoreApi<AppState>): () => void {
  const load = () => {
    const decoded = decode(window.location.search);
    store.getState().loadDecoded(decoded);
    if (decoded.corrections.length)
      store.getState().addNotice(CORRECTIONS_TITLE, decoded.corrections);
    return encode(decoded.view, decoded.params);
  };

  let current = load();
  window.history.replaceState(window.history.state, '', current + window.location.hash);
  let applying = false;
  let lastPush = { keys: '', at: 0 };
  let transientTimer: ReturnType<typeof setTimeout> | undefined;
  const cancelTransient = () => {
    clearTimeout(transientTimer);
    transientTimer = undefined;
  };

  // The write waiting, if any: a new entry (after the next paint) or a replacement (when the
  // input settles). A repeat that comes while a new entry waits goes into that entry.
  let pending: { url: string; mode: 'push' | 'replace'; cancel: () => void } | null = null;
  const flush = () => {
    if (!pending) return;
    pending.cancel();
    const { url, mode } = pending;
    pending = null;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(window.history.state, '', url);
  };
  const settle = (fn: () => void) => {
    const timer = setTimeout(fn, SETTLE_MS);
    return () => clearTimeout(timer);
  };
  const write = (next: string, mode: 'push' | 'replace', when: 'paint' | 'settle') => {
    current = next;
    if (when === 'settle' && pending) {
      pending.url = next;
      if (pending.mode === 'push') return;
      pending.cancel();
      pending.cancel = settle(flush);
      return;
    }
    flush();
    pending = { url: next, mode, cancel: when === 'paint' ? afterNextPaint(flush) : settle(flush) };
  };
  // Leaving or hiding the page writes what waits, so a reload or a restored tab keeps it.
  const onHide = () => flush();

  const unsubscribe = store.subscribe((state, prev) => {
    if (applying) return;
    if (state.view === prev.view && state.params[state.view] === prev.params[prev.view]) return;
    const next = encode(state.view, state.params[state.view]);
    if (next === current) return;
    const keys = changedKeys(current, next);
    const transient = (key: string) => isTransientKey(state.view, key);
    if (keys.every(transient)) {
      transientTimer ??= setTimeout(() => {
        transientTimer = undefined;
        const latest = store.getState();
        write(encode(latest.view, latest.params[latest.view]), 'replace', 'paint');
      }, TRANSIENT_MS);
      return;
    }
    cancelTransient();
    // Quick repeats of one control (a slider dragged, a number typed digit by digit) collapse
    // into one entry; a change of view or of several keys at once (a preset, a link) never does.
    const now = performance.now();
    const changed = keys.filter((key) => !transient(key));
    const signature = changed.length === 1 && changed[0] !== 'view' ? changed[0] : '';
    const coalesce =
      signature !== '' && signature === lastPush.keys && now - lastPush.at < COALESCE_MS;
    lastPush = { keys: signature, at: now };
    write(next, coalesce ? 'replace' : 'push', coalesce ? 'settle' : 'paint');
  });

  const onPopState = () => {
    cancelTransient();
    // The browser has left the entry the waiting write was for: writing now would change the
    // entry it arrived at.
    pending?.cancel();
    pending = null;
    applying = true;
    try {
      current = load();
    } finally {
      applying = false;
    }
    lastPush = { keys: '', at: 0 };
  };
  window.addEventListener('popstate', onPopState);
  window.addEventListener('pagehide', onHide);
  window.addEventListener('visibilitychange', onHide);

  return () => {
    unsubscribe();
    cancelTransient();
    flush();
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('pagehide', onHide);
    window.removeEventListener('visibilitychange', onHide);
  };
}
