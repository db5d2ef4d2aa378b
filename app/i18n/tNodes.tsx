import { Fragment, isValidElement, type ReactNode } from 'react';
import { CodeText } from '../components/CodeText';
import { t } from './i18n';

/** Stands for an element while the message is formatted; no message contains it. */
const MARK = '\u0000';

/**
 * A message whose placeholders may be elements (`<strong>`, `<code>`): the catalogue's text
 * with each element put where its placeholder is, so a translation may reorder them. Numbers
 * and strings are formatted as by {@link t}; `backticked` spans of the text are shown as code.
 *
 * @example tNodes('pool.size', { size: <strong>3 × 3</strong> }) // ['Output ', <strong>3 × 3</strong>, '.']
 */
export function tNodes(id: string, values: Record<string, ReactNode>): ReactNode[] {
  const elements: ReactNode[] = [];
  const plain = Object.fromEntries(
    Object.entries(values).map(([key, value]) => {
      if (!isValidElement(value)) return [key, value];
      elements.push(value);
      return [key, `${MARK}${elements.length - 1}${MARK}`];
    }),
  );
  return t(id, plain)
    .split(MARK)
    .map((part, k) =>
      k % 2 ? (
        <Fragment key={k}>{elements[Number(part)]}</Fragment>
      ) : (
        <CodeText key={k} text={part} />
      ),
    );
}
