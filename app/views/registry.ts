/**
 * The views that exist: one entry per view id (a view missing here is a type error) and the
 * order of the navigation (a view left out of it is a type error too).
 */
import type { ViewEntry } from '../shell/viewEntry';
import type { ViewId } from '../url/schema';
import broadcast from './broadcast';
import channels from './channels';
import conv from './conv';
import mask from './mask';
import pool from './pool';
import practice from './practice';
import smoothl1 from './smoothl1';
import stack from './stack';
import transposed from './transposed';

export const VIEWS: { readonly [V in ViewId]: ViewEntry<V> } = {
  conv,
  pool,
  transposed,
  channels,
  stack,
  smoothl1,
  broadcast,
  mask,
  practice,
};

const ORDER = [
  'conv',
  'pool',
  'transposed',
  'channels',
  'stack',
  'smoothl1',
  'broadcast',
  'mask',
  'practice',
] as const;

/** A type error naming the view when one is left out of the navigation (no code at run time). */
type EveryView<Missing extends never> = Missing;
export type NavigationComplete = EveryView<Exclude<ViewId, (typeof ORDER)[number]>>;

/** The navigation, left to right. */
export const NAVIGATION: readonly ViewEntry[] = ORDER.map((id) => VIEWS[id]);
