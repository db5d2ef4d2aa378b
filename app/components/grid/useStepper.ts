import { useCallback, useMemo } from 'react';
import { useAppStore } from '../../store/store';
import type { ViewId } from '../../url/schema';
import { useAnimation } from './useAnimation';
import { useStageKeys } from './useStageKeys';

/**
 * The animation of a sliding-window view: the URL's `t` clamped to the steps, a setter, the
 * playback loop and the figure's keyboard shortcuts.
 */
export function useStepper(view: ViewId, t: number, steps: number) {
  const step = Math.min(t, Math.max(0, steps - 1));
  const setStep = useCallback(
    (next: number) => useAppStore.getState().setParams(view, { t: next } as never),
    [view],
  );
  useAnimation(steps, step, setStep);
  const onKeyDown = useStageKeys(steps, step, setStep);
  return { step, setStep, onKeyDown };
}

/**
 * Builds a figure's model from its parameters, once per change of anything but the animation
 * step `t` (stepping only moves the highlighted window).
 */
export function useFigureModel<P extends { t: number }, M>(params: P, build: (params: P) => M): M {
  const key = JSON.stringify({ ...params, t: 0 });
  // `key` stands for every parameter but `t`; `params` is read when it changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => build(params), [key, build]);
}
