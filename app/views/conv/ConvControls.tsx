import { LIMITS } from '../../../engine';
import { AxisControls, type AxisRow } from '../../components/AxisControls';
import { ValuesControls } from '../../components/ValuesControls';
import type { ViewParams } from '../../url/schema';
import type { ConvModel } from './convModel';
import { PaddingControl } from './PaddingControl';

interface Props {
  params: ViewParams<'conv'>;
  model: ConvModel;
  set: (patch: Partial<ViewParams<'conv'>>) => void;
}

const CONV_ROWS: readonly AxisRow<'i' | 'k' | 's'>[] = [
  { key: 'i', label: 'Input size', symbol: 'i', range: LIMITS.input },
  { key: 'k', label: 'Kernel size', symbol: 'k', range: LIMITS.kernel },
  { key: 's', label: 'Stride', symbol: 's', range: LIMITS.stride },
];
const DILATION_ROW: readonly AxisRow<'d'>[] = [
  { key: 'd', label: 'Dilation', symbol: 'd', range: LIMITS.dilation },
];

/** Every parameter of the convolution, each a slider and a number box. */
export function ConvControls({ params, model, set }: Props) {
  return (
    <section className="panel controls" aria-labelledby="conv-controls-title">
      <h2 id="conv-controls-title">Parameters</h2>
      <AxisControls
        rows={CONV_ROWS}
        values={params}
        onChange={(key, value) => set({ [key]: value })}
      />
      <PaddingControl
        value={params.p}
        before={[model.axes[0].padBefore, model.axes[1].padBefore]}
        after={[model.axes[0].padAfter, model.axes[1].padAfter]}
        onChange={(p) => set({ p })}
      />
      <AxisControls
        rows={DILATION_ROW}
        values={params}
        onChange={(key, value) => set({ [key]: value })}
      />
      <ValuesControls numbers={params.num} seed={params.seed} onChange={set} />
    </section>
  );
}
