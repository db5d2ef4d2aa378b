import { formatShape } from '../../components/format';
import type { ChannelsModel } from './channelsModel';
import { t } from '../../i18n/i18n';

interface Props {
  model: ChannelsModel;
}

/** 1234567 → "1 234 567" with thin spaces, as the counts print. */
export const groupDigits = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009');

/** "12.3×" with up to two decimals. */
const times = (ratio: number) => `${Number(ratio.toFixed(2))}×`;

/**
 * The layer's counts as `torchinfo` prints them: weight shape, parameters with and without
 * bias, multiply-adds per output value and in total, and the saving against one standard
 * convolution with the same kernel from the same inputs to the same outputs.
 */
export function CountsPanel({ model }: Props) {
  const { layers, standard, ratio } = model;
  if (!layers.length || !standard || ratio === null) return null;
  const weights = layers.reduce((sum, l) => sum + l.counts.weights, 0);
  const withBias = layers.reduce((sum, l) => sum + l.counts.withBias, 0);
  const macs = layers.reduce((sum, l) => sum + l.counts.macs, 0);
  const [first] = layers;
  const last = layers[layers.length - 1];
  const kernel = formatShape(first.axes.map((axis) => axis.kernel));
  return (
    <section className="panel counts-panel" aria-labelledby="counts-title" data-testid="counts">
      <h2 id="counts-title">{t('channels.ct.title')}</h2>
      <div className="table-scroll" role="region" aria-labelledby="counts-title" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('channels.ct.layer')}</th>
              <th scope="col">{t('channels.ct.shape')}</th>
              <th scope="col">{t('channels.ct.params')}</th>
              <th scope="col">{t('channels.ct.bias')}</th>
              <th scope="col">{t('channels.ct.macsPer')}</th>
              <th scope="col">{t('channels.ct.macs')}</th>
            </tr>
          </thead>
          <tbody>
            {layers.map((layer) => (
              <tr key={layer.id}>
                <th scope="row">{layer.id === 'conv' ? 'Conv2d' : t('channels.ct.pointwise')}</th>
                <td data-testid={layer.id === 'conv' ? 'weight-shape' : 'weight-shape-pointwise'}>
                  {formatShape(layer.counts.weightShape)}
                </td>
                <td>{groupDigits(layer.counts.weights)}</td>
                <td>{groupDigits(layer.counts.withBias)}</td>
                <td>{groupDigits(layer.counts.macsPerOutput)}</td>
                <td>{groupDigits(layer.counts.macs)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('channels.ct.total')}</th>
              <td />
              <td data-testid="param-count">{groupDigits(weights)}</td>
              <td data-testid="param-count-bias">{groupDigits(withBias)}</td>
              <td />
              <td data-testid="mac-count">{groupDigits(macs)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p data-testid="mac-ratio">
        {t('channels.ct.standard', {
          kernel,
          from: first.inChannels,
          to: last.outChannels,
          weights: groupDigits(standard.weights),
          macs: groupDigits(standard.macs),
        })}
        {ratio === 1 ? (
          t('channels.ct.same')
        ) : (
          <>
            <strong>{times(ratio > 1 ? ratio : 1 / ratio)}</strong>
            {t(ratio > 1 ? 'channels.ct.more' : 'channels.ct.fewer', { layers: layers.length })}
          </>
        )}
      </p>
      {model.separable !== null && (
        <p className="muted" data-testid="separable-formula">
          {t('channels.ct.separable', {
            k: kernel,
            n: last.outChannels,
            ratio: times(model.separable),
          })}
        </p>
      )}
      <p className="muted">{t('channels.ct.macsNote')}</p>
    </section>
  );
}
