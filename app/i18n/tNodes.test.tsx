import { i18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { tNodes } from './tNodes';

const render = (id: string, values: Record<string, React.ReactNode>) =>
  renderToStaticMarkup(<>{tNodes(id, values)}</>);

describe('tNodes', () => {
  afterEach(() => i18n.activate('en'));

  it('puts elements where the message places them, in the order of the language', () => {
    i18n.load('zh', {
      'test.order': compileMessage('{b} 在前，{a} 在后；`x=1` 是代码，共 {n} 个'),
    });
    i18n.activate('zh');
    expect(render('test.order', { a: <strong>A</strong>, b: <em>B</em>, n: 3 })).toBe(
      '<em>B</em> 在前，<strong>A</strong> 在后；<code lang="en">x=1</code> 是代码，共 3 个',
    );
  });

  it('chooses plural forms from numbers given with elements', () => {
    i18n.load('en', {
      'test.plural': compileMessage('{n, plural, one {# cell} other {# cells}} in {where}'),
    });
    expect(render('test.plural', { n: 1, where: <code>x</code> })).toBe('1 cell in <code>x</code>');
    expect(render('test.plural', { n: 2, where: <code>x</code> })).toBe(
      '2 cells in <code>x</code>',
    );
  });
});
