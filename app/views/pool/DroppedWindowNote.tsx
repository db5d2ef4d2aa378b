import { t } from '../../i18n/i18n';

interface Props {
  /** Per axis, where the window PyTorch drops would start (null: none dropped). */
  droppedWindow: readonly [number | null, number | null];
}

/** Ceil mode's dropped windows, in words (the figure draws them dashed). */
export function DroppedWindowNote({ droppedWindow: [rowStart, colStart] }: Props) {
  if (rowStart === null && colStart === null) return null;
  const parts = [];
  if (rowStart !== null) parts.push(t('pool.droppedRow', { start: rowStart }));
  if (colStart !== null) parts.push(t('pool.droppedCol', { start: colStart }));
  return (
    <p className="relationship-note" data-testid="dropped-window">
      {t('pool.droppedNote', { what: parts.join(t('pool.and')) })}
    </p>
  );
}
