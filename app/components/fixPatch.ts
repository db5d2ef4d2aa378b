import type { AxisGeometry, Fix } from '../../engine';
import { AXIS_URL_KEYS } from '../url/axisKeys';
import type { AxisPair, PaddingParam } from '../url/fields';

/**
 * Turns an engine fix into a patch of a view's URL parameters: each change of an axis
 * parameter lands on that axis of the view's [height, width] pair under the parameter's URL
 * key. Changes the view holds differently (the convolution's padding per side) are left to
 * the view.
 *
 * @example fixPatch({ k: [5, 5] }, { label: '…', changes: [{ param: 'kernel', axis: 0, value: 3 }] }) // { k: [3, 5] }
 */
export function fixPatch<P extends object>(params: P, fix: Fix): Partial<P> {
  const patch: Record<string, AxisPair> = {};
  const pairs = params as Record<string, unknown>;
  for (const { param, axis, value } of fix.changes) {
    const key = param in AXIS_URL_KEYS ? AXIS_URL_KEYS[param as keyof typeof AXIS_URL_KEYS] : null;
    if (key === null || !Array.isArray(pairs[key])) continue;
    const pair = (patch[key] ?? (pairs[key] as AxisPair)).slice() as AxisPair;
    pair[axis] = value;
    patch[key] = pair;
  }
  return patch as Partial<P>;
}

/**
 * The padding a fix asks for, as the convolution's per-side padding field (`p`), or null when
 * it changes no side: the sides it does not change keep the axes' current zeros.
 *
 * @example sidesPatch(axes, { label: '…', changes: [{ param: 'padAfter', axis: 1, value: 0 }] }) // { mode: 'explicit', h: [1, 1], w: [1, 0] }
 */
export function sidesPatch(
  axes: readonly Pick<AxisGeometry, 'padBefore' | 'padAfter'>[],
  fix: Fix,
): PaddingParam | null {
  const before: AxisPair = [axes[0].padBefore, axes[1].padBefore];
  const after: AxisPair = [axes[0].padAfter, axes[1].padAfter];
  const sides = fix.changes.filter((c) => c.param === 'padBefore' || c.param === 'padAfter');
  for (const { param, axis, value } of sides)
    (param === 'padBefore' ? before : after)[axis] = value;
  return sides.length
    ? { mode: 'explicit', h: [before[0], after[0]], w: [before[1], after[1]] }
    : null;
}
