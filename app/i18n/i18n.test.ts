import { i18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { afterEach, describe, expect, it } from 'vitest';
import { t } from './i18n';

describe('t: a message written once is given again, never out of date', () => {
  afterEach(() => i18n.activate('en'));

  it('writes each set of values on its own', () => {
    i18n.load('en', {
      'test.t.cells': compileMessage('{n, plural, one {# cell} other {# cells}} of {what}'),
    });
    expect(t('test.t.cells', { n: 1, what: 'x' })).toBe('1 cell of x');
    expect(t('test.t.cells', { n: 2, what: 'x' })).toBe('2 cells of x');
    expect(t('test.t.cells', { n: 2, what: 'y' })).toBe('2 cells of y');
    expect(t('test.t.cells', { n: 1, what: 'x' })).toBe('1 cell of x');
    // A number and the string of its digits, a value and its absence, are different values.
    i18n.load('en', { 'test.t.kind': compileMessage('{v, select, 1 {one} other {other}}') });
    expect(t('test.t.kind', { v: '1' })).toBe('one');
    expect(t('test.t.kind', { v: 'x' })).toBe('other');
    i18n.load('en', { 'test.t.maybe': compileMessage('[{v}]') });
    expect(t('test.t.maybe', { v: 'undefined' })).toBe('[undefined]');
    expect(t('test.t.maybe', {})).toBe('[]');
    expect(t('test.t.maybe', { v: true })).toBe('[true]');
  });

  it('follows the language and catalogues loaded since', () => {
    expect(t('test.t.late')).toBe('test.t.late');
    i18n.load('en', { 'test.t.late': compileMessage('Late, {n}') });
    expect(t('test.t.late', { n: 3 })).toBe('Late, 3');
    expect(t('test.t.late')).toBe('Late, ');
    i18n.load('zh', { 'test.t.late': compileMessage('迟到，{n}') });
    i18n.activate('zh');
    expect(t('test.t.late', { n: 3 })).toBe('迟到，3');
    i18n.activate('en');
    expect(t('test.t.late', { n: 3 })).toBe('Late, 3');
    // A catalogue loaded again with another text replaces what was written.
    i18n.load('en', { 'test.t.late': compileMessage('Later, {n}') });
    expect(t('test.t.late', { n: 3 })).toBe('Later, 3');
  });

  it('writes values that are not plain text anew each time', () => {
    i18n.load('en', { 'test.t.object': compileMessage('<{v}>') });
    const value = { toString: () => 'first' };
    expect(t('test.t.object', { v: value })).toBe('<first>');
    value.toString = () => 'second';
    expect(t('test.t.object', { v: value })).toBe('<second>');
  });
});
