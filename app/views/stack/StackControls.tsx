import { STACK_LIMITS, type LayerToken } from '../../../engine';
import { AxisControl } from '../../components/AxisControl';
import { NumberField } from '../../components/NumberField';
import type { ViewParams } from '../../url/schema';
import { LayerList } from './LayerList';

interface Props {
  params: ViewParams<'stack'>;
  set: (patch: Partial<ViewParams<'stack'>>) => void;
  /** 0-based index of the layer PyTorch refuses, or null. */
  refused: number | null;
}

/** The input and the layers. */
export function StackControls({ params, set, refused }: Props) {
  return (
    <section className="panel controls" aria-labelledby="stack-controls-title">
      <h2 id="stack-controls-title">Network</h2>
      <AxisControl
        label="Input size"
        symbol="i"
        value={params.i}
        {...STACK_LIMITS.input}
        onChange={(i) => set({ i })}
        testId="i"
      />
      <NumberField
        label="Input channels"
        value={params.cin}
        {...STACK_LIMITS.channels}
        onCommit={(cin) => set({ cin })}
        hint="For parameters and multiply-adds; give a layer channels with x, e.g. c3p1x64."
        testId="control-cin"
      />
      <LayerList tokens={params.L} refused={refused} onChange={(L: LayerToken[]) => set({ L })} />
    </section>
  );
}
