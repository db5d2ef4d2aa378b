import type { AxisParam, Fix } from '../../engine';
import type { AxisPair } from '../url/fields';

/**
 * Turns an engine fix into a patch of a view's URL parameters, for parameters held as
 * [height, width] pairs. `keys` maps the engine's parameter names to the view's URL keys;
 * changes of other parameters are left to the caller.
 */
export function pairPatch<P extends object>(
  params: P,
  fix: Fix,
  keys: Partial<Record<AxisParam, keyof P>>,
): Partial<P> {
  const patch: Partial<P> = {};
  for (const { param, axis, value } of fix.changes) {
    const key = keys[param];
    if (key === undefined) continue;
    const pair = ((patch[key] ?? params[key]) as AxisPair).slice() as AxisPair;
    pair[axis] = value;
    patch[key] = pair as P[keyof P];
  }
  return patch;
}
