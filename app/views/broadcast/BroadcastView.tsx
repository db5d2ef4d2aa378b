import { useCallback, useMemo, useState } from 'react';
import { flatIndex, formatTuple, unflatIndex } from '../../../engine';
import { CodePanel } from '../../components/CodePanel';
import { ViewLayout } from '../../components/ViewLayout';
import { useAppStore, type AppState } from '../../store/store';
import { useViewParams } from '../../store/useViewParams';
import { BroadcastErrors } from './BroadcastErrors';
import { BroadcastPicture } from './BroadcastPicture';
import { broadcastSnippets } from './broadcastCode';
import {
  DRAW_LIMIT,
  DRAW_MAX_AXIS,
  DRAW_MAX_SLICES,
  buildBroadcastModel,
  resultText,
  type BroadcastModel,
} from './broadcastModel';
import { OperandControls } from './OperandControls';
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

  // The last model the picture could draw stays on screen while a result is too large.
  const [picture, setPicture] = useState<BroadcastModel | null>(model.drawLimit ? null : model);
  if (!model.drawLimit && picture !== model) setPicture(model);
  const shown = model.drawLimit ? picture : model;

  const hovered =
    hover?.grid === 'result' && shown?.shape && shown.result && hover.index < shown.result.length
      ? unflatIndex(hover.index, shown.shape)
      : null;
  const shownShape = shown?.shape ?? null;
  const onHover = useCallback(
    (coord: number[] | null) =>
      useAppStore
        .getState()
        .setHover(
          coord && shownShape ? { grid: 'result', index: flatIndex(coord, shownShape) } : null,
        ),
    [shownShape],
  );
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
          {model.drawLimit === 'size' ? (
            <p className="note-box" role="status" data-testid="draw-limit">
              The frame {formatTuple(model.frame)} is too large to draw (at most {DRAW_LIMIT} cells,{' '}
              {DRAW_MAX_SLICES} slices and {DRAW_MAX_AXIS} per axis).
              {shown ? ' Showing the last picture that fit.' : ''}
            </p>
          ) : null}
          {shown && model.drawLimit !== 'rank' ? (
            <>
              {shown.shape ? (
                <StretchControls
                  order={shown.stretchOrder}
                  stage={Math.min(params.t, shown.stretchOrder.length)}
                  setStage={setStage}
                />
              ) : null}
              <BroadcastPicture
                model={shown}
                stage={Math.min(params.t, shown.stretchOrder.length)}
                hovered={hovered}
                onHover={onHover}
              />
              {shown.shape ? <SourceReadout model={shown} hovered={hovered} /> : null}
            </>
          ) : null}
        </section>
      }
      panels={<CodePanel snippets={snippets} />}
    />
  );
}
