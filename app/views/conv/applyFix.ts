import type { Fix } from '../../../engine';
import { pairPatch } from '../../components/fixPatch';
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
  const patch = pairPatch(params, fix, { input: 'i', kernel: 'k', stride: 's', dilation: 'd' });
  const before = model.padBefore.slice() as AxisPair;
  const after = model.padAfter.slice() as AxisPair;
  const sides = fix.changes.filter((c) => c.param === 'padBefore' || c.param === 'padAfter');
  for (const { param, axis, value } of sides)
    (param === 'padBefore' ? before : after)[axis] = value;
  if (sides.length)
    patch.p = { mode: 'explicit', h: [before[0], after[0]], w: [before[1], after[1]] };
  return patch;
}
