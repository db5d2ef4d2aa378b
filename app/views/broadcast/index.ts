import { lazy } from 'react';
import type { ViewEntry } from '../../shell/viewEntry';

/** NumPy and PyTorch broadcasting, and their errors. */
export default {
  id: 'broadcast',
  title: 'Broadcasting',
  summary: 'NumPy and PyTorch broadcasting rules and their errors',
  View: lazy(() => import('./BroadcastView')),
} satisfies ViewEntry<'broadcast'>;
