import { useMemo } from 'react';
import { CodePanel } from '../../components/CodePanel';
import { FigureLayout } from '../../components/FigureLayout';
import { LinkSummary } from '../../components/LinkSummary';
import { pairPatch } from '../../components/fixPatch';
import { formatSize } from '../../components/format';
import { useFigureModel, useStepper } from '../../components/grid/useStepper';
import { presetLinks } from '../../components/presetLinks';
import { RelationshipPanel } from '../../components/RelationshipPanel';
import { useAppStore, type AppState } from '../../store/store';
import type { ViewParams } from '../../url/schema';
import { transposedCode } from './codegen';
import { EquivalentPanel } from './EquivalentPanel';
import { transposedHighlight } from './highlight';
import { MatrixPanel } from './MatrixPanel';
import { ScatterPanel } from './ScatterPanel';
import { ShapePanel } from './ShapePanel';
import { TRANSPOSED_PRESETS } from './presets';
import { TransposedControls } from './TransposedControls';
import { buildTransposedModel } from './transposedModel';

const selectParams = (s: AppState) => s.params.transposed;
const selectHover = (s: AppState) => s.hover;
const selectPinned = (s: AppState) => s.pinned;
const set = (patch: Partial<ViewParams<'transposed'>>) =>
  useAppStore.getState().setParams('transposed', patch);
const KEYS = {
  input: 'i',
  kernel: 'k',
  stride: 's',
  padding: 'p',
  dilation: 'd',
  outputPadding: 'op',
} as const;
const STEPS = ['t', 'u'];

/** Chapter 4 of the paper: three linked views of one transposed convolution. */
export default function TransposedView() {
  const params = useAppStore(selectParams);
  const hover = useAppStore(selectHover);
  const pinned = useAppStore(selectPinned);
  const model = useFigureModel(params, buildTransposedModel, STEPS);
  const v = model.valid;
  const window = useStepper('transposed', 't', params.t, v ? v.output[0] * v.output[1] : 0);
  const stamp = useStepper('transposed', 'u', params.u, model.input[0] * model.input[1]);
  const hl = useMemo(
    () => transposedHighlight(model, hover ?? pinned, window.step),
    [model, hover, pinned, window.step],
  );

  // Code and preset links change with the figure, not with the animation step.
  const snippets = useMemo(
    () =>
      transposedCode({
        input: model.input,
        kernel: model.kernel,
        stride: model.stride,
        padding: model.padding,
        dilation: model.dilation,
        outputPadding: model.outputPadding,
        output: v ? v.output : null,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model],
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const presets = useMemo(() => presetLinks('transposed', TRANSPOSED_PRESETS, params), [model]);

  return (
    <FigureLayout
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
      presets={presets}
      error={model.error}
      fixes={model.fixes}
      onFix={(fix) => set(pairPatch(params, fix, KEYS))}
    >
      <RelationshipPanel
        relationships={v ? v.relationships : null}
        outputSize={v ? formatSize(v.output) : null}
      />
      <LinkSummary
        className="link-summary panel"
        summary={hl.summary || 'Hover, focus or tap a cell in any view.'}
        pinned={pinned}
        counts={{ inputs: hl.inputs.size, outputs: hl.outputs.size, taps: hl.taps.size }}
      />
      <div onKeyDown={window.onKeyDown}>
        <EquivalentPanel
          model={model}
          hl={hl}
          numbers={params.num}
          step={window.step}
          setStep={window.setStep}
        />
      </div>
      <div onKeyDown={stamp.onKeyDown}>
        <ScatterPanel
          model={model}
          hl={hl}
          numbers={params.num}
          heat={params.heat}
          setHeat={(heat) => set({ heat })}
          step={stamp.step}
          setStep={stamp.setStep}
        />
      </div>
      <MatrixPanel model={model} hl={hl} numbers={params.num} />
      <ShapePanel model={model} />
      <CodePanel snippets={snippets} />
    </FigureLayout>
  );
}
