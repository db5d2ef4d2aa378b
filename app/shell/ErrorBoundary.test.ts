import { createElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../store/store';
import { decode } from '../url/codec';
import { ErrorBoundary } from './ErrorBoundary';

type ButtonProps = { onClick?: () => void; children?: ReactNode };

/** The buttons of a rendered tree, found by walking the elements. */
function buttons(node: ReactNode): ReactElement<ButtonProps>[] {
  if (Array.isArray(node)) return node.flatMap(buttons);
  if (!isValidElement<ButtonProps>(node)) return [];
  const own = node.type === 'button' ? [node] : [];
  return [...own, ...buttons(node.props.children)];
}

/** The boundary's error screen for `error`, as React would render it after the crash. */
function errorScreen(props: Partial<ConstructorParameters<typeof ErrorBoundary>[0]> = {}) {
  const boundary = new ErrorBoundary({
    name: 'the test view',
    resetKey: 1,
    children: null,
    ...props,
  });
  boundary.state = { error: new Error('Invalid typed array length: 68719476736'), resetKey: 1 };
  return boundary.render();
}

describe('ErrorBoundary', () => {
  it('offers a way back to a working state beside Retry', () => {
    const run = vi.fn();
    const screen = errorScreen({ onReset: { label: 'Reset Broadcasting to its defaults', run } });
    const html = renderToStaticMarkup(screen as ReactElement);
    expect(html).toContain('Something went wrong in the test view.');
    expect(html).toContain('Invalid typed array length: 68719476736');
    const found = buttons(screen);
    expect(found.map((b) => b.props.children)).toEqual([
      'Retry',
      'Reset Broadcasting to its defaults',
    ]);
    found[1].props.onClick?.();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a panel without a reset of its own resets the view shown to its defaults', () => {
    const store = useAppStore.getState();
    store.loadDecoded(decode('?view=broadcast&a=64,64,64,1,1,1&b=64,64,64&op=gt'));
    const found = buttons(errorScreen());
    expect(found.map((b) => b.props.children)).toEqual([
      'Retry',
      'Reset this view to its defaults',
    ]);
    found[1].props.onClick?.();
    const { view, params } = useAppStore.getState();
    expect(view).toBe('broadcast');
    expect(params.broadcast).toMatchObject({ a: [4, 1, 3], b: [2, 1], op: 'add' });
  });

  it('renders its children while nothing has failed', () => {
    const boundary = new ErrorBoundary({
      name: 'x',
      resetKey: 1,
      children: createElement('p', null, 'fine'),
    });
    expect(renderToStaticMarkup(boundary.render() as ReactElement)).toBe('<p>fine</p>');
  });
});
