import { useCallback, useMemo } from 'react';
import { useFigure, type FigureSpec } from '../../components/grid/useFigure';
import { useStepper } from '../../components/grid/useStepper';
import { WindowStage } from '../../components/grid/WindowStage';
import { PresetList } from '../../components/PresetList';
import { ViewLayout } from '../../components/ViewLayout';
import { convFixPatch } from './applyFix';
import { ConvControls } from './ConvControls';
import { buildConvModel, type ConvModel } from './convModel';
import { CONV_PRESETS } from './presets';
import { convSumText } from './sumText';
import { t } from '../../i18n/i18n';
import { lazyPart } from '../../shell/lazyPage';

/** The panels under the figure, downloaded after its first paint. */
const ConvPanels = lazyPart(() => import('./ConvPanels'));

const FIGURE: FigureSpec<'conv', ConvModel> = {
  steps: ['t'],
  build: buildConvModel,
  presets: CONV_PRESETS,
};

/** Chapters 2 and 5 of the paper, live: padding, strides and dilation. */
export default function ConvView() {
  const { params, set, model, presets } = useFigure('conv', FIGURE);
  const setStep = useCallback((t: number) => set({ t }), [set]);
  const steps = model.output ? model.output[0] * model.output[1] : 0;
  const stepper = useStepper('t', params.t, steps, setStep);
  const exportOptions = useMemo(
    () => ({ name: t('conv.exportName'), numbers: params.num }),
    [params.num],
  );

  const explain = (index: number) =>
    model.geometry && model.values.output && model.values.kernel && model.output
      ? convSumText(
          model.geometry,
          model.output[1],
          index,
          model.values.input,
          model.values.kernel,
          model.values.output,
        )
      : null;
  return (
    <ViewLayout
      className="conv-view"
      narrowOrder="controls-drawer"
      title={t('conv.title')}
      lede={t('conv.lede')}
      controls={<ConvControls params={params} model={model} set={set} />}
      presets={<PresetList title={t('common.paperFigures')} presets={presets} onChoose={set} />}
      problem={model}
      onFix={(fix) => set(convFixPatch(model, params, fix))}
      figure={
        <WindowStage model={model} numbers={params.num} stepper={stepper} explainOutput={explain} />
      }
      panels={<ConvPanels model={model} numbers={params.num} />}
      onKeyDown={stepper.onKeyDown}
      exportable={
        model.output
          ? { stage: model, options: exportOptions, step: stepper.step, steps }
          : undefined
      }
    />
  );
}
