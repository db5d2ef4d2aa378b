import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { decode } from '../url/codec';
import { sayNodes } from './sayNodes';

const html = (search: string) =>
  decode(search).corrections.map((message) => renderToStaticMarkup(<>{sayNodes(message)}</>));

describe('sayNodes', () => {
  it('shows a link’s key and value as English code inside the sentence', () => {
    expect(html('?view=conv&k=abc')).toEqual([
      '<code lang="en">k</code>: <code lang="en">“abc”</code> is not a number; using the default <code lang="en">3</code>.',
    ]);
  });

  it('says a layer text’s reason in place, the layer’s own text as code', () => {
    expect(html('?view=stack&L=c3,q2')[0]).toContain(
      'could not read layer 2 <code lang="en">“q2”</code>: expected an op letter: c (Conv2d)',
    );
  });

  it('never reads a value as markup', () => {
    expect(html('?view=conv&k=<b>x</b>')[0]).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
