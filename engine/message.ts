/**
 * A sentence the page shows, as a message of a catalogue (`app/i18n/locales/<lang>/<ns>.json`)
 * and the values it fills in. The engine writes no words of any language: values are numbers,
 * shapes, code and formulas (kept as they are in every language), or other messages. In a
 * message, backticked spans are code.
 */
export interface Msg {
  id: string;
  values?: Record<string, MsgValue>;
}

/** A value of a message: a number, code or a formula (never prose), or another message. */
export type MsgValue = string | number | Msg;

/** Every message id a message uses, itself and those among its values. */
export function msgIds(message: Msg): string[] {
  const nested = Object.values(message.values ?? {}).flatMap((value) =>
    typeof value === 'object' ? msgIds(value) : [],
  );
  return [message.id, ...nested];
}

/**
 * A message of the mask catalogue; `id` is written without the `mask.` prefix.
 *
 * @example maskMsg('lab.method', { name: 'sum' }).id // 'mask.lab.method'
 */
export const maskMsg = (id: string, values?: Record<string, MsgValue>): Msg =>
  values ? { id: `mask.${id}`, values } : { id: `mask.${id}` };
