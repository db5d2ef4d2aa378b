/**
 * A sentence the page shows, as a message of the practice catalogue
 * (`app/i18n/locales/<lang>/practice.json`) and the values it fills in. The engine writes no
 * words of any language: values are numbers, shapes, code and formulas (kept as they are in
 * every language), or other messages. In a message, backticked spans are code.
 */
export interface Msg {
  id: string;
  values?: Record<string, MsgValue>;
}

/** A value of a message: a number, code or a formula (never prose), or another message. */
export type MsgValue = string | number | Msg;

/**
 * A message of the practice catalogue; `id` is written without the `practice.` prefix.
 *
 * @example msg('conv.prompt', { module: 'nn.Conv2d(3, 8, kernel_size=3)' }).id // 'practice.conv.prompt'
 */
export const msg = (id: string, values?: Record<string, MsgValue>): Msg =>
  values ? { id: `practice.${id}`, values } : { id: `practice.${id}` };

/** Every message id a message uses, itself and those among its values. */
export function msgIds(message: Msg): string[] {
  const nested = Object.values(message.values ?? {}).flatMap((value) =>
    typeof value === 'object' ? msgIds(value) : [],
  );
  return [message.id, ...nested];
}
