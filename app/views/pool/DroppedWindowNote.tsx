interface Props {
  /** Per axis, where the window PyTorch drops would start (null: none dropped). */
  droppedWindow: readonly [number | null, number | null];
}

/** Ceil mode's dropped windows, in words (the figure draws them dashed). */
export function DroppedWindowNote({ droppedWindow: [rowStart, colStart] }: Props) {
  if (rowStart === null && colStart === null) return null;
  const parts = [];
  if (rowStart !== null) parts.push(`the row of windows that would start at input row ${rowStart}`);
  if (colStart !== null)
    parts.push(`the column of windows that would start at input column ${colStart}`);
  return (
    <p className="relationship-note" data-testid="dropped-window">
      Ceil mode: PyTorch drops {parts.join(' and ')} (dashed): a window must start inside the input
      or the left padding, and that one would start in the right padding.
    </p>
  );
}
