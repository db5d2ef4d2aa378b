import { useMemo, useState } from 'react';
import { CodeText } from '../../components/CodeText';
import { LiveSummary } from '../../components/LiveSummary';
import { ViewLayout } from '../../components/ViewLayout';
import { t } from '../../i18n/i18n';
import { useViewParams } from '../../store/useViewParams';
import { ConditionPanel } from './ConditionPanel';
import { buildMaskModel, type MaskModel } from './maskModel';
import { MaskOutputs } from './MaskOutputs';
import { MatrixEditor } from './MatrixEditor';
import { ReplPanel } from './ReplPanel';
import { ResultsPanel } from './ResultsPanel';
import './mask.css';

/** Boolean masks: a condition on an editable matrix, its outputs and its errors. */
export default function MaskView() {
  const [params, set] = useViewParams('mask');
  const model = useMemo(() => buildMaskModel(params), [params]);

  // The last condition that gave a mask keeps its outputs on screen while the current one fails.
  const [last, setLast] = useState<{ model: MaskModel; cond: string } | null>(
    model.outputs ? { model, cond: params.cond } : null,
  );
  if (model.outputs && last?.model !== model) setLast({ model, cond: params.cond });
  const shown = model.outputs ? model : (last?.model ?? null);
  const mask = model.outputs ? model.analysis.mask : null;

  return (
    <ViewLayout
      className="mask-view"
      title={t('mask.title')}
      lede={<CodeText text={t('mask.lede')} />}
      narrowOrder="controls-first"
      controls={
        <>
          <ConditionPanel
            condition={params.cond}
            analysis={model.analysis}
            onCondition={(cond) => set({ cond })}
          />
          <MatrixEditor
            cells={model.cells}
            mask={model.analysis.mask}
            dtype={model.matrix.dtype}
            seed={params.seed}
            onChange={set}
          />
        </>
      }
      summary={
        <>
          <LiveSummary testId="mask-announcement" text={maskAnnouncement(model)} code />
          {model.analysis.results ? <ResultsPanel results={model.analysis.results} /> : null}
        </>
      }
      figure={
        shown?.outputs && shown.maskRepr ? (
          <MaskOutputs
            outputs={shown.outputs}
            maskRepr={shown.maskRepr}
            ndim={shown.matrix.shape.length}
            staleFrom={model.outputs ? null : (last?.cond ?? null)}
          />
        ) : null
      }
      exportable={
        mask && mask.shape.length <= 2
          ? {
              step: 0,
              steps: 1,
              gif: false,
              scenes: async () => {
                const { maskScene } = await import('./maskScene');
                const scene = maskScene(model, params.cond.trim());
                if (!scene) throw new Error(t('mask.export.noMask'));
                return [scene];
              },
            }
          : undefined
      }
      panels={
        <ReplPanel
          version={params.torch}
          session={shown?.session ?? null}
          versions={model.analysis.versions}
          onVersion={(torch) => set({ torch })}
        />
      }
    />
  );
}

/** What a change of the condition or the matrix gave, in one sentence for screen readers. */
function maskAnnouncement(model: MaskModel): string {
  if (!model.outputs) return t('mask.announce.none');
  return t('mask.announce.count', {
    count: model.outputs.count,
    indexed: model.outputs.indexed,
  });
}
