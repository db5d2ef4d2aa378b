/**
 * Which cells of an operand's grid are drawn at each step of the stretch: the operand is drawn
 * in the result's frame; cells it really stores are "real", repeated ones are "ghosts" (stride
 * 0, no memory), shown once the axis they repeat along has been stretched.
 */
import { flatIndex, sourceIndex, unflatIndex } from '../../../engine';
import { t } from '../../i18n/i18n';

export type CellRole = 'real' | 'ghost' | 'hidden';

/** The operand's sizes lined up with the frame, missing leading axes as 1. */
export function alignedShape(shape: readonly number[], frame: readonly number[]): number[] {
  return [...new Array<number>(frame.length - shape.length).fill(1), ...shape];
}

/**
 * @param coord a coordinate in the frame
 * @param stretched frame axes stretched so far
 */
export function cellRole(
  shape: readonly number[],
  frame: readonly number[],
  coord: readonly number[],
  stretched: ReadonlySet<number>,
): CellRole {
  const aligned = alignedShape(shape, frame);
  let role: CellRole = 'real';
  for (let axis = 0; axis < frame.length; axis++) {
    if (coord[axis] < aligned[axis]) continue;
    if (aligned[axis] !== 1 || !stretched.has(axis)) return 'hidden';
    role = 'ghost';
  }
  return role;
}

/** The operand element (flat index and coordinate) a frame coordinate reads. */
export function sourceOf(
  shape: readonly number[],
  frame: readonly number[],
  coord: readonly number[],
): { index: number; coord: number[] } {
  const index = sourceIndex(flatIndex(coord, frame), frame, shape);
  return { index, coord: unflatIndex(index, shape) };
}

/** The display axes of any frame as slices × rows × columns (missing leading axes: [0]). */
export function asSlices(display: readonly DisplayAxis[]): [DisplayAxis, DisplayAxis, DisplayAxis] {
  const padded = [[0], [0], [0], ...display].slice(-3);
  return [padded[0], padded[1], padded[2]];
}

/** "rows 3 to 60": the positions the gap at `k` of a display axis stands for. */
export function gapText(axis: DisplayAxis, k: number, noun: string): string {
  const from = (axis[k - 1] ?? -1) + 1;
  const to = (axis[k + 1] ?? from + 1) - 1;
  return t('broadcast.tg.range', { noun, from, to });
}

/** The frame coordinate of slice cell (d, r, c), given as frame positions. */
export function frameCoord(frame: readonly number[], d: number, r: number, c: number): number[] {
  return [d, r, c].slice(3 - frame.length);
}

/** "[1, 0, 2]": a coordinate as an index expression. */
export const indexText = (coord: readonly number[]) => `[${coord.join(', ')}]`;

/** The positions of one frame axis the picture draws, in order; null marks the gap of a summary. */
export type DisplayAxis = (number | null)[];

/** The picture draws at most this many cells per grid (before summarising more axes). */
export const DRAW_LIMIT = 1024;
/** An axis longer than this is summarised: 8 slices, 32 rows or columns. */
export const DRAW_MAX_SLICES = 8;
export const DRAW_MAX_AXIS = 32;
/** A summarised axis keeps this many positions at each end, as NumPy prints a large array. */
const EDGE_SLICES = 2;
const EDGE_CELLS = 3;

const full = (size: number): number[] => Array.from({ length: size }, (_, k) => k);
const summarised = (size: number, edge: number): DisplayAxis => [
  ...full(edge),
  null,
  ...full(edge).map((k) => size - edge + k),
];

/**
 * What the picture draws of a frame of up to three axes: every position of a short axis, and
 * the first and last few of a long one with a gap between (`[0, 1, 2, null, 61, 62, 63]`), as
 * `np.set_printoptions(edgeitems=3)` prints. Axes are summarised, longest first, until a grid
 * holds at most `DRAW_LIMIT` cells, so `(64, 64, 3)` is drawn as 4 slices of 7 × 3.
 */
export function displayAxes(frame: readonly number[]): DisplayAxis[] {
  const isSlices = (axis: number) => frame.length === 3 && axis === 0;
  const edge = (axis: number) => (isSlices(axis) ? EDGE_SLICES : EDGE_CELLS);
  const limit = (axis: number) => (isSlices(axis) ? DRAW_MAX_SLICES : DRAW_MAX_AXIS);
  const axes = frame.map((size, axis) =>
    size > limit(axis) ? summarised(size, edge(axis)) : full(size),
  );
  const cells = () => axes.reduce((n, a) => n * a.length, 1);
  while (cells() > DRAW_LIMIT) {
    const longest = axes
      .map((a, axis) => ({ axis, length: a.length }))
      .filter(({ axis, length }) => !axes[axis].includes(null) && length > 2 * edge(axis) + 1)
      .sort((x, y) => y.length - x.length)[0];
    if (!longest) break;
    axes[longest.axis] = summarised(frame[longest.axis], edge(longest.axis));
  }
  return axes;
}

/** Does any axis of the picture leave positions out? */
export const isSummarised = (display: readonly DisplayAxis[]) =>
  display.some((axis) => axis.includes(null));

/**
 * Where the stretch is, in words.
 *
 * @example stretchStatus([2, 0], 1) // 'Step 1 of 2: stretched along axis 2.'
 */
export function stretchStatus(order: readonly number[], stage: number): string {
  return stage === 0
    ? t('broadcast.sc.step0')
    : t('broadcast.sc.step', {
        stage,
        last: order.length,
        axes: order.slice(0, stage).join(t('broadcast.sc.axisSep')),
      });
}

/** Room the page gives a 3-D frame's slice index (`[3, :, :]`) beside each slice, in print. */
const SLICE_LABEL_PX = 72;

/**
 * Roughly how large the picture is drawn, in CSS pixels: the tensors side by side, each a
 * caption over its slices (a gap row for the slices left out).
 *
 * @param tensors how many grids are drawn side by side (operands and the result)
 * @example pictureSize([[0, 1], [0, 1, 2]], 34, 3) // { width: 348, height: 93 }
 */
export function pictureSize(
  display: readonly DisplayAxis[],
  cell: number,
  tensors: number,
): { width: number; height: number } {
  const [slices, rows, cols] = asSlices(display);
  const label = display.length === 3 ? SLICE_LABEL_PX : 0;
  const width = tensors * (label + cols.length * cell + 2) + (tensors - 1) * 18;
  const height =
    20 + slices.reduce<number>((h, d) => h + (d === null ? 20 : rows.length * cell + 5), 0);
  return { width, height };
}

/**
 * The zoom that fits a picture into a box (1 when it fits), rounded down to two decimals.
 *
 * @example fitZoom({ width: 1400, height: 300 }, 700, 600) // 0.5
 */
export function fitZoom(
  size: { width: number; height: number },
  width: number,
  height: number,
): number {
  const zoom = Math.min(1, width / size.width, height / size.height);
  return Math.max(0, Math.floor(zoom * 100) / 100);
}
