import { formatSize } from '../../components/format';
import { t } from '../../i18n/i18n';
import type { AxisPair } from '../../url/fields';
import { frameFocus } from './frameFocus';
import type { StackWords } from './stackScene';
import type { MapCell, StackMap } from './stackModel';

/** A picture's title: the stack, and which cell's links it draws. */
const title = (input: AxisPair, maps: readonly StackMap[], focus: MapCell) =>
  t('stack.export.title', {
    input: formatSize(input),
    layers: maps.length - 1,
    map: focus.map === 0 ? 'input' : focus.map,
    r: focus.cell[0],
    c: focus.cell[1],
  });

/** The stack pictures' words in the page's language, for the export worker. */
export function stackWords(input: AxisPair, maps: readonly StackMap[], focus: MapCell): StackWords {
  return {
    still: title(input, maps, focus),
    frames: maps.slice(1).map((_, n) => title(input, maps, frameFocus(maps, n))),
    scaledDown: t('stack.map.scaled'),
  };
}
