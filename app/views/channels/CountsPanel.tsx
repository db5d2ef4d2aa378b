import type { ChannelsModel } from './channelsModel';

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
  const kernel = `${first.axes[0].kernel} × ${first.axes[1].kernel}`;
  return (
    <section className="panel counts-panel" aria-labelledby="counts-title" data-testid="counts">
      <h2 id="counts-title">Counts</h2>
      <div className="table-scroll" role="region" aria-labelledby="counts-title" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Layer</th>
              <th scope="col">Weight shape</th>
              <th scope="col">Parameters</th>
              <th scope="col">With bias</th>
              <th scope="col">Multiply-adds per output</th>
              <th scope="col">Multiply-adds</th>
            </tr>
          </thead>
          <tbody>
            {layers.map((layer) => (
              <tr key={layer.id}>
                <th scope="row">{layer.id === 'conv' ? 'Conv2d' : 'Pointwise 1 × 1'}</th>
                <td data-testid={layer.id === 'conv' ? 'weight-shape' : 'weight-shape-pointwise'}>
                  {layer.counts.weightShape.join(' × ')}
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
              <th scope="row">Total</th>
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
        A standard {kernel} convolution from {first.inChannels} to {last.outChannels} channels has{' '}
        {groupDigits(standard.weights)} weights and {groupDigits(standard.macs)} multiply-adds:{' '}
        {ratio === 1 ? (
          'the same.'
        ) : ratio > 1 ? (
          <>
            <strong>{times(ratio)}</strong> as many as{' '}
            {layers.length > 1 ? 'these layers' : 'this layer'}.
          </>
        ) : (
          <>
            <strong>{times(1 / ratio)}</strong> fewer than{' '}
            {layers.length > 1 ? 'these layers' : 'this layer'}.
          </>
        )}
      </p>
      {model.separable !== null && (
        <p className="muted" data-testid="separable-formula">
          Depthwise-separable saves k²·N/(k² + N) with k² = {first.axes[0].kernel} ×{' '}
          {first.axes[1].kernel} taps and N = {last.outChannels} outputs: {times(model.separable)},
          the ratio above.
        </p>
      )}
      <p className="muted">
        Multiply-adds count every tap of every window, padding included, as PyTorch computes them
        and torchinfo reports them.
      </p>
    </section>
  );
}
