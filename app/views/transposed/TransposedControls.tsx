import { useCallback } from 'react';
import { LIMITS } from '../../../engine';
import { AxisControls, type AxisRow } from '../../components/AxisControls';
import { FrameworkSwitch } from '../../components/FrameworkSwitch';
import { KerasControls } from './KerasControls';
import { ValuesControls } from '../../components/ValuesControls';
import type { AxisPair } from '../../url/fields';
import type { ViewParams } from '../../url/schema';
import { t } from '../../i18n/i18n';

interface Props {
  params: ViewParams<'transposed'>;
  set: (patch: Partial<ViewParams<'transposed'>>) => void;
}

const TRANSPOSED_ROWS: readonly AxisRow<'i' | 'k' | 's' | 'p' | 'd' | 'op'>[] = [
  { key: 'i', label: 'common.inputSize', symbol: 'i′', range: LIMITS.input },
  { key: 'k', label: 'common.kernelSize', symbol: 'k', range: LIMITS.kernel },
  { key: 's', label: 'common.stride', symbol: 's', range: LIMITS.stride },
  { key: 'p', label: 'common.padding', symbol: 'p', range: LIMITS.padding },
  { key: 'd', label: 'common.dilation', symbol: 'd', range: LIMITS.dilation },
  { key: 'op', label: 'common.outputPadding', symbol: 'a', range: LIMITS.outputPadding },
];

/** Keras' Conv2DTranspose takes padding and output_padding its own way. */
const KERAS_ROWS = TRANSPOSED_ROWS.filter((row) => row.key !== 'p' && row.key !== 'op');

/** ConvTranspose2d's arguments: i is this convolution's input (the paper's i′). */
export function TransposedControls({ params, set }: Props) {
  const tf = params.fw === 'tf';
  // One function each for as long as `set` holds: a press on one control leaves the others'
  // props, and so the others, as they were.
  const setFramework = useCallback((fw: 'torch' | 'tf') => set({ fw }), [set]);
  const setAxis = useCallback(
    (key: (typeof TRANSPOSED_ROWS)[number]['key'], value: AxisPair) => set({ [key]: value }),
    [set],
  );
  return (
    <section className="panel controls" aria-labelledby="transposed-controls-title">
      <h2 id="transposed-controls-title">{t('common.parameters')}</h2>
      <FrameworkSwitch value={params.fw} onChange={setFramework} hint={t('transposed.fwHint')} />
      <AxisControls rows={tf ? KERAS_ROWS : TRANSPOSED_ROWS} values={params} onChange={setAxis} />
      {tf ? (
        <KerasControls params={params} set={set} />
      ) : (
        <p className="field-hint">{t('transposed.opHint')}</p>
      )}
      <ValuesControls numbers={params.num} seed={params.seed} onChange={set} />
    </section>
  );
}
