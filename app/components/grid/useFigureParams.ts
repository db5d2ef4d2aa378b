import { useMemo } from 'react';
import type { StepKey } from '../../url/schema';

/**
 * A figure view's parameters with its animation steps set to 0: one object that changes only
 * when a parameter other than a step does. The model, the code and the preset links depend on
 * it, so stepping the animation moves the highlighted window and nothing else.
 *
 * @example const figure = useFigureParams(params, ['t']); // same object while only t changes
 */
export function useFigureParams<P extends object>(params: P, steps: readonly StepKey[]): P {
  const key = JSON.stringify({ ...params, ...Object.fromEntries(steps.map((s) => [s, 0])) });
  return useMemo(() => JSON.parse(key) as P, [key]);
}
