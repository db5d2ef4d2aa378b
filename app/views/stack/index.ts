import { lazy } from 'react';
import type { ViewEntry } from '../../shell/viewEntry';

/** A whole network: sizes, receptive fields and the layer PyTorch refuses. */
export default {
  id: 'stack',
  title: 'Layer stack',
  summary: 'Shapes and receptive fields through a network',
  View: lazy(() => import('./StackView')),
} satisfies ViewEntry<'stack'>;
