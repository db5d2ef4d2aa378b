import { lazyPage } from '../../shell/lazyPage';
import type { ViewEntry } from '../../shell/viewEntry';

/** Chapter 4: transposed convolution as an equivalent convolution, a scatter and a matrix. */
export default {
  id: 'transposed',
  title: 'Transposed',
  summary: 'Transposed convolution: equivalent convolution, scatter, matrix (chapter 4)',
  View: lazyPage(() => import('./TransposedView')),
} satisfies ViewEntry<'transposed'>;
