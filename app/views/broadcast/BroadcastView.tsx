import { useCallback, useMemo } from 'react';
import { flatIndex, numel, unflatIndex } from '../../../engine';
import { CodePanel } from '../../components/CodePanel';
import { LiveSummary } from '../../components/LiveSummary';
import { ViewLayout } from '../../components/ViewLayout';
import { useAppStore, type AppState } from '../../store/store';
import { useViewParams } from '../../store/useViewParams';
import { BroadcastErrors } from './BroadcastErrors';
import { BroadcastPicture } from './BroadcastPicture';
import { broadcastSnippets } from './broadcastCode';
import { buildBroadcastModel, resultText } from './broadcastModel';
import { OperandControls } from './OperandControls';
import { SummaryNote } from './SummaryNote';
import { RankSummary } from './RankSummary';
import { ShapeTable } from './ShapeTable';
import { SourceReadout } from './SourceReadout';
import { StretchControls } from './StretchControls';
import './broadcast.css';

const selectHover = (s: AppState) => s.hover;

/** Broadcasting: shapes lined up, the verdict per axis, the errors and the stretch. */
export default function BroadcastView() {
  const [params, set] = useViewParams('broadcast');
  const hover = useAppStore(selectHover);
  const model = useMemo(() => buildBroadcastModel(params), [params]);

  const { shape } = model;
  const hovered =
    hover?.grid === 'result' && shape && hover.index < numel(shape)
      ? unflatIndex(hover.index, shape)
      : null;
  const onHover = useCallback(
    (coord: number[] | null) =>
      useAppStore
        .getState()
        .setHover(coord && shape ? { grid: 'result', index: flatIndex(coord, shape) } : null),
    [shape],
  );
  const stage = Math.min(params.t, model.stretchOrder.length);
  const snippets = useMemo(() => broadcastSnippets(model), [model]);
  const setStage = useCallback((t: number) => set({ t }), [set]);

  return (
    <ViewLayout
      className="broadcast-view"
      title="Broadcasting"
      lede={
        <>
          Shapes line up from the trailing axis; missing leading axes count as 1. On each axis the
          sizes must be equal or 1, and a size-1 axis is stretched without copying (stride 0). NumPy
          and PyTorch follow the same rule but word their errors differently.
        </>
      }
      narrowOrder="controls-first"
      controls={<OperandControls params={params} onChange={set} />}
      summary={
        <>
          <section className="panel" aria-labelledby="bc-result">
            <h2 id="bc-result">Result shape</h2>
            <p className={model.shape ? 'result-shape' : 'result-shape result-error'}>
              <code data-testid="broadcast-result">{resultText(model)}</code>
            </p>
            <LiveSummary
              testId="broadcast-announcement"
              text={
                model.shape
                  ? `Result shape ${resultText(model)}.`
                  : `No result: ${resultText(model)}`
              }
            />
            {model.shape ? (
              <p className="field-hint">
                {model.op.label}: NumPy gives <code>{model.op.numpyDtype}</code>, PyTorch{' '}
                <code>{model.op.torchDtype}</code> (integer operands).
              </p>
            ) : null}
          </section>
          <section className="panel" aria-labelledby="bc-table">
            <h2 id="bc-table">Shapes, lined up</h2>
            <ShapeTable model={model} />
          </section>
          <BroadcastErrors model={model} />
        </>
      }
      figure={
        <section className="panel stack" aria-labelledby="bc-picture">
          <h2 id="bc-picture">Picture</h2>
          {model.drawLimit === 'rank' ? <RankSummary model={model} /> : null}
          {model.display ? (
            <>
              <SummaryNote frame={model.frame} display={model.display} />
              {shape ? (
                <StretchControls order={model.stretchOrder} stage={stage} setStage={setStage} />
              ) : null}
              <BroadcastPicture model={model} stage={stage} hovered={hovered} onHover={onHover} />
              {shape ? <SourceReadout model={model} hovered={hovered} /> : null}
            </>
          ) : null}
        </section>
      }
      exportable={
        model.display
          ? {
              step: stage,
              steps: shape ? model.stretchOrder.length + 1 : 1,
              gif: Boolean(shape && model.stretchOrder.length),
              scenes: async () => {
                const { broadcastScenes } = await import('./broadcastScene');
                return broadcastScenes(model);
              },
            }
          : undefined
      }
      panels={<CodePanel snippets={snippets} />}
    />
  );
}
