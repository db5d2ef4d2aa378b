import { useCallback } from 'react';
import type { ViewId, ViewParams } from '../url/schema';
import { useAppStore, type AppState } from './store';

/**
 * The one way a view page reads and writes its URL parameters: the current values and a
 * setter for some of them. Leaf components get both through props.
 *
 * @example const [params, set] = useViewParams('conv'); set({ k: [5, 5] });
 */
export function useViewParams<V extends ViewId>(
  view: V,
): [ViewParams<V>, (patch: Partial<ViewParams<V>>) => void] {
  const select = useCallback((state: AppState) => state.params[view], [view]);
  const params = useAppStore(select);
  const set = useCallback(
    (patch: Partial<ViewParams<V>>) => useAppStore.getState().setParams(view, patch),
    [view],
  );
  return [params, set];
}
