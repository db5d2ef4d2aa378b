import { useCallback, useMemo } from 'react';
import { fixPatch } from '../../components/fixPatch';
import { useFigure, type FigureSpec } from '../../components/grid/useFigure';
import { useStepper } from '../../components/grid/useStepper';
import { WindowStage } from '../../components/grid/WindowStage';
import { PresetList } from '../../components/PresetList';
import { ViewLayout } from '../../components/ViewLayout';
import { DroppedWindowNote } from './DroppedWindowNote';
import { drawDroppedWindows } from './droppedWindows';
import { poolExplainText } from './explainText';
import { NoCeilNote } from './NoCeilNote';
import { PoolControls } from './PoolControls';
import { buildPoolModel, type PoolModel } from './poolModel';
import { POOL_PRESETS } from './presets';
import { t } from '../../i18n/i18n';
import { lazyPart } from '../../shell/lazyPage';

/** The panels under the figure, downloaded after its first paint. */
const PoolPanels = lazyPart(() => import('./PoolPanels'));

const FIGURE: FigureSpec<'pool', PoolModel> = {
  steps: ['t'],
  build: buildPoolModel,
  presets: POOL_PRESETS,
};

/** Chapter 3 of the paper, with PyTorch's padding, dilation and ceil mode. */
export default function PoolView() {
  const { params, set, model, presets } = useFigure('pool', FIGURE);
  const setStep = useCallback((t: number) => set({ t }), [set]);
  const steps = model.output ? model.output[0] * model.output[1] : 0;
  const stepper = useStepper('t', params.t, steps, setStep);
  const divisor = useMemo(
    () => (model.divisors ? (index: number) => `÷${model.divisors?.[index]}` : undefined),
    [model],
  );
  const exportOptions = useMemo(
    () => ({
      name: t(model.mode === 'max' ? 'pool.exportMax' : 'pool.exportAvg'),
      numbers: params.num,
      outputBadges: model.divisors ? [...model.divisors].map((d) => `÷${d}`) : undefined,
    }),
    [model.mode, model.divisors, params.num],
  );

  const explain = (index: number) =>
    model.geometry && model.values.output
      ? poolExplainText(
          model.mode,
          model.geometry,
          index,
          model.values.input,
          model.values.output,
          model.divisors ? model.divisors[index] : null,
          model.countIncludePad,
          model.framework,
          model.axes.map((a) => a.padAfter),
        )
      : null;

  return (
    <ViewLayout
      className="pool-view"
      narrowOrder="controls-drawer"
      title={t('pool.title')}
      lede={t('pool.lede')}
      controls={<PoolControls params={params} set={set} />}
      presets={<PresetList title={t('common.paperFigures')} presets={presets} onChoose={set} />}
      problem={model}
      onFix={(fix) => set(fixPatch(params, fix))}
      figure={
        <WindowStage
          model={model}
          numbers={params.num}
          stepper={stepper}
          explainOutput={explain}
          outputBadge={divisor}
          inputOverlay={(ctx, cell) => drawDroppedWindows(ctx, cell, model)}
        >
          <DroppedWindowNote droppedWindow={model.droppedWindow} />
          {model.tf?.ceil && <NoCeilNote ceilPort={model.tf.ceilPort} output={model.output} />}
        </WindowStage>
      }
      panels={<PoolPanels model={model} />}
      onKeyDown={stepper.onKeyDown}
      exportable={
        model.output
          ? { stage: model, options: exportOptions, step: stepper.step, steps }
          : undefined
      }
    />
  );
}
