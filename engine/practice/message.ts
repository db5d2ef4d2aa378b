import type { Msg, MsgValue } from '../message';

export { msgIds, type Msg, type MsgValue } from '../message';

/**
 * A message of the practice catalogue; `id` is written without the `practice.` prefix.
 *
 * @example msg('conv.prompt', { module: 'nn.Conv2d(3, 8, kernel_size=3)' }).id // 'practice.conv.prompt'
 */
export const msg = (id: string, values?: Record<string, MsgValue>): Msg =>
  values ? { id: `practice.${id}`, values } : { id: `practice.${id}` };
