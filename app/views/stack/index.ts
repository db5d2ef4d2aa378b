import { lazyPage } from '../../shell/lazyPage';
import type { ViewEntry } from '../../shell/viewEntry';

/** A whole network: sizes, receptive fields and the layer PyTorch refuses. */
export default {
  id: 'stack',
  title: 'Layer stack',
  summary: 'Shapes and receptive fields through a network',
  View: lazyPage(() => import('./StackView')),
} satisfies ViewEntry<'stack'>;
