import { useCallback, type KeyboardEvent } from 'react';
import type { Animation } from '../animation/useAnimation';

/** Whether the focused element uses this key itself (fields, grids; Space on buttons). */
function ownsKey(target: EventTarget, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('.canvas-grid')) return true;
  const tag = target.tagName;
  if (tag === 'SELECT' || tag === 'TEXTAREA') return true;
  if (tag === 'INPUT') return (target as HTMLInputElement).type !== 'checkbox' || key === ' ';
  return key === ' ' && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY');
}

/**
 * Keyboard shortcuts of an animated figure: Space plays or pauses, ← and → step. They apply
 * while focus is inside the figure but not in a field or grid that uses those keys.
 */
export function useStageKeys(
  steps: number,
  step: number,
  setStep: (t: number) => void,
  { togglePlay, pause }: Pick<Animation, 'togglePlay' | 'pause'>,
) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (ownsKey(event.target, event.key) || event.altKey || event.ctrlKey || event.metaKey)
        return;
      if (event.key === ' ') {
        event.preventDefault();
        togglePlay();
      } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        event.preventDefault();
        pause();
        const next = step + (event.key === 'ArrowRight' ? 1 : -1);
        setStep(Math.min(steps - 1, Math.max(0, next)));
      }
    },
    [steps, step, setStep, togglePlay, pause],
  );
}
