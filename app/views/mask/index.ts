import { lazyPage } from '../../shell/lazyPage';
import type { ViewEntry } from '../../shell/viewEntry';

/** Boolean masks with several conditions, argwhere and nonzero. */
export default {
  id: 'mask',
  title: 'Masks',
  summary: 'Boolean masks with several conditions, argwhere and nonzero',
  View: lazyPage(() => import('./MaskView')),
} satisfies ViewEntry<'mask'>;
