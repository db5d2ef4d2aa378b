import { useCallback, useMemo } from 'react';
import { ConvGeometryControls } from '../../components/ConvGeometryControls';
import { FrameworkSwitch } from '../../components/FrameworkSwitch';
import { TypedValuesEditor } from '../../components/TypedValuesEditor';
import { ValuesControls } from '../../components/ValuesControls';
import type { ViewParams } from '../../url/schema';
import type { ConvModel } from './convModel';
import { t } from '../../i18n/i18n';
import { useValueAfterPaint } from '../../shell/afterPaint';

interface Props {
  params: ViewParams<'conv'>;
  model: ConvModel;
  set: (patch: Partial<ViewParams<'conv'>>) => void;
}

/** Every parameter of the convolution, each a slider and a number box. */
export function ConvControls({ params, model, set }: Props) {
  const setFramework = useCallback((fw: 'torch' | 'tf') => set({ fw }), [set]);
  // The values drawn now, for the editor's "start from these" button and whether they fit
  // it: they follow a change a render later, so a press on a slider does not render the
  // editor (what it shows, the typed text, is the URL's and follows at once).
  const { values, axes } = model;
  const shown = useValueAfterPaint(
    useMemo(
      () => ({
        input: values.input,
        inputShape: [axes[0].input, axes[1].input] as const,
        kernel: values.kernel ?? [],
        kernelShape: [axes[0].kernel, axes[1].kernel] as const,
      }),
      [values, axes],
    ),
  );
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
        shown={shown}
        notes={model.typedNotes}
        onChange={set}
      />
    </section>
  );
}
