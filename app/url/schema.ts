/**
 * The one table of URL keys: for each view, every key it reads and writes, with its type,
 * default and bounds. `codec.ts` decodes and encodes from this table alone, and the README's
 * key table lists the same rows.
 */
import { LIMITS } from '../../engine/limits';
import {
  axisPairField,
  boolField,
  enumField,
  intField,
  paddingField,
  type Field,
  type FieldValue,
} from './fields';

const SEED = intField({ default: 1, min: 0, max: 99999 });
/** Animation step: index of the output position shown (clamped by the view to the grid). */
const STEP = intField({ default: 0, min: 0, max: 1_000_000 });
const NUMBERS = boolField({ default: false });

const size = (v: number, always = true) =>
  axisPairField({ default: [v, v], ...LIMITS.input, always });
const kernel = (v: number) => axisPairField({ default: [v, v], ...LIMITS.kernel, always: true });
const stride = (v: number) => axisPairField({ default: [v, v], ...LIMITS.stride, always: true });
const dilation = () => axisPairField({ default: [1, 1], ...LIMITS.dilation });

export const SCHEMA = {
  conv: {
    i: size(5),
    k: kernel(3),
    s: stride(2),
    p: paddingField({
      default: { mode: 'explicit', h: [1, 1], w: [1, 1] },
      max: LIMITS.padding.max,
    }),
    d: dilation(),
    num: NUMBERS,
    seed: SEED,
    t: STEP,
  },
  pool: {
    i: size(5),
    k: kernel(3),
    s: stride(1),
    p: axisPairField({ default: [0, 0], ...LIMITS.padding, always: true }),
    d: dilation(),
    mode: enumField({ default: 'max', values: ['max', 'avg'], always: true }),
    ceil: boolField({ default: false }),
    cip: boolField({ default: true }),
    num: NUMBERS,
    seed: SEED,
    t: STEP,
  },
  transposed: {
    i: size(3),
    k: kernel(3),
    s: stride(2),
    p: axisPairField({ default: [1, 1], ...LIMITS.padding, always: true }),
    d: dilation(),
    op: axisPairField({ default: [0, 0], ...LIMITS.outputPadding }),
    num: NUMBERS,
    seed: SEED,
    /** Step of the equivalent convolution (output positions). */
    t: STEP,
    /** Step of the scatter view (input cells stamped so far). */
    u: STEP,
    /** Overlap-count heat map in the scatter view. */
    heat: boolField({ default: false }),
  },
} satisfies Record<string, Record<string, Field<unknown>>>;

/** Keys whose changes replace the current history entry instead of adding one. */
export const TRANSIENT_KEYS: ReadonlySet<string> = new Set(['t', 'u']);

export type ViewId = keyof typeof SCHEMA;
export const VIEW_IDS = Object.keys(SCHEMA) as ViewId[];
export const DEFAULT_VIEW: ViewId = 'conv';

/** The parameters of one view, as typed values. */
export type ViewParams<V extends ViewId> = {
  -readonly [K in keyof (typeof SCHEMA)[V]]: FieldValue<(typeof SCHEMA)[V][K]>;
};

/** Every view's parameters; the store keeps them all so switching views loses nothing. */
export type AllParams = { [V in ViewId]: ViewParams<V> };
