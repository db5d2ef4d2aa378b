import { useMemo } from 'react';
import { useFigureModel, useStepper } from '../../components/grid/useStepper';
import { WindowStage } from '../../components/grid/WindowStage';
import { CodePanel } from '../../components/CodePanel';
import { FigureLayout } from '../../components/FigureLayout';
import { formatSize } from '../../components/format';
import { RelationshipPanel } from '../../components/RelationshipPanel';
import { presetLinks } from '../../components/presetLinks';
import { convFixPatch } from './applyFix';
import { convCode } from './codegen';
import { ConvControls } from './ConvControls';
import { buildConvModel } from './convModel';
import { ConvLegend } from './ConvLegend';
import { CONV_PRESETS } from './presets';
import { convSumText } from './sumText';
import { TransposeLink } from './TransposeLink';
import { useConvParams } from './useConvParams';

/** Chapters 2 and 5 of the paper, live: padding, strides and dilation. */
export default function ConvView() {
  const [params, set] = useConvParams();
  const model = useFigureModel(params, buildConvModel);
  const steps = model.output ? model.output[0] * model.output[1] : 0;
  const { step, setStep, onKeyDown } = useStepper('conv', 't', params.t, steps);

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

  // Code and preset links change with the figure, not with the animation step.
  const snippets = useMemo(
    () =>
      convCode({
        input: model.input,
        kernel: model.kernel,
        stride: model.stride,
        dilation: model.dilation,
        padBefore: model.padBefore,
        padAfter: model.padAfter,
        paddingMode: params.p.mode,
        output: model.output,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model],
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const presets = useMemo(() => presetLinks('conv', CONV_PRESETS, params), [model]);

  return (
    <FigureLayout
      className="conv-view"
      title="Convolution arithmetic"
      lede={
        <>
          Input, padding, kernel and output of a 2-D convolution as PyTorch computes it. Change any
          parameter, hover or tab to any cell to see what it connects to, or play the kernel across
          the input the way the paper's figures do.
        </>
      }
      controls={<ConvControls params={params} model={model} set={set} />}
      presets={presets}
      error={model.error}
      fixes={model.fixes}
      onFix={(fix) => set(convFixPatch(model, params, fix))}
      onKeyDown={onKeyDown}
    >
      <WindowStage
        model={model}
        numbers={params.num}
        step={step}
        setStep={setStep}
        outputName="Output"
        explainOutput={explain}
      >
        <ConvLegend
          dropped={model.dropped}
          dilated={model.dilation[0] > 1 || model.dilation[1] > 1}
        />
      </WindowStage>
      <RelationshipPanel
        relationships={model.relationships}
        outputSize={model.output ? formatSize(model.output) : null}
        footnote={dropNote}
      />
      <TransposeLink model={model} />
      <CodePanel snippets={snippets} />
    </FigureLayout>
  );
}

function describeDrop([rows, cols]: [number, number]): string {
  const parts = [];
  if (rows) parts.push(`${rows} row${rows === 1 ? '' : 's'}`);
  if (cols) parts.push(`${cols} column${cols === 1 ? '' : 's'}`);
  return parts.join(' and ');
}
