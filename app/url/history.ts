/**
 * Keeps the address bar and the store in step: the URL is read once at start-up and on
 * back/forward; every parameter change writes it back. A change adds a history entry, except
 * the animation step and quick repeats of the same control, which replace the current entry
 * so that Back goes to the previous state rather than the previous keystroke.
 *
 * Writing the address bar costs the browser far more than the page (10–20 ms of its CPU per
 * write), so it is written as seldom as the history allows, and after the frame showing the
 * change is painted: a new entry at once; a repeat of the same control while the input is held
 * (a key repeating on a slider, a slider dragged) once it is let go, as one `replaceState`.
 */
import type { StoreApi } from 'zustand';
import type { AppState } from '../store/store';
import { decode, encode, isTransientKey } from './codec';

/** Repeated changes of the same keys within this time collapse into one history entry. */
const COALESCE_MS = 1000;
/** A repeat waiting for a held key or pointer is written after this long at the latest. */
const HELD_MS = 1000;
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

/** The keys every view shares, written after the view's own. */
const urlExtras = (s: AppState) => ({ lang: s.langKey, embed: s.embed });

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(store: StoreApi<AppState>): () => void {
  const load = () => {
    const decoded = decode(window.location.search);
    store.getState().loadDecoded(decoded);
    if (decoded.corrections.length)
      store.getState().addNotice({ id: 'shell.notice.corrected' }, decoded.corrections);
    return encode(decoded.view, decoded.params, { lang: decoded.lang, embed: decoded.embed });
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
  let pending: {
    url: string;
    mode: 'push' | 'replace';
    /** Waiting for the key or pointer to be let go (else for the next frame). */
    held: boolean;
    cancel: () => void;
  } | null = null;
  const flush = () => {
    if (!pending) return;
    pending.cancel();
    const { url, mode } = pending;
    pending = null;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(window.history.state, '', url);
  };
  // Input is held while a key repeats or a pointer is down (a slider dragged).
  let keyHeld = false;
  let pointerHeld = false;
  const held = () => keyHeld || pointerHeld;
  const untilLetGo = (fn: () => void) => {
    const timer = setTimeout(fn, HELD_MS);
    return () => clearTimeout(timer);
  };
  const write = (next: string, mode: 'push' | 'replace') => {
    current = next;
    if (mode === 'replace' && pending) {
      // A repeat goes into the write waiting (a new entry or a replacement).
      pending.url = next;
      return;
    }
    flush();
    const waits = mode === 'replace' && held();
    pending = {
      url: next,
      mode,
      held: waits,
      cancel: waits ? untilLetGo(flush) : afterNextPaint(flush),
    };
  };
  // A write that waits for the next frame already keeps waiting for it: asking for another
  // frame would put a frame of its own between a key press and the task after its frame.
  const letGo = () => {
    if (!pending?.held || held()) return;
    pending.cancel();
    pending.held = false;
    pending.cancel = afterNextPaint(flush);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.repeat) keyHeld = true;
  };
  const onKeyUp = () => {
    keyHeld = false;
    letGo();
  };
  const onPointerDown = () => {
    pointerHeld = true;
  };
  const onPointerUp = () => {
    pointerHeld = false;
    letGo();
  };
  const onBlur = () => {
    keyHeld = pointerHeld = false;
    letGo();
  };
  // Leaving or hiding the page writes what waits, so a reload or a restored tab keeps it.
  const onHide = () => flush();

  const unsubscribe = store.subscribe((state, prev) => {
    if (applying) return;
    if (
      state.view === prev.view &&
      state.params[state.view] === prev.params[prev.view] &&
      state.langKey === prev.langKey
    )
      return;
    const next = encode(state.view, state.params[state.view], urlExtras(state));
    if (next === current) return;
    const keys = changedKeys(current, next);
    const transient = (key: string) => isTransientKey(state.view, key);
    if (keys.every(transient)) {
      transientTimer ??= setTimeout(() => {
        transientTimer = undefined;
        const latest = store.getState();
        write(encode(latest.view, latest.params[latest.view], urlExtras(latest)), 'replace');
      }, TRANSIENT_MS);
      return;
    }
    cancelTransient();
    // Quick repeats of one control (a slider dragged, a number typed digit by digit) collapse
    // into one entry; a change of view or of several keys at once (a preset, a link) never does.
    const now = performance.now();
    const changed = keys.filter((key) => !transient(key));
    const signature =
      changed.length === 1 && changed[0] !== 'view' && changed[0] !== 'lang' ? changed[0] : '';
    const coalesce =
      signature !== '' && signature === lastPush.keys && now - lastPush.at < COALESCE_MS;
    lastPush = { keys: signature, at: now };
    write(next, coalesce ? 'replace' : 'push');
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
  const held_: [string, (event: never) => void][] = [
    ['keydown', onKeyDown],
    ['keyup', onKeyUp],
    ['pointerdown', onPointerDown],
    ['pointerup', onPointerUp],
    ['pointercancel', onPointerUp],
    ['blur', onBlur],
  ];
  for (const [type, fn] of held_) window.addEventListener(type, fn as EventListener, true);

  return () => {
    unsubscribe();
    cancelTransient();
    flush();
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('pagehide', onHide);
    window.removeEventListener('visibilitychange', onHide);
    for (const [type, fn] of held_) window.removeEventListener(type, fn as EventListener, true);
  };
}
