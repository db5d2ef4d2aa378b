import { formatTuple } from '../../../engine';
import {
  DRAW_LIMIT,
  DRAW_MAX_AXIS,
  DRAW_MAX_SLICES,
  isSummarised,
  type DisplayAxis,
} from './picture';

type Props = {
  /** The frame the picture is drawn in. */
  frame: number[];
  /** What is drawn of each of its axes. */
  display: DisplayAxis[];
};

/** Says that a large frame is drawn summarised, and what that means; nothing for small ones. */
export function SummaryNote({ frame, display }: Props) {
  if (!isSummarised(display)) return null;
  return (
    <p className="note-box" role="status" data-testid="draw-limit">
      The frame {formatTuple(frame)} is drawn summarised, as NumPy prints a large array: long axes
      (over {DRAW_MAX_SLICES} slices or {DRAW_MAX_AXIS} rows or columns, or over {DRAW_LIMIT} cells
      in a grid) show their first and last positions around a row of dots. Values are computed only
      for the cells drawn.
    </p>
  );
}
