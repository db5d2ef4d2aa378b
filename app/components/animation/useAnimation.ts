import { useEffect } from 'react';
import { useAppStore, type AppState } from '../../store/store';

const selectSpeed = (s: AppState) => s.speed;
const selectLoop = (s: AppState) => s.loop;

/**
 * Advances the animation step while playing: `speed` steps per second, driven by
 * requestAnimationFrame so that a step is never drawn between two frames. Stops at the end
 * unless looping.
 *
 * @param track the URL key of the step this animation drives ('t', …)
 * @param steps number of steps; the step is in [0, steps)
 * @param step current step
 * @param setStep writes the step (into the URL's `t`)
 */
export function useAnimation(
  track: string,
  steps: number,
  step: number,
  setStep: (t: number) => void,
): void {
  const playing = useAppStore((s: AppState) => s.playing === track);
  const speed = useAppStore(selectSpeed);
  const loop = useAppStore(selectLoop);

  useEffect(() => {
    if (!playing || steps <= 1) return;
    let frame = 0;
    let last = performance.now();
    let carry = 0;
    let current = step >= steps - 1 && !loop ? 0 : step;
    const tick = (now: number) => {
      carry += ((now - last) * speed) / 1000;
      last = now;
      const advance = Math.floor(carry);
      if (advance > 0) {
        carry -= advance;
        let next = current + advance;
        if (next >= steps) {
          if (!loop) {
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
    // The loop reads `step` only when it starts; it owns the step while playing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing, speed, loop, steps, setStep]);
}
