import { useCallback, useMemo } from 'react';
import { CodePanel } from '../../components/CodePanel';
import { formatSize } from '../../components/format';
import { useFigure, type FigureSpec } from '../../components/grid/useFigure';
import { useStepper } from '../../components/grid/useStepper';
import { WindowStage } from '../../components/grid/WindowStage';
import { PresetList } from '../../components/PresetList';
import { RelationshipPanel } from '../../components/RelationshipPanel';
import { ViewLayout } from '../../components/ViewLayout';
import { convFixPatch } from './applyFix';
import { convCode } from './codegen';
import { ConvControls } from './ConvControls';
import { FrameworkCompare } from '../../components/FrameworkCompare';
import { convMatchCode } from './matchCode';
import { buildConvModel, type ConvModel } from './convModel';
import { CONV_PRESETS } from './presets';
import { convSumText } from './sumText';
import { TransposeLink } from './TransposeLink';

const FIGURE: FigureSpec<'conv', ConvModel> = {
  steps: ['t'],
  build: buildConvModel,
  code: convCode,
  presets: CONV_PRESETS,
};

/** Chapters 2 and 5 of the paper, live: padding, strides and dilation. */
export default function ConvView() {
  const { params, set, model, snippets, presets } = useFigure('conv', FIGURE);
  const setStep = useCallback((t: number) => set({ t }), [set]);
  const steps = model.output ? model.output[0] * model.output[1] : 0;
  const stepper = useStepper('t', params.t, steps, setStep);
  const exportOptions = useMemo(() => ({ name: 'Convolution', numbers: params.num }), [params.num]);

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
  const dropNote =
    model.dropped[0] || model.dropped[1]
      ? `The floor in the formula drops ${describeDrop(model.dropped)} at the far end of the padded input (hatched): i + p₁ + p₂ − k̂ is not a multiple of s, so the last window stops short of it.`
      : undefined;

  return (
    <ViewLayout
      className="conv-view"
      narrowOrder="controls-drawer"
      title="Convolution arithmetic"
      lede={
        <>
          Input, padding, kernel and output of a 2-D convolution as PyTorch computes it. Change any
          parameter, hover or tab to any cell to see what it connects to, or play the kernel across
          the input the way the paper's figures do.
        </>
      }
      controls={<ConvControls params={params} model={model} set={set} />}
      presets={<PresetList title="Figures of the paper" presets={presets} onChoose={set} />}
      problem={model}
      onFix={(fix) => set(convFixPatch(model, params, fix))}
      figure={
        <WindowStage model={model} numbers={params.num} stepper={stepper} explainOutput={explain} />
      }
      panels={
        <>
          {model.port && (
            <FrameworkCompare
              port={model.port}
              axes={model.axes}
              matchCode={convMatchCode(model.port, model.axes)}
            />
          )}
          <RelationshipPanel
            relationships={model.relationships}
            outputSize={model.output ? formatSize(model.output) : null}
            footnote={dropNote}
          />
          <TransposeLink model={model} numbers={params.num} />
          <CodePanel snippets={snippets} />
        </>
      }
      onKeyDown={stepper.onKeyDown}
      exportable={
        model.output
          ? { stage: model, options: exportOptions, step: stepper.step, steps }
          : undefined
      }
    />
  );
}

function describeDrop([rows, cols]: readonly [number, number]): string {
  const parts = [];
  if (rows) parts.push(`${rows} row${rows === 1 ? '' : 's'}`);
  if (cols) parts.push(`${cols} column${cols === 1 ? '' : 's'}`);
  return parts.join(' and ');
}
