import { lazyPage } from '../../shell/lazyPage';
import type { ViewEntry } from '../../shell/viewEntry';

/** NumPy and PyTorch broadcasting, and their errors. */
export default {
  id: 'broadcast',
  title: 'Broadcasting',
  summary: 'NumPy and PyTorch broadcasting rules and their errors',
  View: lazyPage(() => import('./BroadcastView')),
} satisfies ViewEntry<'broadcast'>;
