import { useMemo } from 'react';
import { dilatedKernel } from '../../../engine';
import { PALETTE } from '../../components/grid/palette';
import { useFigureModel, useStepper } from '../../components/grid/useStepper';
import { WindowStage } from '../../components/grid/WindowStage';
import { CodePanel } from '../../components/CodePanel';
import { FigureLayout } from '../../components/FigureLayout';
import { formatSize } from '../../components/format';
import { pairPatch } from '../../components/fixPatch';
import { presetLinks } from '../../components/presetLinks';
import { RelationshipPanel } from '../../components/RelationshipPanel';
import { useAppStore, type AppState } from '../../store/store';
import type { ViewParams } from '../../url/schema';
import { ConvLegend } from '../conv/ConvLegend';
import { poolCode } from './codegen';
import { poolExplainText } from './explainText';
import { PoolControls } from './PoolControls';
import { buildPoolModel, type PoolModel } from './poolModel';
import { POOL_PRESETS } from './presets';

const selectPool = (s: AppState) => s.params.pool;
const POOL_KEYS = { input: 'i', kernel: 'k', stride: 's', padding: 'p', dilation: 'd' } as const;
const set = (patch: Partial<ViewParams<'pool'>>) => useAppStore.getState().setParams('pool', patch);

/** Chapter 3 of the paper, with PyTorch's padding, dilation and ceil mode. */
export default function PoolView() {
  const params = useAppStore(selectPool);
  const model = useFigureModel(params, buildPoolModel);
  const steps = model.output ? model.output[0] * model.output[1] : 0;
  const { step, setStep, onKeyDown } = useStepper('pool', 't', params.t, steps);

  const explain = (index: number) =>
    model.geometry && model.values.output
      ? poolExplainText(
          model.mode,
          model.geometry,
          index,
          model.values.input,
          model.values.output,
          model.divisors ? model.divisors[index] : null,
          params.cip,
        )
      : null;

  // Code and preset links change with the figure, not with the animation step.
  const snippets = useMemo(
    () =>
      poolCode({
        mode: model.mode,
        input: model.input,
        kernel: model.kernel,
        stride: model.stride,
        padding: model.padBefore,
        dilation: model.dilation,
        ceilMode: params.ceil,
        countIncludePad: params.cip,
        output: model.output,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model],
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const presets = useMemo(() => presetLinks('pool', POOL_PRESETS, params), [model]);

  return (
    <FigureLayout
      className="pool-view"
      title="Pooling arithmetic"
      lede={
        <>
          Max and average pooling as PyTorch 1.13 computes them: padding (−∞ for max, zeros for
          average), dilation, ceil mode with its dropped windows, and the divisor of every average.
        </>
      }
      controls={<PoolControls params={params} set={set} />}
      presets={presets}
      error={model.error}
      fixes={model.fixes}
      onFix={(fix) => set(pairPatch(params, fix, POOL_KEYS))}
      onKeyDown={onKeyDown}
    >
      <WindowStage
        model={model}
        numbers={params.num}
        step={step}
        setStep={setStep}
        outputName="Output"
        explainOutput={explain}
        outputBadge={model.divisors ? (index) => `÷${model.divisors?.[index]}` : undefined}
        inputOverlay={(ctx, cell) => drawDroppedWindows(ctx, cell, model)}
      >
        <ConvLegend
          dropped={model.dropped}
          dilated={model.dilation[0] > 1 || model.dilation[1] > 1}
        />
        <DroppedNote model={model} />
      </WindowStage>
      <RelationshipPanel
        relationships={model.relationships}
        outputSize={model.output ? formatSize(model.output) : null}
      />
      <CodePanel snippets={snippets} />
    </FigureLayout>
  );
}

/** Ceil mode: the band where PyTorch's dropped window would have been, hatched and dashed. */
function drawDroppedWindows(ctx: CanvasRenderingContext2D, cell: number, model: PoolModel): void {
  const [rowStart, colStart] = model.droppedWindow;
  const spans = [0, 1].map((a) => dilatedKernel(model.kernel[a], model.dilation[a]));
  ctx.save();
  ctx.strokeStyle = PALETTE.dropped;
  ctx.lineWidth = 2.5;
  ctx.setLineDash([6, 4]);
  if (rowStart !== null) {
    const y = (rowStart + model.padBefore[0]) * cell;
    ctx.strokeRect(1.5, y + 1.5, model.padded[1] * cell - 3, spans[0] * cell - 3);
  }
  if (colStart !== null) {
    const x = (colStart + model.padBefore[1]) * cell;
    ctx.strokeRect(x + 1.5, 1.5, spans[1] * cell - 3, model.padded[0] * cell - 3);
  }
  ctx.restore();
}

function DroppedNote({ model }: { model: PoolModel }) {
  const [rowStart, colStart] = model.droppedWindow;
  if (rowStart === null && colStart === null) return null;
  const parts = [];
  if (rowStart !== null) parts.push(`the row of windows that would start at input row ${rowStart}`);
  if (colStart !== null)
    parts.push(`the column of windows that would start at input column ${colStart}`);
  return (
    <p className="relationship-note" data-testid="dropped-window">
      Ceil mode: PyTorch drops {parts.join(' and ')} (dashed): a window must start inside the input
      or the left padding, and that one would start in the right padding.
    </p>
  );
}
