import { lazy } from 'react';
import type { ViewEntry } from '../../shell/viewEntry';

/** The Smooth L1 lab: σ, β and Huber's δ, and Faster R-CNN's box loss. */
export default {
  id: 'smoothl1',
  title: 'Smooth L1',
  summary: 'σ, β and Huber’s δ, and how Faster R-CNN weighs its box loss',
  View: lazy(() => import('./SmoothL1View')),
} satisfies ViewEntry<'smoothl1'>;
