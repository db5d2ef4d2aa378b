import { useCallback, useMemo } from 'react';
import { fixPatch } from '../../components/fixPatch';
import { useFigure, type FigureSpec } from '../../components/grid/useFigure';
import { useStepper, type Stepper } from '../../components/grid/useStepper';
import { HeldHeight } from '../../components/HeldHeight';
import { LinkSummary } from '../../components/LinkSummary';
import { PresetList } from '../../components/PresetList';
import { ViewLayout } from '../../components/ViewLayout';
import { useAppStore, type AppState } from '../../store/store';
import { kerasFixPatch } from './kerasModel';
import { EquivalentPanel } from './EquivalentPanel';
import { equivalentAnimation, scatterSceneData } from './equivalentAnimation';
import { emptyHighlight, transposedHighlight } from './highlight';
import { MatrixPanel } from './MatrixPanel';
import { ScatterPanel } from './ScatterPanel';
import { TRANSPOSED_PRESETS } from './presets';
import { TransposedControls } from './TransposedControls';
import { buildTransposedModel, type TransposedModel } from './transposedModel';
import './transposed.css';
import { t } from '../../i18n/i18n';
import { lazyPart } from '../../shell/lazyPage';

/** The panels under the figures, downloaded after their first paint. */
const TransposedPanels = lazyPart(() => import('./TransposedPanels'));

const selectHover = (s: AppState) => s.hover;
/** What the matrix is given while it is too large to draw. */
const UNLIT = emptyHighlight(null);
const selectPinned = (s: AppState) => s.pinned;
const FIGURE: FigureSpec<'transposed', TransposedModel> = {
  steps: ['t'],
  build: buildTransposedModel,
  presets: TRANSPOSED_PRESETS,
};

/** Chapter 4 of the paper: three linked views of one transposed convolution. */
export default function TransposedView() {
  const { params, set, model, presets } = useFigure('transposed', FIGURE);
  const v = model.valid;
  const setStep = useCallback((t: number) => set({ t }), [set]);
  const setHeat = useCallback((heat: boolean) => set({ heat }), [set]);
  const outputs = v ? v.output[0] * v.output[1] : 0;
  // One clock for the linked panels: output position t, gathered by the window and by the stamps.
  const stepper = useStepper('t', params.t, outputs, setStep);

  return (
    <ViewLayout
      className="transposed-view"
      narrowOrder="controls-drawer"
      title={t('transposed.title')}
      lede={t('transposed.lede')}
      controls={<TransposedControls params={params} set={set} />}
      presets={<PresetList title={t('common.paperFigures')} presets={presets} onChoose={set} />}
      problem={model}
      onFix={(fix) => set(params.fw === 'tf' ? kerasFixPatch(params, fix) : fixPatch(params, fix))}
      figure={
        <LinkedFigures
          model={model}
          numbers={params.num}
          heat={params.heat}
          setHeat={setHeat}
          stepper={stepper}
        />
      }
      exportable={
        v
          ? {
              step: stepper.step,
              steps: outputs,
              animation: () => equivalentAnimation(model, params.num),
              gifLabel: t('transposed.export.direct'),
              gifs: [
                {
                  label: t('transposed.export.scatter'),
                  suffix: 'scatter',
                  steps: model.input[0] * model.input[1],
                  // a plain object, as the worker's message takes
                  source: { source: () => ({ ...scatterSceneData(model, params.num) }) },
                },
              ],
            }
          : undefined
      }
      panels={<TransposedPanels model={model} numbers={params.num} />}
    />
  );
}

interface FiguresProps {
  model: TransposedModel;
  numbers: boolean;
  heat: boolean;
  setHeat: (heat: boolean) => void;
  stepper: Stepper;
}

/**
 * The linked panels and the matrix, lit by the hovered or pinned cell: a hover renders them
 * and nothing else of the page (its controls, presets and panels stay as they are).
 */
function LinkedFigures({ model, numbers, heat, setHeat, stepper }: FiguresProps) {
  const hover = useAppStore(selectHover);
  const pinned = useAppStore(selectPinned);
  const hl = useMemo(
    () => transposedHighlight(model, hover ?? pinned, stepper.step),
    [model, hover, pinned, stepper.step],
  );
  // A matrix too large to draw is described, not lit: a hover leaves it as it is.
  const matrixHl = model.valid?.matrix ? hl : UNLIT;
  const matrix = useMemo(
    () => <MatrixPanel model={model} hl={matrixHl} numbers={numbers} />,
    [model, matrixHl, numbers],
  );
  return (
    <>
      <div className="linked-panels" onKeyDown={stepper.onKeyDown}>
        <EquivalentPanel model={model} hl={hl} numbers={numbers} stepper={stepper} />
        {/* Rewritten at every hover: laid out on its own, not with the page (see HeldHeight). */}
        <div className="panel link-summary-panel">
          <HeldHeight>
            <LinkSummary
              summary={hl.summary || t('transposed.hoverHint')}
              pinned={pinned}
              counts={{ inputs: hl.inputs.size, outputs: hl.outputs.size, taps: hl.taps.size }}
            />
          </HeldHeight>
        </div>
        <ScatterPanel
          model={model}
          hl={hl}
          numbers={numbers}
          heat={heat}
          setHeat={setHeat}
          step={stepper.step}
          steps={stepper.steps}
        />
      </div>
      {matrix}
    </>
  );
}
