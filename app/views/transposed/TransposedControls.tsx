import { LIMITS } from '../../../engine';
import { AxisControl } from '../../components/AxisControl';
import { ValuesControls } from '../../components/ValuesControls';
import type { ViewParams } from '../../url/schema';

interface Props {
  params: ViewParams<'transposed'>;
  set: (patch: Partial<ViewParams<'transposed'>>) => void;
}

/** ConvTranspose2d's arguments: i is this convolution's input (the paper's i′). */
export function TransposedControls({ params, set }: Props) {
  return (
    <section className="panel controls" aria-labelledby="transposed-controls-title">
      <h2 id="transposed-controls-title">Parameters</h2>
      <AxisControl
        label="Input size"
        symbol="i′"
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
      <AxisControl
        label="Padding"
        symbol="p"
        value={params.p}
        {...LIMITS.padding}
        onChange={(p) => set({ p })}
        testId="p"
      />
      <AxisControl
        label="Dilation"
        symbol="d"
        value={params.d}
        {...LIMITS.dilation}
        onChange={(d) => set({ d })}
        testId="d"
      />
      <AxisControl
        label="Output padding"
        symbol="a"
        value={params.op}
        {...LIMITS.outputPadding}
        onChange={(op) => set({ op })}
        testId="op"
      />
      <p className="field-hint">
        PyTorch requires output_padding &lt; max(stride, dilation) on each axis.
      </p>
      <ValuesControls numbers={params.num} seed={params.seed} onChange={set} />
    </section>
  );
}
