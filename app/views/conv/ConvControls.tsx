import { useCallback } from 'react';
import { ConvGeometryControls } from '../../components/ConvGeometryControls';
import { FrameworkSwitch } from '../../components/FrameworkSwitch';
import { TypedValuesEditor } from '../../components/TypedValuesEditor';
import { ValuesControls } from '../../components/ValuesControls';
import type { ViewParams } from '../../url/schema';
import type { ConvModel } from './convModel';
import { t } from '../../i18n/i18n';

interface Props {
  params: ViewParams<'conv'>;
  model: ConvModel;
  set: (patch: Partial<ViewParams<'conv'>>) => void;
}

/** Every parameter of the convolution, each a slider and a number box. */
export function ConvControls({ params, model, set }: Props) {
  const setFramework = useCallback((fw: 'torch' | 'tf') => set({ fw }), [set]);
  return (
    <section className="panel controls" aria-labelledby="conv-controls-title">
      <h2 id="conv-controls-title">{t('common.parameters')}</h2>
      <FrameworkSwitch value={params.fw} onChange={setFramework} hint={t('conv.fwHint')} />
      <ConvGeometryControls
        values={params}
        axes={model.axes}
        onChange={set}
        framework={params.fw}
      />
      <ValuesControls numbers={params.num} seed={params.seed} onChange={set} />
      <TypedValuesEditor
        input={params.x}
        kernel={params.w}
        shown={{
          input: model.values.input,
          inputShape: [model.axes[0].input, model.axes[1].input],
          kernel: model.values.kernel ?? [],
          kernelShape: [model.axes[0].kernel, model.axes[1].kernel],
        }}
        notes={model.typedNotes}
        onChange={set}
      />
    </section>
  );
}
