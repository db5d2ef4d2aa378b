import { lazyPage } from '../../shell/lazyPage';
import type { ViewEntry } from '../../shell/viewEntry';

/** Practice: generated questions, checked at once, with the explorer view that shows each. */
export default {
  id: 'practice',
  title: 'Practice',
  summary: 'Self-checking exercises on every topic, shared by link',
  View: lazyPage(() => import('./PracticeView')),
} satisfies ViewEntry<'practice'>;
