import type { Fix } from '../../../engine';
import { fixPatch, sidesPatch } from '../../components/fixPatch';
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
  const p = sidesPatch(model.axes, fix);
  if (p) patch.p = p;
  return patch;
}
