import type { AxisPair } from '../../url/fields';
import type { MapCell, StackMap } from './stackModel';

const centre = ([h, w]: AxisPair): AxisPair => [(h - 1) >> 1, (w - 1) >> 1];

/**
 * The cell the stack's GIF links in frame n: the centre of layer n + 1's output, so the
 * receptive field grows frame by frame.
 */
export function frameFocus(maps: readonly StackMap[], n: number): MapCell {
  const map = maps[Math.min(n + 1, maps.length - 1)];
  return { map: map.index, cell: centre(map.shape) };
}
