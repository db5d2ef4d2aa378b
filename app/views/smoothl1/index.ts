import { lazyPage } from '../../shell/lazyPage';
import type { ViewEntry } from '../../shell/viewEntry';

/** The Smooth L1 lab: σ, β and Huber's δ, and Faster R-CNN's box loss. */
export default {
  id: 'smoothl1',
  title: 'Smooth L1',
  summary: 'σ, β and Huber’s δ, and how Faster R-CNN weighs its box loss',
  View: lazyPage(() => import('./SmoothL1View')),
} satisfies ViewEntry<'smoothl1'>;
