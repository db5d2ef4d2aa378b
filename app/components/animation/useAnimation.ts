import { useCallback, useEffect, useEffectEvent } from 'react';
import { useAppStore, type AppState } from '../../store/store';
import type { StepKey } from '../../url/schema';

/**
 * The app's one animation clock. Every animation (a figure's window, the scatter's stamps, the
 * broadcasting stretch) steps on requestAnimationFrame, so that a step is never drawn between
 * two frames, and this file is the only place that asks for reduced motion.
 */

/** The answer of one query list, kept and updated on its `change` event; null before asked. */
let reducedMotion: boolean | null = null;

/**
 * Whether the system asks for reduced motion. Asked at every render of an animation bar: the
 * query list's answer is kept, not evaluated by the browser on each press.
 */
function prefersReducedMotion(): boolean {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return false;
  if (reducedMotion === null) {
    const list = window.matchMedia('(prefers-reduced-motion: reduce)');
    list.addEventListener('change', () => (reducedMotion = list.matches));
    reducedMotion = list.matches;
  }
  return reducedMotion;
}

/** Steps per second until the user picks a speed: 2, or 1 when reduced motion is asked for. */
export function defaultSpeed(): number {
  return prefersReducedMotion() ? 1 : 2;
}

const selectSpeed = (s: AppState) => s.speed;
const selectLoop = (s: AppState) => s.loop;

/** The user's playback speed (steps per second) and looping, shared by every animation bar. */
export function usePlaybackSettings(): { speed: number; loop: boolean } {
  const speed = useAppStore(selectSpeed) ?? defaultSpeed();
  const loop = useAppStore(selectLoop);
  return { speed, loop };
}

export interface AnimationOptions {
  /** The URL key of the step this animation drives; names it while it plays. */
  track: StepKey;
  /** Number of steps; the step is in [0, steps). */
  steps: number;
  step: number;
  /** Writes the step (into the URL). */
  setStep: (step: number) => void;
  /** Steps per second (default: the user's speed). */
  rate?: number;
  /** Start over after the last step (default: the user's choice). */
  loop?: boolean;
  /**
   * What reduced motion means: `'slow'` plays at the slower default speed (a figure the user
   * follows step by step); `'jump'` shows the last step at once (a transition to its result).
   */
  reducedMotion?: 'slow' | 'jump';
}

export interface Animation {
  playing: boolean;
  /** Plays from the current step (from the start when at the end), or pauses. */
  togglePlay: () => void;
  /** Stops playing (a step chosen by hand). */
  pause: () => void;
}

/**
 * Advances `step` while this animation plays: `rate` steps per second, one frame at a time.
 * Stops at the last step unless looping.
 */
export function useAnimation({
  track,
  steps,
  step,
  setStep,
  rate,
  loop,
  reducedMotion = 'slow',
}: AnimationOptions): Animation {
  const selectPlaying = useCallback((s: AppState) => s.playing === track, [track]);
  const playing = useAppStore(selectPlaying);
  const settings = usePlaybackSettings();
  const speed = rate ?? settings.speed;
  const loops = loop ?? settings.loop;
  // The loop reads the step once, when it starts; it owns the step while playing.
  const startStep = useEffectEvent(() => (step >= steps - 1 && !loops ? 0 : step));

  useEffect(() => {
    if (!playing || steps <= 1) return;
    let frame = 0;
    let last = performance.now();
    let carry = 0;
    let current = startStep();
    const tick = (now: number) => {
      carry += ((now - last) * speed) / 1000;
      last = now;
      const advance = Math.floor(carry);
      if (advance > 0) {
        carry -= advance;
        let next = current + advance;
        if (next >= steps) {
          if (!loops) {
            setStep(steps - 1);
            useAppStore.getState().setPlaying(null);
            return;
          }
          next %= steps;
        }
        current = next;
        setStep(next);
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, loops, steps, setStep]);

  const togglePlay = useCallback(() => {
    const { setPlaying } = useAppStore.getState();
    if (playing) return setPlaying(null);
    if (steps <= 1) return;
    if (reducedMotion === 'jump' && prefersReducedMotion()) return setStep(steps - 1);
    if (step >= steps - 1 && !loops) setStep(0);
    // A pinned cell would hold the window still: playing is asking to see it move.
    useAppStore.getState().unpin();
    setPlaying(track);
  }, [playing, steps, reducedMotion, step, loops, setStep, track]);
  const pause = useCallback(() => {
    if (playing) useAppStore.getState().setPlaying(null);
  }, [playing]);

  return { playing, togglePlay, pause };
}
