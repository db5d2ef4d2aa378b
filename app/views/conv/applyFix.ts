import type { Fix } from '../../../engine';
import { fixPatch } from '../../components/fixPatch';
import type { AxisPair } from '../../url/fields';
import type { ViewParams } from '../../url/schema';
import type { ConvModel } from './convModel';

/**
 * Turns an engine fix into a patch of the conv view's URL parameters. Padding fixes switch to
 * explicit padding per side.
 */
export function convFixPatch(
  model: ConvModel,
  params: ViewParams<'conv'>,
  fix: Fix,
): Partial<ViewParams<'conv'>> {
  const patch = fixPatch(params, fix);
  const before: AxisPair = [model.axes[0].padBefore, model.axes[1].padBefore];
  const after: AxisPair = [model.axes[0].padAfter, model.axes[1].padAfter];
  const sides = fix.changes.filter((c) => c.param === 'padBefore' || c.param === 'padAfter');
  for (const { param, axis, value } of sides)
    (param === 'padBefore' ? before : after)[axis] = value;
  if (sides.length)
    patch.p = { mode: 'explicit', h: [before[0], after[0]], w: [before[1], after[1]] };
  return patch;
}
