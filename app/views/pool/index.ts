import { lazyPage } from '../../shell/lazyPage';
import type { ViewEntry } from '../../shell/viewEntry';

/** Chapter 3: max and average pooling. */
export default {
  id: 'pool',
  title: 'Pooling',
  summary: 'Max and average pooling (chapter 3)',
  View: lazyPage(() => import('./PoolView')),
} satisfies ViewEntry<'pool'>;
