import { lazy } from 'react';
import type { ViewEntry } from '../../shell/viewEntry';

/** Boolean masks with several conditions, argwhere and nonzero. */
export default {
  id: 'mask',
  title: 'Masks',
  summary: 'Boolean masks with several conditions, argwhere and nonzero',
  View: lazy(() => import('./MaskView')),
} satisfies ViewEntry<'mask'>;
