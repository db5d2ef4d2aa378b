/**
 * The views that exist: one entry per view id (a view missing here is a type error) and the
 * order of the navigation (a view left out of it is a type error too).
 */
import type { ViewEntry } from '../shell/viewEntry';
import type { ViewId } from '../url/schema';
import broadcast from './broadcast';
import conv from './conv';
import mask from './mask';
import pool from './pool';
import smoothl1 from './smoothl1';
import transposed from './transposed';

export const VIEWS: { readonly [V in ViewId]: ViewEntry<V> } = {
  conv,
  pool,
  transposed,
  smoothl1,
  broadcast,
  mask,
};

/** Accepts a list of view ids only when it names every view (else: which one is missing). */
function everyView<const T extends readonly ViewId[]>(
  order: T &
    ([Exclude<ViewId, T[number]>] extends [never]
      ? unknown
      : { missing: Exclude<ViewId, T[number]> }),
): T {
  return order;
}

/** The navigation, left to right. */
export const NAVIGATION: readonly ViewEntry[] = everyView([
  'conv',
  'pool',
  'transposed',
  'smoothl1',
  'broadcast',
  'mask',
] as const).map((id) => VIEWS[id]);
