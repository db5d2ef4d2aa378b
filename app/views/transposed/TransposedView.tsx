import { useCallback, useMemo } from 'react';
import { CodePanel } from '../../components/CodePanel';
import { fixPatch } from '../../components/fixPatch';
import { formatSize } from '../../components/format';
import { useFigure, type FigureSpec } from '../../components/grid/useFigure';
import { useStepper } from '../../components/grid/useStepper';
import { LinkSummary } from '../../components/LinkSummary';
import { PresetList } from '../../components/PresetList';
import { RelationshipPanel } from '../../components/RelationshipPanel';
import { ViewLayout } from '../../components/ViewLayout';
import { useAppStore, type AppState } from '../../store/store';
import { transposedCode } from './codegen';
import { EquivalentPanel } from './EquivalentPanel';
import { transposedHighlight } from './highlight';
import { MatrixPanel } from './MatrixPanel';
import { ScatterPanel } from './ScatterPanel';
import { ShapePanel } from './ShapePanel';
import { TRANSPOSED_PRESETS } from './presets';
import { TransposedControls } from './TransposedControls';
import { buildTransposedModel, type TransposedModel } from './transposedModel';

const selectHover = (s: AppState) => s.hover;
const selectPinned = (s: AppState) => s.pinned;
const FIGURE: FigureSpec<'transposed', TransposedModel> = {
  steps: ['t', 'u'],
  build: buildTransposedModel,
  code: (model) => transposedCode({ axes: model.axes, output: model.valid?.output ?? null }),
  presets: TRANSPOSED_PRESETS,
};

/** Chapter 4 of the paper: three linked views of one transposed convolution. */
export default function TransposedView() {
  const { params, set, model, snippets, presets } = useFigure('transposed', FIGURE);
  const hover = useAppStore(selectHover);
  const pinned = useAppStore(selectPinned);
  const v = model.valid;
  const setWindowStep = useCallback((t: number) => set({ t }), [set]);
  const setStampStep = useCallback((u: number) => set({ u }), [set]);
  const outputs = v ? v.output[0] * v.output[1] : 0;
  const windowStepper = useStepper('t', params.t, outputs, setWindowStep);
  const stampStepper = useStepper('u', params.u, model.input[0] * model.input[1], setStampStep);
  const hl = useMemo(
    () => transposedHighlight(model, hover ?? pinned, windowStepper.step),
    [model, hover, pinned, windowStepper.step],
  );

  return (
    <ViewLayout
      className="transposed-view"
      title="Transposed convolution"
      lede={
        <>
          One PyTorch ConvTranspose2d seen three ways: as the paper’s equivalent direct convolution,
          as stamps of the kernel scattered onto the output, and as the matrix Cᵀ. Hover or focus
          any cell to see its counterpart in every view.
        </>
      }
      controls={<TransposedControls params={params} set={set} />}
      presets={<PresetList title="Figures of the paper" presets={presets} onChoose={set} />}
      problem={model}
      onFix={(fix) => set(fixPatch(params, fix))}
      summary={
        <RelationshipPanel
          relationships={v ? v.relationships : null}
          outputSize={v ? formatSize(v.output) : null}
        />
      }
      figure={
        <>
          <LinkSummary
            className="link-summary panel"
            summary={hl.summary || 'Hover, focus or tap a cell in any view.'}
            pinned={pinned}
            counts={{ inputs: hl.inputs.size, outputs: hl.outputs.size, taps: hl.taps.size }}
          />
          <div onKeyDown={windowStepper.onKeyDown}>
            <EquivalentPanel model={model} hl={hl} numbers={params.num} stepper={windowStepper} />
          </div>
          <div onKeyDown={stampStepper.onKeyDown}>
            <ScatterPanel
              model={model}
              hl={hl}
              numbers={params.num}
              heat={params.heat}
              setHeat={(heat) => set({ heat })}
              stepper={stampStepper}
            />
          </div>
          <MatrixPanel model={model} hl={hl} numbers={params.num} />
        </>
      }
      panels={
        <>
          <ShapePanel model={model} />
          <CodePanel snippets={snippets} />
        </>
      }
    />
  );
}
