/**
 * Which cells of an operand's grid are drawn at each step of the stretch: the operand is drawn
 * in the result's frame; cells it really stores are "real", repeated ones are "ghosts" (stride
 * 0, no memory), shown once the axis they repeat along has been stretched.
 */
import { flatIndex, sourceIndex, unflatIndex } from '../../../engine';

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

/** Any frame as depth × rows × cols (leading axes of size 1 added). */
export function asSlices(frame: readonly number[]): [number, number, number] {
  const padded = [1, 1, 1, ...frame].slice(-3);
  return [padded[0], padded[1], padded[2]];
}

/** The frame coordinate of slice cell (d, r, c). */
export function frameCoord(frame: readonly number[], d: number, r: number, c: number): number[] {
  return [d, r, c].slice(3 - frame.length);
}

/** "[1, 0, 2]": a coordinate as an index expression. */
export const indexText = (coord: readonly number[]) => `[${coord.join(', ')}]`;
