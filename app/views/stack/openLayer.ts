import { LIMITS, type LayerToken } from '../../../engine';
import { defaultParams, encode } from '../../url/codec';
import type { AxisPair } from '../../url/fields';
import { t } from '../../i18n/i18n';

/** Where "open this layer" goes, or why it cannot. */
export type OpenLayer = { href: string; view: string } | { href: null; reason: string };

const VIEW_NAMES = { conv: 'convolution', convTranspose: 'transposed', maxPool: 'pooling' };

/**
 * The single-layer view of one layer with its exact input size: the convolution, pooling or
 * transposed view. Those views draw every cell, so they take smaller settings (inputs up to
 * 64, padding up to 16, dilation up to 8); a layer beyond them gets the reason instead.
 *
 * @example openLayer(parseLayers('m3s2p1').layers[0], [16, 16]).href // '?view=pool&i=16&k=3&s=2&p=1&mode=max'
 */
export function openLayer(token: LayerToken, input: AxisPair): OpenLayer {
  const padding = token.padding === 'same' ? null : token.padding;
  const checks: [string, readonly number[], { min: number; max: number }][] = [
    ['input size', input, LIMITS.input],
    ['kernel size', token.kernel, LIMITS.kernel],
    ['stride', token.stride, LIMITS.stride],
    ['padding', padding ?? [0, 0], LIMITS.padding],
    ['dilation', token.dilation, LIMITS.dilation],
    ['output padding', token.outputPadding, LIMITS.outputPadding],
  ];
  const view = token.op === 'avgPool' ? 'pooling' : VIEW_NAMES[token.op];
  for (const [name, pair, range] of checks) {
    const over = pair.find((value) => value > range.max);
    if (over !== undefined) {
      return {
        href: null,
        reason: t('stack.open.reason', {
          view: t(`stack.view.${view}`),
          name: t(`stack.open.${name.replace(' ', '-')}`),
          max: range.max,
          over,
        }),
      };
    }
  }
  const geometry = { i: input, k: token.kernel, s: token.stride, d: token.dilation };
  if (token.op === 'conv') {
    const p = padding
      ? {
          mode: 'explicit' as const,
          h: [padding[0], padding[0]] as AxisPair,
          w: [padding[1], padding[1]] as AxisPair,
        }
      : { mode: 'same' as const };
    return { href: encode('conv', { ...defaultParams('conv'), ...geometry, p }), view };
  }
  if (token.op === 'convTranspose') {
    const params = { ...geometry, p: padding as AxisPair, op: token.outputPadding };
    return { href: encode('transposed', { ...defaultParams('transposed'), ...params }), view };
  }
  const pool = {
    ...geometry,
    p: padding as AxisPair,
    mode: token.op === 'maxPool' ? ('max' as const) : ('avg' as const),
    ceil: token.ceilMode,
    cip: token.countIncludePad,
  };
  return { href: encode('pool', { ...defaultParams('pool'), ...pool }), view };
}
