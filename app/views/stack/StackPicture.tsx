import { useMemo, useRef } from 'react';
import { HeldHeight } from '../../components/HeldHeight';
import { LinkSummary } from '../../components/LinkSummary';
import { useElementWidth } from '../../components/useElementWidth';
import type { CellRef } from '../../store/viewSlice';
import { LinkList } from './LinkList';
import { MapGrid } from './MapGrid';
import { mapScale } from './mapScale';
import { StackLegend } from './StackLegend';
import { cellLinks, type MapCell, type StackModel } from './stackModel';
import { t } from '../../i18n/i18n';

interface Props {
  model: StackModel;
  /** The hovered or pinned cell (already checked to lie in a map), or null. */
  focus: MapCell | null;
  pinned: CellRef | null;
}

/** Tallest a map is drawn at the common scale, in CSS pixels. */
const MAX_HEIGHT = 420;

function focusText(model: StackModel, focus: MapCell, hovered: boolean): string {
  const [r, c] = focus.cell;
  const where =
    focus.map === 0
      ? t('stack.pic.inputCell', { cell: `(${r}, ${c})` })
      : t('stack.pic.layerCell', { cell: `(${r}, ${c})`, n: focus.map });
  const earlier = focus.map > 0 ? t('stack.pic.earlier') : '';
  const later = focus.map < model.maps.length - 1 ? t('stack.pic.later') : '';
  const what = [earlier, later].filter(Boolean).join(t('stack.pic.sep'));
  const lead = hovered ? t('stack.pic.lead', { where }) : t('stack.pic.until', { where });
  return `${lead}${what ? t('stack.pic.what', { what }) : ''}${t('stack.pic.darker')}`;
}

/**
 * One grid per feature map, linked: the focused cell's influence set in every earlier map and
 * the cells it reaches in every later one, shaded by the number of paths.
 */
export function StackPicture({ model, focus, pinned }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, { fallback: 640, min: 120 });
  const current = focus ?? model.defaultFocus;
  const links = useMemo(() => cellLinks(model, current), [model, current]);
  const scale = mapScale(
    model.maps.map((map) => map.shape),
    width - 4,
    MAX_HEIGHT,
  );
  return (
    <section className="panel stack-picture" aria-labelledby="stack-picture-title">
      <h2 id="stack-picture-title">{t('stack.pic.title')}</h2>
      <div ref={ref} className="stack-maps" data-testid="stack-maps">
        {model.maps.map((map) => (
          <MapGrid
            key={map.index}
            map={map}
            size={scale.sizes[map.index]}
            scaled={scale.sizes[map.index] < scale.common}
            rowPaths={links.rowPaths[map.index]}
            colPaths={links.colPaths[map.index]}
            max={links.max[map.index]}
            linked={links.cells[map.index]}
            focus={current}
          />
        ))}
      </div>
      {/* Under the maps, so that a sentence taking more or fewer lines never moves the cell
          under the pointer; rewritten at every hover: laid out on its own, not with the page. */}
      <HeldHeight>
        <LinkSummary
          summary={focusText(model, current, focus !== null)}
          pinned={pinned}
          counts={{ map: current.map }}
        />
      </HeldHeight>
      <StackLegend />
      <LinkList model={model} links={links} />
    </section>
  );
}
