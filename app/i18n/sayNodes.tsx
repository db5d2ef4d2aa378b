import type { ReactNode } from 'react';
import type { Msg } from '../../engine';
import { tNodes } from './tNodes';

/** Values that are a link's or a box's own text: shown as code, as typed, in every language. */
const VERBATIM = new Set(['key', 'raw', 'value', 'values', 'size']);

/**
 * A message with its values as the page shows them: a link's own text (`key`, `raw`, …) as
 * English code, an engine's English sentence (`english`) marked English, nested messages said
 * in place, numbers and the rest as they are.
 *
 * @example sayNodes({ id: 'common.url.notNumber', values: { raw: '“abc”' } }) // [<code lang="en">“abc”</code>, ' is not a number']
 */
export function sayNodes(message: Msg): ReactNode[] {
  const values = Object.fromEntries(
    Object.entries(message.values ?? {}).map(([name, value]): [string, ReactNode] => {
      if (typeof value === 'object') return [name, <>{sayNodes(value)}</>];
      if (VERBATIM.has(name)) return [name, <code lang="en">{value}</code>];
      if (name === 'english') return [name, <span lang="en">{value}</span>];
      return [name, name === 'count' ? value : String(value)];
    }),
  );
  return tNodes(message.id, values);
}
