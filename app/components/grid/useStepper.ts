import { useCallback, useMemo } from 'react';
import { useAppStore } from '../../store/store';
import type { ViewId } from '../../url/schema';
import { useAnimation } from './useAnimation';
import { useStageKeys } from './useStageKeys';

/**
 * One animation of a view: its step (the URL key `track`, clamped to the steps), a setter, the
 * playback loop and the figure's keyboard shortcuts.
 */
export function useStepper(view: ViewId, track: string, value: number, steps: number) {
  const step = Math.min(value, Math.max(0, steps - 1));
  const setStep = useCallback(
    (next: number) => useAppStore.getState().setParams(view, { [track]: next } as never),
    [view, track],
  );
  useAnimation(track, steps, step, setStep);
  const onKeyDown = useStageKeys(track, steps, step, setStep);
  return { track, step, setStep, onKeyDown };
}

/**
 * Builds a figure's model from its parameters, once per change of anything but the animation
 * steps (stepping only moves the highlighted window).
 */
export function useFigureModel<P extends object, M>(
  params: P,
  build: (params: P) => M,
  steps: readonly string[] = ['t'],
): M {
  const key = JSON.stringify({ ...params, ...Object.fromEntries(steps.map((s) => [s, 0])) });
  // `key` stands for every parameter but the steps; `params` is read when it changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => build(params), [key, build]);
}
