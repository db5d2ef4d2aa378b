import { useRef } from 'react';
import { LinkSummary } from '../../components/LinkSummary';
import { useElementWidth } from '../../components/useElementWidth';
import { useAppStore, type AppState } from '../../store/store';
import { withBoundary } from '../../shell/ErrorBoundary';
import { layerHighlight } from './channelHighlight';
import type { ChannelsModel } from './channelsModel';
import { ChannelDiagram } from './ChannelDiagram';
import { ChannelsLegend } from './ChannelsLegend';
import { PartialSums } from './PartialSums';
import { layerCaption } from './channelWords';
import { t } from '../../i18n/i18n';

interface Props {
  model: ChannelsModel;
  /** Show values in the cells and the partial sums. */
  numbers: boolean;
}

const selectHover = (s: AppState) => s.hover;
const selectPinned = (s: AppState) => s.pinned;

/** The layers as channel pictures, one under the other, each with its focused cell's sums. */
function ChannelsFigureContent({ model, numbers }: Props) {
  const hover = useAppStore(selectHover);
  const pinned = useAppStore(selectPinned);
  const focus = hover ?? pinned;
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  return (
    <section
      className="panel channels-figure"
      aria-label={t('common.stage.figure')}
      data-testid="stage"
    >
      <div ref={ref} className="channels-layers">
        {model.layers.map((layer, index) => {
          const gridId = layer.id === 'conv' ? 'output' : 'pointwise';
          const hl = layerHighlight(layer, focus?.grid === gridId ? focus.index : null);
          return (
            <figure key={layer.id} className="channel-layer">
              <figcaption>
                {model.layers.length > 1 && (
                  <strong>{t('channels.fig.layer', { n: index + 1 })}</strong>
                )}
                {layerCaption(layer)}
              </figcaption>
              <ChannelDiagram
                layer={layer}
                gridId={gridId}
                inputName={index === 0 ? t('channels.fig.inputName') : t('channels.fig.layer1Name')}
                numbers={numbers}
                highlight={hl}
                width={width}
              />
              <PartialSums highlight={hl} numbers={numbers} id={layer.id} />
            </figure>
          );
        })}
      </div>
      <LinkSummary summary={null} pinned={pinned} />
      <ChannelsLegend />
    </section>
  );
}

/** {@link ChannelsFigureContent} in its own error boundary. */
export const ChannelsFigure = withBoundary(
  ChannelsFigureContent,
  'common.boundary.figure',
  (props) => props.model,
);
