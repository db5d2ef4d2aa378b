import { useCallback, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store/store';
import type { StepKey } from '../../url/schema';
import { useAnimation, type Animation } from '../animation/useAnimation';
import { useStageKeys } from './useStageKeys';

/** One animation of a figure: its step, playback, and the figure's keyboard shortcuts. */
export interface Stepper extends Animation {
  /** The URL key of the step. */
  track: StepKey;
  /** Number of steps (output positions, input cells). */
  steps: number;
  /** The current step, clamped to the steps. */
  step: number;
  /** Goes to a step by hand (the buttons, the scrubber, the arrow keys): unpins a pinned cell. */
  setStep: (step: number) => void;
  /** Space plays or pauses, ← and → step (see useStageKeys). */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * A figure's animation over `steps` positions, driven by the URL key `track`.
 *
 * @param value the step as the URL holds it (it may be past the last step after a change)
 * @param setStep writes the step through the view's own setter
 */
export function useStepper(
  track: StepKey,
  value: number,
  steps: number,
  setStep: (step: number) => void,
): Stepper {
  const step = Math.min(value, Math.max(0, steps - 1));
  const animation = useAnimation({ track, steps, step, setStep });
  const stepByHand = useCallback(
    (next: number) => {
      useAppStore.getState().unpin();
      setStep(next);
    },
    [setStep],
  );
  const onKeyDown = useStageKeys(steps, step, stepByHand, animation);
  return { track, steps, step, setStep: stepByHand, onKeyDown, ...animation };
}
