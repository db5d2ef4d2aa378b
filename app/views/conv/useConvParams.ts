import { useCallback } from 'react';
import { useAppStore, type AppState } from '../../store/store';
import type { ViewParams } from '../../url/schema';

const selectConv = (s: AppState) => s.params.conv;

/** The conv view's URL parameters and a setter for some of them. */
export function useConvParams(): [
  ViewParams<'conv'>,
  (patch: Partial<ViewParams<'conv'>>) => void,
] {
  const params = useAppStore(selectConv);
  const set = useCallback(
    (patch: Partial<ViewParams<'conv'>>) => useAppStore.getState().setParams('conv', patch),
    [],
  );
  return [params, set];
}
