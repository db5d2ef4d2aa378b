import { useCallback } from 'react';
import { LIMITS, type AxisGeometry } from '../../engine';
import type { AxisPair, PaddingParam } from '../url/fields';
import { AxisControls, type AxisRow } from './AxisControls';
import { PaddingControl } from './PaddingControl';

/** The URL keys of a convolution's geometry. */
interface Geometry {
  i: AxisPair;
  k: AxisPair;
  s: AxisPair;
  p: PaddingParam;
  d: AxisPair;
}

interface Props {
  values: Geometry;
  /** Height and width with the padding resolved (what a padding word pads). */
  axes: readonly [AxisGeometry, AxisGeometry];
  onChange: (patch: Partial<Geometry>) => void;
  /** Whose padding words the padding control offers (default PyTorch's). */
  framework?: 'torch' | 'tf';
}

const SIZE_ROWS: readonly AxisRow<'i' | 'k' | 's'>[] = [
  { key: 'i', label: 'common.inputSize', symbol: 'i', range: LIMITS.input },
  { key: 'k', label: 'common.kernelSize', symbol: 'k', range: LIMITS.kernel },
  { key: 's', label: 'common.stride', symbol: 's', range: LIMITS.stride },
];
const DILATION_ROW: readonly AxisRow<'d'>[] = [
  { key: 'd', label: 'common.dilation', symbol: 'd', range: LIMITS.dilation },
];

/** A convolution's input size, kernel, stride, padding (numbers or a word) and dilation. */
export function ConvGeometryControls({ values, axes, onChange, framework }: Props) {
  const setAxis = useCallback(
    (key: keyof Geometry, v: AxisPair) => onChange({ [key]: v }),
    [onChange],
  );
  const setPadding = useCallback((p: PaddingParam) => onChange({ p }), [onChange]);
  return (
    <>
      <AxisControls rows={SIZE_ROWS} values={values} onChange={setAxis} />
      <PaddingControl
        value={values.p}
        before={[axes[0].padBefore, axes[1].padBefore]}
        after={[axes[0].padAfter, axes[1].padAfter]}
        onChange={setPadding}
        framework={framework}
      />
      <AxisControls rows={DILATION_ROW} values={values} onChange={setAxis} />
    </>
  );
}
