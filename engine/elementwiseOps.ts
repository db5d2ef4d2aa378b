/** The elementwise operations of the broadcasting lab, by id (see elementwise.ts). */
export const ELEMENTWISE_OP_IDS = [
  'add',
  'sub',
  'mul',
  'div',
  'max',
  'min',
  'gt',
  'lt',
  'ge',
  'le',
  'eq',
  'ne',
] as const;

export type ElementwiseOpId = (typeof ELEMENTWISE_OP_IDS)[number];
