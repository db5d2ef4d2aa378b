import { LIMITS } from '../../../engine';
import { AxisControl } from '../../components/AxisControl';
import { ValuesControls } from '../../components/ValuesControls';
import type { ViewParams } from '../../url/schema';
import type { ConvModel } from './convModel';
import { PaddingControl } from './PaddingControl';

interface Props {
  params: ViewParams<'conv'>;
  model: ConvModel;
  set: (patch: Partial<ViewParams<'conv'>>) => void;
}

/** Every parameter of the convolution, each a slider and a number box. */
export function ConvControls({ params, model, set }: Props) {
  return (
    <section className="panel controls" aria-labelledby="conv-controls-title">
      <h2 id="conv-controls-title">Parameters</h2>
      <AxisControl
        label="Input size"
        symbol="i"
        value={params.i}
        {...LIMITS.input}
        onChange={(i) => set({ i })}
        testId="i"
      />
      <AxisControl
        label="Kernel size"
        symbol="k"
        value={params.k}
        {...LIMITS.kernel}
        onChange={(k) => set({ k })}
        testId="k"
      />
      <AxisControl
        label="Stride"
        symbol="s"
        value={params.s}
        {...LIMITS.stride}
        onChange={(s) => set({ s })}
        testId="s"
      />
      <PaddingControl
        value={params.p}
        before={model.padBefore}
        after={model.padAfter}
        onChange={(p) => set({ p })}
      />
      <AxisControl
        label="Dilation"
        symbol="d"
        value={params.d}
        {...LIMITS.dilation}
        onChange={(d) => set({ d })}
        testId="d"
      />
      <ValuesControls numbers={params.num} seed={params.seed} onChange={set} />
    </section>
  );
}
