import type { LazyPage } from './lazyPage';
import type { ViewId } from '../url/schema';

/**
 * What every view folder (`app/views/<id>/index.ts`) exports: its id, how the navigation
 * names it, and its page, loaded on demand so that the first page downloads only the view it
 * shows. Keep the file light: the page is the only heavy import, and it is lazy.
 */
export interface ViewEntry<V extends ViewId = ViewId> {
  id: V;
  /** Navigation label. */
  title: string;
  /** One line for the navigation's tooltip. */
  summary: string;
  /** The page, loaded on demand with `lazyPage`, so that a failed download can be retried. */
  View: LazyPage;
}
