import { BOX_COORDS, BOX_EXAMPLE, type BoxAnchor } from '../../../engine';
import type { TableEdits } from '../../url/fields';
import { setDelta, togglePositive, type DeltaSide } from './boxModel';
import type { SmoothL1Change } from './lossModel';
import { TableBlock } from './TableBlock';
import { RealField } from './RealField';
import { t } from '../../i18n/i18n';

type Props = {
  /** The batch as the URL gives it. */
  batch: readonly BoxAnchor[];
  /** Positive anchors, counted from 1. */
  positives: readonly number[];
  predEdits: TableEdits;
  targetEdits: TableEdits;
  /** Changes some of the lab's parameters (the edits and the positives). */
  onChange: SmoothL1Change;
};

const SIDE_TITLE: Record<DeltaSide, string> = {
  pred: 'smoothl1.anchors.pred',
  target: 'smoothl1.anchors.target',
};

/** The sampled anchors, every delta editable; a tick marks an anchor positive. */
export function AnchorTable({ batch, positives, predEdits, targetEdits, onChange }: Props) {
  const edit = (side: DeltaSide, row: number, c: number, value: number) => {
    const coord = BOX_COORDS[c];
    if (side === 'pred') onChange({ pred: setDelta(predEdits, side, row, coord, value) });
    else onChange({ tgt: setDelta(targetEdits, side, row, coord, value) });
  };
  return (
    <TableBlock className="anchor-table" title={t('smoothl1.anchors.title')}>
      <thead>
        <tr>
          <th scope="col" rowSpan={2}>
            {t('smoothl1.anchors.anchor')}
          </th>
          <th scope="col" rowSpan={2}>
            {t('smoothl1.anchors.positive')}
          </th>
          {(['pred', 'target'] as const).map((side) => (
            <th key={side} scope="colgroup" colSpan={4}>
              {t(SIDE_TITLE[side])}
            </th>
          ))}
        </tr>
        <tr>
          {(['pred', 'target'] as const).flatMap((side) =>
            BOX_COORDS.map((coord) => (
              <th key={`${side}-${coord}`} scope="col">
                {coord}
              </th>
            )),
          )}
        </tr>
      </thead>
      <tbody>
        {batch.map((anchor, i) => {
          const row = i + 1;
          return (
            <tr key={row} className={anchor.positive ? 'positive' : undefined}>
              <th scope="row">{row}</th>
              <td>
                <input
                  type="checkbox"
                  checked={anchor.positive}
                  aria-label={t('smoothl1.anchors.isPositive', { row })}
                  onChange={() => onChange({ pos: togglePositive(positives, row) })}
                  data-testid={`positive-${row}`}
                />
              </td>
              {(['pred', 'target'] as const).flatMap((side) =>
                anchor[side].map((value, c) => (
                  <td key={`${side}-${c}`}>
                    <RealField
                      label={t('smoothl1.anchors.cell', {
                        row,
                        side: t(`smoothl1.anchors.side.${side}`),
                        coord: BOX_COORDS[c],
                      })}
                      labelHidden
                      value={value}
                      {...BOX_EXAMPLE.deltaRange}
                      step={0.01}
                      onCommit={(next) => edit(side, row, c, next)}
                      testId={`${side}-${row}-${BOX_COORDS[c]}`}
                    />
                  </td>
                )),
              )}
            </tr>
          );
        })}
      </tbody>
    </TableBlock>
  );
}
