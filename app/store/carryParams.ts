/**
 * What a view switch takes along: the sizes two views share (a direct convolution's input,
 * kernel, stride and dilation mean the same in the convolution, channels and pooling views; a
 * transposed convolution shares its kernel, stride and dilation with them), the framework
 * whose rules both follow (`fw`), and the numbers, when they are on. Everything else stays as the target view last had it.
 */
import { SCHEMA, type AllParams, type ViewId, type ViewParams } from '../url/schema';

/** Views whose `i`, `k`, `s`, `d` are those of a direct sliding window. */
const DIRECT: readonly ViewId[] = ['conv', 'channels', 'pool'];
/** Views whose padding is the same field (numbers per side or a word). */
const CONV_PADDING: readonly ViewId[] = ['conv', 'channels'];

/** The keys `from` hands to `to` on a switch. */
export function sharedKeys(from: ViewId, to: ViewId): string[] {
  if (from === to) return [];
  const direct = DIRECT.includes(from) && DIRECT.includes(to);
  const transposed =
    (from === 'transposed' && DIRECT.includes(to)) ||
    (to === 'transposed' && DIRECT.includes(from));
  const keys = direct ? ['i', 'k', 's', 'd'] : transposed ? ['k', 's', 'd'] : [];
  if (CONV_PADDING.includes(from) && CONV_PADDING.includes(to)) keys.push('p');
  // Whose rules: a port from TensorFlow stays one from view to view.
  if (keys.length && 'fw' in SCHEMA[from] && 'fw' in SCHEMA[to]) keys.push('fw');
  return keys;
}

/**
 * The parameters `to` opens with when the reader switches from `from`: its own, with the
 * shared sizes of `from`, and numbers on when `from` shows them.
 *
 * @example carryParams('conv', 'pool', params).pool.i // params.conv.i
 */
export function carryParams<V extends ViewId>(
  from: ViewId,
  to: V,
  params: AllParams,
): ViewParams<V> {
  const source = params[from] as Record<string, unknown>;
  const target = { ...params[to] } as Record<string, unknown>;
  for (const key of sharedKeys(from, to))
    if (key in source && key in target) target[key] = source[key];
  if (source.num === true && 'num' in target) target.num = true;
  return target as ViewParams<V>;
}
