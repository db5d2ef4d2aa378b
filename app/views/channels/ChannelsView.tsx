import type { ChannelsSceneData } from './channelsScene';
import { formatSize } from '../../components/format';
import { useFigure, type FigureSpec } from '../../components/grid/useFigure';
import { PresetList } from '../../components/PresetList';
import { ViewLayout } from '../../components/ViewLayout';
import { useAppStore, type AppState } from '../../store/store';
import type { CellRef } from '../../store/viewSlice';
import { channelsFixPatch } from './applyFix';
import { buildChannelsModel, type ChannelsModel } from './channelsModel';
import { ChannelsControls } from './ChannelsControls';
import { ChannelsFigure } from './ChannelsFigure';
import { channelsWords } from './channelWords';
import { CHANNEL_PRESETS } from './presets';
import './channels.css';
import { t } from '../../i18n/i18n';
import { lazyPart } from '../../shell/lazyPage';

/** The panels under the figure, downloaded after its first paint. */
const ChannelsPanels = lazyPart(() => import('./ChannelsPanels'));

const selectPinned = (s: AppState) => s.pinned;

/** The pinned output cell as a layer and an index over its output channels, or null. */
function pinnedOutput(pinned: CellRef | null, layers: number) {
  if (pinned?.grid === 'output') return { layer: 0, index: pinned.index };
  if (pinned?.grid === 'pointwise' && layers > 1) return { layer: 1, index: pinned.index };
  return null;
}

const FIGURE: FigureSpec<'channels', ChannelsModel> = {
  steps: [],
  build: buildChannelsModel,
  presets: CHANNEL_PRESETS,
};

/** Channels and groups: how a convolution wires its input channels to its output channels. */
export default function ChannelsView() {
  const { params, set, model, presets } = useFigure('channels', FIGURE);
  const pinned = useAppStore(selectPinned);
  const last = model.layers[model.layers.length - 1];
  const frames = model.layers.reduce(
    (sum, layer) => sum + layer.outChannels * layer.output[0] * layer.output[1],
    0,
  );
  return (
    <ViewLayout
      className="channels-view"
      title={t('channels.title')}
      lede={t('channels.lede')}
      controls={<ChannelsControls params={params} model={model} set={set} />}
      narrowOrder="controls-drawer"
      presets={<PresetList title={t('channels.presets')} presets={presets} onChoose={set} />}
      problem={model}
      onFix={(fix) => set(channelsFixPatch(model, params, fix))}
      summary={
        model.output &&
        last && (
          <p className="channels-summary">
            {t('channels.sum.output')}
            <strong data-testid="output-size">{formatSize(model.output)}</strong>
            {t('channels.sum.rest', {
              count: last.outChannels,
              shape: `(1, ${last.outChannels}, ${model.output[0]}, ${model.output[1]})`,
            })}
          </p>
        )
      }
      figure={<ChannelsFigure model={model} numbers={params.num} />}
      exportable={
        last
          ? {
              step: -1,
              steps: frames,
              source: () =>
                ({
                  kind: 'channels',
                  layers: model.layers,
                  numbers: params.num,
                  focus: pinnedOutput(pinned, model.layers.length),
                  words: channelsWords(model.layers),
                }) satisfies ChannelsSceneData,
            }
          : undefined
      }
      panels={<ChannelsPanels model={model} />}
    />
  );
}
