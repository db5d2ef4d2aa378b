import { formatShape } from '../../components/format';
import { t } from '../../i18n/i18n';
import type { ChannelLayer } from './channelsModel';

/** A channel picture's words in the page's language, written on the page for the export worker. */
export interface ChannelsWords {
  title: string;
  /** Per layer, its caption ("Layer 2: " first when there are two). */
  layers: string[];
  /** The columns' headings: inputs, weights, outputs. */
  headings: [string, string, string];
  /** "group 1", "group 2", …: as many as the layers have groups. */
  groups: string[];
}

/** A layer's shapes in words: "input 3 × 5 × 5 → weight 4 × 3 × 3 × 3 → output 4 × 5 × 5". */
export function layerCaption(layer: ChannelLayer): string {
  const [h, w] = layer.axes;
  const padded = layer.padded[0] !== h.input || layer.padded[1] !== w.input;
  return [
    t('channels.fig.input', { shape: formatShape([layer.inChannels, h.input, w.input]) }),
    padded ? t('channels.fig.padded') : '',
    t('channels.fig.weight', { shape: formatShape(layer.counts.weightShape) }),
    layer.groups > 1 ? t('channels.fig.groups', { count: layer.groups }) : '',
    t('channels.fig.output', {
      shape: formatShape([layer.outChannels, ...layer.output]),
    }),
  ].join('');
}

export function channelsWords(layers: readonly ChannelLayer[]): ChannelsWords {
  const [first, second] = layers;
  const title = first
    ? t('channels.pic.title', {
        cin: first.inChannels,
        cout: first.outChannels,
        groups: first.groups,
        k: formatShape(first.axes.map((axis) => axis.kernel)),
        then: second ? 'yes' : 'no',
        pw: second?.outChannels ?? 0,
      })
    : t('channels.pic.none');
  const most = Math.max(1, ...layers.map((layer) => layer.groups));
  return {
    title,
    layers: layers.map(
      (layer, n) =>
        `${layers.length > 1 ? t('channels.fig.layer', { n: n + 1 }) : ''}${layerCaption(layer)}`,
    ),
    headings: [t('channels.dg.inputs'), t('channels.dg.weights'), t('channels.dg.outputs')],
    groups: Array.from({ length: most }, (_, g) => t('channels.dg.group', { n: g + 1 })),
  };
}
