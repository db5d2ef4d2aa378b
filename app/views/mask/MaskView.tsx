import { useMemo, useState } from 'react';
import { useAppStore, type AppState } from '../../store/store';
import { ConditionPanel } from './ConditionPanel';
import { buildMaskModel, type MaskModel } from './maskModel';
import { MaskOutputs } from './MaskOutputs';
import { MatrixEditor } from './MatrixEditor';
import { ReplPanel } from './ReplPanel';
import './mask.css';

const selectParams = (s: AppState) => s.params.mask;

export default function MaskView() {
  const params = useAppStore(selectParams);
  const model = useMemo(() => buildMaskModel(params), [params]);

  // The last condition that gave a mask keeps its outputs on screen while the current one fails.
  const [last, setLast] = useState<{ model: MaskModel; cond: string } | null>(
    model.outputs ? { model, cond: params.cond } : null,
  );
  if (model.outputs && last?.model !== model) setLast({ model, cond: params.cond });
  const shown = model.outputs ? model : (last?.model ?? null);

  return (
    <>
      <h1 className="view-title">Boolean masks</h1>
      <p className="view-lede">
        <code>a[(a &gt; 0) &amp; (a &lt; 1)]</code> keeps the elements between 0 and 1. The brackets
        matter: <code>&amp;</code> binds tighter than comparisons, and Python’s <code>and</code> /{' '}
        <code>or</code> cannot combine arrays.
      </p>
      <div className="view-layout mask-layout">
        <div className="stack">
          <ConditionPanel condition={params.cond} analysis={model.analysis} />
          <MatrixEditor
            cells={model.cells}
            mask={model.analysis.mask}
            dtype={model.matrix.dtype}
            seed={params.seed}
          />
        </div>
        <div className="stack">
          {shown?.outputs && shown.maskRepr ? (
            <MaskOutputs
              outputs={shown.outputs}
              maskRepr={shown.maskRepr}
              ndim={shown.matrix.shape.length}
              staleFrom={model.outputs ? null : (last?.cond ?? null)}
            />
          ) : null}
          <ReplPanel version={params.torch} session={shown?.session ?? null} />
        </div>
      </div>
    </>
  );
}
