import { useMemo } from 'react';
import { useAppStore, type AppState } from '../../store/store';
import { lossSettings, type LossSettings } from './lossModel';

const selectBeta = (s: AppState) => s.params.smoothl1.beta;
const selectSigma = (s: AppState) => s.params.smoothl1.sigma;
const selectDelta = (s: AppState) => s.params.smoothl1.delta;

/** The loss parameters in effect (σ wins over β), from the store. */
export function useLossSettings(): LossSettings {
  const beta = useAppStore(selectBeta);
  const sigma = useAppStore(selectSigma);
  const delta = useAppStore(selectDelta);
  return useMemo(() => lossSettings({ beta, sigma, delta }), [beta, sigma, delta]);
}

/** Changes some of the lab's parameters (event handlers only). */
export function setSmoothL1(patch: Partial<AppState['params']['smoothl1']>): void {
  useAppStore.getState().setParams('smoothl1', patch);
}
