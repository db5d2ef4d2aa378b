import type { AxisParam } from '../../engine';

/**
 * The URL key of each engine axis parameter, the same in every figure view (`k=3` is the
 * kernel everywhere). padBefore/padAfter have no key of their own: the convolution view writes
 * them into its padding field.
 */
export const AXIS_URL_KEYS = {
  input: 'i',
  kernel: 'k',
  stride: 's',
  dilation: 'd',
  padding: 'p',
  outputPadding: 'op',
} as const satisfies Partial<Record<AxisParam, string>>;
