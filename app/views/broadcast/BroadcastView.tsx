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
import { buildBroadcastModel, resultText, type BroadcastModel } from './broadcastModel';
import { isSummarised } from './picture';
import { OperandControls } from './OperandControls';
import { SummaryNote } from './SummaryNote';
import { RankSummary } from './RankSummary';
import { ShapeTable } from './ShapeTable';
import { SourceReadout } from './SourceReadout';
import { StretchControls } from './StretchControls';
import './broadcast.css';
import { t } from '../../i18n/i18n';

const selectHover = (s: AppState) => s.hover;

/** A4 inside its 12 mm margins, in CSS pixels (96 per inch). */
const PRINT_PAGE = 1030;

/**
 * What a printed page leaves the grids once the title, the result, the table of shapes, the
 * errors (on a clash), the picture's heading and legend and the NumPy code are placed: sizes
 * measured on Chromium's A4 print at the print stylesheet's 12 px, rounded up.
 */
function printHeight(model: BroadcastModel, code: string): number {
  const table = 60 + 24 * (model.operands.length + 2);
  const errors = model.shape ? 0 : 110 + 60 * model.operands.length;
  const note = model.display && isSummarised(model.display) ? 90 : 0;
  return PRINT_PAGE - 80 - 80 - table - errors - 90 - note - (70 + 15 * code.split('\n').length);
}

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
      title={t('broadcast.title')}
      lede={t('broadcast.lede')}
      narrowOrder="controls-first"
      controls={<OperandControls params={params} onChange={set} />}
      summary={
        <>
          <section className="panel" aria-labelledby="bc-result">
            <h2 id="bc-result">{t('broadcast.resultShape')}</h2>
            <p className={model.shape ? 'result-shape' : 'result-shape result-error'}>
              <code data-testid="broadcast-result">{resultText(model)}</code>
            </p>
            <LiveSummary
              testId="broadcast-announcement"
              text={
                model.shape
                  ? t('broadcast.announce', { shape: resultText(model) })
                  : t('broadcast.announceNone', { error: resultText(model) })
              }
            />
            {model.shape ? (
              <p className="field-hint">
                {t('broadcast.dtype1', { op: t(`broadcast.op.${model.op.id}`) })}
                <code>{model.op.numpyDtype}</code>
                {t('broadcast.dtype2')}
                <code>{model.op.torchDtype}</code>
                {t('broadcast.dtype3')}
              </p>
            ) : null}
          </section>
          <section className="panel" aria-labelledby="bc-table">
            <h2 id="bc-table">{t('broadcast.linedUp')}</h2>
            <ShapeTable model={model} />
          </section>
          <BroadcastErrors model={model} />
        </>
      }
      figure={
        <section className="panel stack" aria-labelledby="bc-picture">
          <h2 id="bc-picture">{t('broadcast.picture')}</h2>
          {model.drawLimit === 'rank' ? <RankSummary model={model} /> : null}
          {model.display ? (
            <>
              <SummaryNote frame={model.frame} display={model.display} />
              {shape ? (
                <StretchControls order={model.stretchOrder} stage={stage} setStage={setStage} />
              ) : null}
              <BroadcastPicture
                model={model}
                stage={stage}
                hovered={hovered}
                onHover={onHover}
                printHeight={printHeight(model, snippets[0]?.code ?? '')}
              />
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
