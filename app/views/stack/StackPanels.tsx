import { useMemo } from 'react';
import { CodePanel } from '../../components/CodePanel';
import type { ViewParams } from '../../url/schema';
import { replaceLayer } from './layerEdits';
import { buildSolverModel } from './solverModel';
import { SolverPanel } from './SolverPanel';
import { stackCode } from './stackCode';
import type { StackModel } from './stackModel';
import { StackTable } from './StackTable';

interface Props {
  model: StackModel;
  params: ViewParams<'stack'>;
  set: (patch: Partial<ViewParams<'stack'>>) => void;
}

/**
 * The panels under the picture: the table of every layer, the solver and the code. Loaded after
 * the first paint.
 */
export default function StackPanels({ model, params, set }: Props) {
  const solver = useMemo(
    () => buildSolverModel(model, params.solve, params.reach),
    [model, params.solve, params.reach],
  );
  const snippets = useMemo(() => stackCode(model), [model]);
  return (
    <>
      <StackTable model={model} />
      <SolverPanel
        model={model}
        solver={solver}
        set={set}
        onLayer={(index, token) => set({ L: replaceLayer(params.L, index, token) })}
      />
      <CodePanel snippets={snippets} />
    </>
  );
}
