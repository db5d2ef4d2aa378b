import type { Msg, MsgValue } from './message';

/**
 * The error every engine function throws for a configuration PyTorch rejects.
 * `message` names the violated constraint, the axis and the numbers in English (what the
 * learner's terminal says); `msg` says the same as a message of the common catalogue, which a
 * page in another language explains it with; `constraint` is a stable identifier the views use
 * to offer a fix.
 */
export class ConfigError extends Error {
  readonly constraint: string;
  readonly axis: number | undefined;
  /**
   * In a layer stack, the 0-based index of the layer PyTorch refuses; its message then starts
   * with the 1-based position a reader sees ("layer 1: …" for index 0).
   */
  readonly layer: number | undefined;
  /** The refusal as a message (`common.err.other` for those no page is expected to reach). */
  readonly msg: Msg;

  constructor(constraint: string, message: string, axis?: number, layer?: number, msg?: Msg) {
    super(message);
    this.name = 'ConfigError';
    this.constraint = constraint;
    this.axis = axis;
    this.layer = layer;
    this.msg = msg ?? errMsg('other');
  }
}

/**
 * A refusal's message in the common catalogue; `id` is written without the `common.err.` prefix.
 *
 * @example errMsg('groupsIn', { count: 6, groups: 4 }).id // 'common.err.groupsIn'
 */
export const errMsg = (id: string, values?: Record<string, MsgValue>): Msg =>
  values ? { id: `common.err.${id}`, values } : { id: `common.err.${id}` };

const AXIS_NAMES: Record<number, readonly string[]> = {
  1: ['length'],
  2: ['height', 'width'],
  3: ['depth', 'height', 'width'],
};

/**
 * "axis 1 (width)": spatial axes counted from 0, named as PyTorch's messages name them.
 *
 * @param spatialRank 1, 2 or 3; other ranks give the bare "axis n"
 * @example axisLabel(1, 2) // 'axis 1 (width)'
 */
export function axisLabel(axis: number, spatialRank: number): string {
  const name = AXIS_NAMES[spatialRank]?.[axis];
  return name ? `axis ${axis} (${name})` : `axis ${axis}`;
}

/**
 * An axis as a message, "axis 1 (width)" in English: the number, and its name as a word the
 * catalogue chooses among (`none` for ranks without names).
 *
 * @example axisMsg(1, 2) // { id: 'common.err.axis', values: { n: 1, name: 'width' } }
 */
export function axisMsg(axis: number, spatialRank: number): Msg {
  return errMsg('axis', { n: axis, name: AXIS_NAMES[spatialRank]?.[axis] ?? 'none' });
}

/**
 * Throws unless `value` is an integer no smaller than `min`.
 *
 * @param what the parameter's name, used in the message and the constraint `${what}-integer`
 * @param axis spatial axis to name in the message, if any
 * @param spatialRank rank used to name the axis (see {@link axisLabel})
 * @throws {ConfigError} naming the parameter, the axis and the value
 * @example requireInteger(0, 1, 'stride', 1, 2) // throws 'stride on axis 1 (width) must be a positive integer, got 0'
 */
export function requireInteger(
  value: number,
  min: number,
  what: string,
  axis?: number,
  spatialRank?: number,
): void {
  if (Number.isInteger(value) && value >= min) return;
  const where = axis === undefined ? '' : ` on ${axisLabel(axis, spatialRank ?? 0)}`;
  const kind = min === 1 ? 'positive' : min === 0 ? 'nonNegative' : 'atLeast';
  const kindText = {
    positive: 'a positive integer',
    nonNegative: 'a non-negative integer',
    atLeast: `an integer ≥ ${min}`,
  }[kind];
  const msg = errMsg(axis === undefined ? 'integer' : 'integerOnAxis', {
    name: what,
    kind,
    min,
    value,
    ...(axis === undefined ? {} : { axis: axisMsg(axis, spatialRank ?? 0) }),
  });
  throw new ConfigError(
    `${what}-integer`,
    `${what}${where} must be ${kindText}, got ${value}`,
    axis,
    undefined,
    msg,
  );
}
