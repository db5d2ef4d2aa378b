import type { Fix } from '../../../engine';
import { fixPatch, sidesPatch } from '../../components/fixPatch';
import type { ViewParams } from '../../url/schema';
import type { ChannelsModel } from './channelsModel';

const CHANNEL_KEYS = { groups: 'g', inChannels: 'cin', outChannels: 'cout' } as const;

/**
 * Turns an engine fix into a patch of the channels view's URL parameters: channel and group
 * changes land on `cin`, `cout` and `g`; axis changes as in every figure view, padding per side
 * switching to explicit padding.
 */
export function channelsFixPatch(
  model: ChannelsModel,
  params: ViewParams<'channels'>,
  fix: Fix,
): Partial<ViewParams<'channels'>> {
  const patch = fixPatch(params, fix);
  for (const { param, value } of fix.changes) {
    if (param in CHANNEL_KEYS) patch[CHANNEL_KEYS[param as keyof typeof CHANNEL_KEYS]] = value;
  }
  const p = sidesPatch(model.axes, fix);
  if (p) patch.p = p;
  return patch;
}
