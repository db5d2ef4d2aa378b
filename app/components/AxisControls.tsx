import { useMemo } from 'react';
import type { AxisPair } from '../url/fields';
import { AxisControl } from './AxisControl';
import { t } from '../i18n/i18n';

/** One row of a view's parameter list: a URL key holding a [height, width] pair. */
export interface AxisRow<K extends string> {
  key: K;
  /** What the parameter is, e.g. "Kernel size". */
  label: string;
  /** The paper's symbol, e.g. "k". */
  symbol: string;
  range: { min: number; max: number };
}

interface Props<K extends string> {
  /** The rows, in order. */
  rows: readonly AxisRow<K>[];
  /** Current values by key. */
  values: Record<K, AxisPair>;
  /** Sets one key. */
  onChange: (key: K, value: AxisPair) => void;
}

/** A view's per-axis parameters, one slider-and-box control each, from a table of rows. */
export function AxisControls<K extends string>({ rows, values, onChange }: Props<K>) {
  // One setter per row for as long as `onChange` holds: a row whose value did not change is
  // not rendered again.
  const setters = useMemo(
    () => rows.map((row) => (value: AxisPair) => onChange(row.key, value)),
    [rows, onChange],
  );
  return rows.map((row, at) => (
    <AxisControl
      key={row.key}
      label={t(row.label)}
      symbol={row.symbol}
      value={values[row.key]}
      {...row.range}
      onChange={setters[at]}
      testId={row.key}
    />
  ));
}
