import { useCallback } from 'react';
import { STACK_LIMITS, type LayerToken } from '../../../engine';
import { AxisControl } from '../../components/AxisControl';
import { NumberField } from '../../components/NumberField';
import type { AxisPair } from '../../url/fields';
import type { ViewParams } from '../../url/schema';
import { LayerList } from './LayerList';
import { t } from '../../i18n/i18n';

interface Props {
  params: ViewParams<'stack'>;
  set: (patch: Partial<ViewParams<'stack'>>) => void;
  /** 0-based index of the layer PyTorch refuses, or null. */
  refused: number | null;
}

/** The input and the layers. */
export function StackControls({ params, set, refused }: Props) {
  // Setters that hold while `set` does: the controls whose values stay are not rendered again.
  const setInput = useCallback((i: AxisPair) => set({ i }), [set]);
  const setLayers = useCallback((L: LayerToken[]) => set({ L }), [set]);
  const setChannels = useCallback((cin: number) => set({ cin }), [set]);
  return (
    <section className="panel controls" aria-labelledby="stack-controls-title">
      <h2 id="stack-controls-title">{t('stack.ctl.network')}</h2>
      <AxisControl
        label={t('common.inputSize')}
        symbol="i"
        value={params.i}
        {...STACK_LIMITS.input}
        onChange={setInput}
        testId="i"
      />
      <NumberField
        label={t('stack.ctl.cin')}
        value={params.cin}
        {...STACK_LIMITS.channels}
        onCommit={setChannels}
        hint={t('stack.ctl.cinHint')}
        testId="control-cin"
      />
      <LayerList tokens={params.L} refused={refused} onChange={setLayers} />
    </section>
  );
}
