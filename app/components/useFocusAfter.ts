import { useEffect, useRef } from 'react';

/**
 * Moves keyboard focus after an action that removes the focused element (a fix that clears
 * the error holding its button): call `expect()` before the action, and after the next render
 * the element `target()` returns gets focus, so focus never drops to the page's body.
 *
 * @example const focusAfter = useFocusAfter(() => statusRef.current);
 *          onClick={() => { focusAfter.expect(); apply(fix); }}
 */
export function useFocusAfter(target: () => HTMLElement | null | undefined): {
  expect: () => void;
} {
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    target()?.focus();
  });
  return {
    expect: () => {
      pending.current = true;
    },
  };
}
