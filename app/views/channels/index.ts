import { lazyPage } from '../../shell/lazyPage';
import type { ViewEntry } from '../../shell/viewEntry';

/** Channels and groups: standard, grouped, depthwise, depthwise-separable and 1 × 1. */
export default {
  id: 'channels',
  title: 'Channels',
  summary: 'Channels and groups: standard, grouped, depthwise, separable',
  View: lazyPage(() => import('./ChannelsView')),
} satisfies ViewEntry<'channels'>;
