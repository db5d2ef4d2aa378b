import { lazyPage } from '../../shell/lazyPage';
import type { ViewEntry } from '../../shell/viewEntry';

/** Chapters 2 and 5: padding, strides and dilation. */
export default {
  id: 'conv',
  title: 'Convolution',
  summary: 'Padding, strides and dilation (chapters 2 and 5)',
  View: lazyPage(() => import('./ConvView')),
} satisfies ViewEntry<'conv'>;
