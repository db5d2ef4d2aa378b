/**
 * The layer stack's figure as scenes for export: every feature map at one common scale, laid
 * out like the screen's (left to right, wrapping), painted by the screen's `mapPainter`. The
 * GIF is the receptive field growing: one frame per layer, the centre cell of its output
 * linked back to everything it sees.
 */
import { flowScene, type SizedGrid } from '../../components/export/scene';
import type { SceneSequence } from '../../components/export/sceneSource';
import { paintedCells } from '../../components/export/stageAnimation';
import { formatSize } from '../../components/format';
import type { Layer } from '../../../engine';
import type { AxisPair } from '../../url/fields';
import { mapPainter } from './mapPaint';
import { blockFactor, blockMax, mapScale } from './mapScale';
import { frameFocus } from './frameFocus';
import { cellLinks, type MapCell, type StackMap } from './stackModel';

/** What the stack's pictures are built from: plain data, sent to the export worker. */
export interface StackSceneData {
  kind: 'stack';
  input: AxisPair;
  /** The layers PyTorch runs. */
  runnable: Layer[];
  maps: StackMap[];
  /** The cell linked in the picture on screen (the pinned one, or the default). */
  focus: MapCell;
  /** Words in the page's language, written on the page: the pictures' titles and a note. */
  words: StackWords;
}

/** The titles of the still and of each GIF frame, and the note of a map drawn smaller. */
export interface StackWords {
  still: string;
  frames: string[];
  scaledDown: string;
}

/** Room for one map in an exported picture. */
const MAP_WIDTH = 440;
const MAP_HEIGHT = 420;

/** The stack with `focus`'s links drawn: one grid per map, under `title`. */
function stackScene(data: StackSceneData, focus: MapCell, title: string) {
  const links = cellLinks(data, focus);
  const scale = mapScale(
    data.maps.map((map) => map.shape),
    MAP_WIDTH,
    MAP_HEIGHT,
  );
  const grids: SizedGrid[] = data.maps.map((map) => {
    const size = scale.sizes[map.index];
    const factor = blockFactor(size);
    const [rows, cols] = map.shape.map((n) => Math.ceil(n / factor));
    const own = focus.map === map.index;
    const paint = mapPainter({
      isInput: map.index === 0,
      drawn: size * factor,
      rowCounts: blockMax(links.rowPaths[map.index], factor),
      colCounts: blockMax(links.colPaths[map.index], factor),
      readRows: map.readBy ? blockMax(map.readBy[0], factor) : null,
      readCols: map.readBy ? blockMax(map.readBy[1], factor) : null,
      max: links.max[map.index],
      focus: own ? [Math.floor(focus.cell[0] / factor), Math.floor(focus.cell[1] / factor)] : null,
    });
    return {
      id: `map${map.index}`,
      caption: `${map.title} ${formatSize(map.shape)}${size < scale.common ? data.words.scaledDown : ''}`,
      rows,
      cols,
      cell: size * factor,
      cells: paintedCells(rows, cols, paint),
    };
  });
  return flowScene(title, grids);
}

/**
 * The stack's pictures: the still links the focused cell, frame n links the centre cell of
 * layer n + 1's output, so the receptive field grows frame by frame.
 */
export function stackSequence(data: StackSceneData): SceneSequence {
  return {
    frames: data.maps.length - 1,
    frame: (n) => stackScene(data, frameFocus(data.maps, n), data.words.frames[n]),
    still: () => stackScene(data, data.focus, data.words.still),
  };
}
