import type { Msg, MsgValue } from '../../engine';
import { t } from './i18n';

/** A plain value of a message as the page shows it: a section title in its language, say. */
export type SayValue = (name: string, value: string | number) => string | number;

/** A plural's `count` as a number, anything else (sizes, code, formulas) as the text it is. */
const asIs: SayValue = (name, value) => (name === 'count' ? value : String(value));

/**
 * An engine message in the page's language: its catalogue's text with the values filled in,
 * nested messages said first.
 *
 * @example say({ id: 'mask.lab.method', values: { name: '.sum' } }) // '`.sum` is not one of the methods this lab evaluates: …'
 */
export function say(message: Msg, valueOf: SayValue = asIs): string {
  const values = Object.fromEntries(
    Object.entries(message.values ?? {}).map(([name, value]: [string, MsgValue]) => [
      name,
      typeof value === 'object' ? say(value, valueOf) : valueOf(name, value),
    ]),
  );
  return t(message.id, values);
}
